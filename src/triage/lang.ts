import { LANGS, type Lang } from "../content/languages";
import { LEXICONS } from "./lexicon";
import { fold, unifyApostrophes } from "./normalize";

/**
 * Language detection from letters and frequent words. Script letters decide most cases (ӣ ӯ ҷ → Tajik,
 * ә і ұ һ → Kazakh, ў → Uzbek Cyrillic, ä ý ň ş ç ž → Turkmen, oʻ gʻ q → Uzbek Latin); frequent words
 * separate the rest (Russian vs Kyrgyz Cyrillic, English vs Russian in Latin letters). The hint (the user's
 * chosen language) breaks ties and decides very short texts.
 */

const MARKERS = new Map<string, Lang[]>();
for (const lex of LEXICONS) {
  for (const m of lex.markers) {
    const key = unifyApostrophes(m.toLowerCase());
    const list = MARKERS.get(key) ?? [];
    if (!list.includes(lex.lang)) list.push(lex.lang);
    MARKERS.set(key, list);
  }
}

/**
 * Turkmen markers (Latin) as skeletons, minus those of the other languages: Turkmen typed in Cyrillic ("нәме",
 * "дүшүндирип") is recognised by them when the text has Kazakh-looking letters (ә ө ү ң) but none of the letters
 * Turkmen Cyrillic lacks (і ұ қ ғ һ).
 */
const TK_FOLDED = (() => {
  const other = new Set<string>();
  for (const lex of LEXICONS) if (lex.lang !== "tk") for (const m of lex.markers) other.add(fold(m));
  const out = new Set<string>();
  for (const lex of LEXICONS) if (lex.lang === "tk") for (const m of lex.markers) if (!other.has(fold(m))) out.add(fold(m));
  return out;
})();
const NOT_TK_CYRILLIC = /[іұқғһ]/;
const TK_CYRILLIC_HINT = /[әҗ]/;

type Scores = Record<Lang, number>;

const LETTER_WEIGHTS: Record<string, Partial<Scores>> = {
  // Tajik
  ӣ: { tg: 3 }, ӯ: { tg: 3 }, ҷ: { tg: 3 },
  // Kazakh
  ә: { kk: 3 }, і: { kk: 3 }, ұ: { kk: 3 }, һ: { kk: 2 },
  // Kazakh Latin (2021 alphabet): ū (ұ), ı (ы); ǵ (ғ) and ú (ү) are rarer
  ū: { kk: 2.5 }, ı: { kk: 2 }, ǵ: { kk: 2 }, ú: { kk: 1 },
  // shared Kazakh / Kyrgyz
  ң: { ky: 1.5, kk: 1.5 }, ө: { ky: 1.5, kk: 1.2 }, ү: { ky: 1.5, kk: 1.2 },
  // shared Uzbek Cyrillic / Tajik / Kazakh
  қ: { uz: 1, tg: 1, kk: 1 }, ғ: { uz: 1, tg: 1, kk: 1 }, ҳ: { uz: 1.5, tg: 1.5 },
  // Uzbek Cyrillic
  ў: { uz: 3 },
  // Turkmen Cyrillic
  җ: { tk: 3 },
  // Russian
  щ: { ru: 1 }, ъ: { ru: 0.7 }, ё: { ru: 0.5 }, ы: { ru: 0.4, ky: 0.3, kk: 0.3 }, э: { ru: 0.3, ky: 0.3, uz: 0.2 },
  // Turkmen Latin
  ä: { tk: 2 }, ý: { tk: 2.5 }, ň: { tk: 3 }, ş: { tk: 1.5 }, ç: { tk: 1.5 }, ž: { tk: 2 }, ö: { tk: 1 }, ü: { tk: 1 },
};

const CYRILLIC = /[\u0400-\u04FF]/;
const UZ_APOS = /[og]'/;
const WORD = /[\p{L}\p{M}'’ʻʼ‘`]+/gu;

export function langScores(text: string): Scores {
  const s: Scores = { en: 0, ru: 0, uz: 0, ky: 0, tg: 0, kk: 0, tk: 0 };
  const low = unifyApostrophes(text.normalize("NFC").toLowerCase());
  let cyr = 0;
  let lat = 0;
  let kkLetters = 0;
  const seen = new Set<string>();
  for (let i = 0; i < low.length; i++) {
    const code = low.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      lat++;
      continue;
    }
    if (code < 128) continue;
    if (code >= 0x400 && code <= 0x4ff) cyr++;
    const ch = low[i]!;
    const w = LETTER_WEIGHTS[ch];
    if (w && !seen.has(ch)) {
      // a letter counts once at full weight and a little more for repeats
      seen.add(ch);
      for (const [l, v] of Object.entries(w)) s[l as Lang] += v!;
      kkLetters += w.kk ?? 0;
    } else if (w) {
      for (const [l, v] of Object.entries(w)) s[l as Lang] += v! * 0.25;
      kkLetters += (w.kk ?? 0) * 0.25;
    }
  }
  if (UZ_APOS.test(low)) s.uz += 2;
  const words = low.match(WORD) ?? [];
  for (const raw of words) {
    const w = raw.replace(/^'+|'+$/g, "");
    const langs = MARKERS.get(w);
    if (langs) for (const l of langs) s[l] += 1 / langs.length + (langs.length === 1 ? 0.5 : 0);
    if (lat > cyr) {
      if (w.includes("q") || w.includes("x")) s.uz += 0.5;
      if (/(?:ni|ning|dagi|yapti|yapman|ishdi|moqda|lar|dim|miz)$/.test(w) && w.length > 4) s.uz += 0.3;
      if (/(?:ýar|ýär|dyr|dir|ýan|ýän|yň|iň)$/.test(w)) s.tk += 0.5;
      if (/(?:ali|ili|yut|ayut|yat|aet|ovat|ogo|ego|ykh|ikh|yaet|ish'|at'|it'|sya|tsya|ayu)$/.test(w) && w.length > 3) s.ru += 0.3;
    }
  }
  // Script: Latin-only languages get nothing from a Cyrillic text and vice versa.
  if (cyr > lat) {
    s.en = -1;
    s.ru += 0.2; // default for plain Cyrillic
    let tkWords = 0;
    if (TK_CYRILLIC_HINT.test(low) && !NOT_TK_CYRILLIC.test(low)) {
      for (const raw of words) if (TK_FOLDED.has(fold(raw))) tkWords++;
    }
    if (tkWords > 0) {
      // Turkmen in Cyrillic: the letters that looked Kazakh are Turkmen ones
      s.tk += kkLetters + 1.5 * tkWords;
      s.kk -= kkLetters;
    } else s.tk -= 1;
  } else if (lat > 0) {
    s.ky -= 1;
    s.kk -= 0.5;
    s.tg -= 1;
  }
  return s;
}

export function detectLang(text: string, hint?: Lang): Lang {
  const s = langScores(text);
  if (hint) s[hint] += 0.75;
  let best: Lang = hint ?? "en";
  let bestScore = -Infinity;
  for (const l of LANGS) {
    if (s[l] > bestScore) {
      bestScore = s[l];
      best = l;
    }
  }
  if (bestScore <= 0.2) {
    if (hint) return hint;
    return CYRILLIC.test(text) ? "ru" : "en";
  }
  return best;
}
