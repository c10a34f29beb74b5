// `npm run sms:segments`: the distribution of SMS segments per language (for docs/sms.md).
import { allSmsTexts } from "../src/bot/sms/budget";
import { LANGS } from "../src/content/languages";

const all = allSmsTexts();
console.log("| Language | Texts | 1 segment | 2 segments | 3 segments | More | Longest hotline answer |");
console.log("|---|---|---|---|---|---|---|");
for (const lang of LANGS) {
  const mine = all.filter((m) => m.lang === lang);
  const n = (k: number) => mine.filter((m) => m.segments === k).length;
  const hot = Math.max(...mine.filter((m) => m.kind === "hotlines").map((m) => m.text.length));
  console.log(`| ${lang} | ${mine.length} | ${n(1)} | ${n(2)} | ${n(3)} | ${mine.filter((m) => m.segments > 3).length} | ${hot} chars |`);
}
