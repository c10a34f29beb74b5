/**
 * `npm run --silent assess`: JSON Lines in ({"id": "...", "text": "..."}), one JSON line out per input:
 * {"id", "escalate", "urgency", "category", "job_offer_risk", "indicators", "lang"} (in that order).
 * A malformed line gives {"id" or "line", "error"} on stdout and processing continues. Blank lines are skipped.
 * An optional "lang" field in the input is used as a hint for language detection only.
 */
import { createInterface } from "node:readline";
import { isLang } from "../src/content/languages";
import { assess } from "../src/triage";

function line(obj: unknown): string {
  return `${JSON.stringify(obj)}\n`;
}

export function processLine(raw: string, lineNo: number): string | null {
  const text = raw.trim();
  if (text.length === 0) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return line({ line: lineNo, error: `invalid JSON: ${(e as Error).message}` });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return line({ line: lineNo, error: "expected a JSON object with id and text" });
  }
  const rec = data as Record<string, unknown>;
  const id = rec.id;
  const hasId = typeof id === "string" || typeof id === "number";
  if (!hasId) return line({ line: lineNo, error: "missing or invalid id (string expected)" });
  if (typeof rec.text !== "string") return line({ id, error: "missing or invalid text (string expected)" });
  const a = assess(rec.text, isLang(rec.lang_hint) ? rec.lang_hint : undefined);
  return line({
    id,
    escalate: a.escalate,
    urgency: a.urgency,
    category: a.category,
    job_offer_risk: a.job_offer_risk,
    indicators: a.indicators,
    lang: a.lang,
  });
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let buf = "";
  for await (const raw of rl) {
    n++;
    const out = processLine(raw, n);
    if (out === null) continue;
    buf += out;
    if (buf.length > 64 * 1024) {
      if (!process.stdout.write(buf)) await new Promise((r) => process.stdout.once("drain", r));
      buf = "";
    }
  }
  if (buf) process.stdout.write(buf);
}

main().catch((e) => {
  process.stderr.write(`assess: ${(e as Error).message}\n`);
  process.exit(2);
});
