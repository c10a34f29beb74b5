/**
 * `npm run --silent eval:assess [-- file.jsonl ...] [--verbose] [--no-gate]`
 * Runs the triage over labelled JSON Lines (default: every tests/fixtures/triage-dev/*.jsonl) and prints, per language
 * and overall: n, positives, escalation recall, false-escalation rate, urgency agreement, category accuracy,
 * job-offer-risk agreement (on messages with a gold risk) and language-detection accuracy.
 * Exits 1 if overall or any language's recall < 0.97 or false-escalation rate > 0.05 (unless --no-gate).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../src/triage";
import { evaluate, formatReport, parseLabelled } from "../src/triage/eval";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const gate = !args.includes("--no-gate");
const files = args.filter((a) => !a.startsWith("-"));
const DEV_DIR = "tests/fixtures/triage-dev";
// Default: the whole labelled dev set, one file per language, evaluated together.
const defaultSet = files.length === 0;

let ok = true;
const sets: { name: string; paths: string[] }[] = defaultSet
  ? [{ name: DEV_DIR, paths: readdirSync(DEV_DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(DEV_DIR, f)) }]
  : files.map((f) => ({ name: f, paths: [f] }));
for (const { name: file, paths } of sets) {
  let items;
  try {
    items = paths.flatMap((p) => parseLabelled(readFileSync(p, "utf8")));
  } catch (e) {
    process.stderr.write(`${file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const rep = evaluate(items, (t) => assess(t));
  process.stdout.write(`${formatReport(rep, `== ${file} (${items.length} messages)`)}\n`);
  if (verbose) {
    const order = ["missed_escalation", "false_escalation", "urgency", "category", "job_offer_risk", "lang"];
    const misses = [...rep.misses].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    process.stdout.write(`\n${misses.length} mismatches:\n`);
    for (const m of misses) {
      const snip = m.text.length > 110 ? `${m.text.slice(0, 107)}...` : m.text;
      process.stdout.write(`  [${m.kind}] ${m.id} (${m.lang}) expected=${m.expected} got=${m.got}\n      "${snip}"\n      ${m.detail}\n`);
    }
  }
  if (!rep.pass) ok = false;
}
if (gate && !ok) process.exit(1);
