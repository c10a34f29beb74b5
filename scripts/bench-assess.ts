/**
 * `npm run --silent bench:assess [-- file.jsonl] [--n 200000]`: single-thread throughput of assess() over the
 * dev-set texts repeated (after a warm-up), plus the p99 latency of one call in microseconds.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../src/triage";

const args = process.argv.slice(2);
const nIdx = args.indexOf("--n");
const N = nIdx >= 0 ? Number(args[nIdx + 1]) : 200_000;
const DEV_DIR = "tests/fixtures/triage-dev";
const given = args.find((a) => a.endsWith(".jsonl"));
const paths = given ? [given] : existsSync(DEV_DIR) ? readdirSync(DEV_DIR).filter((f) => f.endsWith(".jsonl")).map((f) => join(DEV_DIR, f)) : [];

let texts: string[] = [];
for (const file of paths.filter((p) => existsSync(p))) {
  texts.push(...readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return String((JSON.parse(l) as { text?: unknown }).text ?? "");
      } catch {
        return "";
      }
    })
    .filter((t) => t.length > 0));
}
if (texts.length === 0) {
  texts = [
    "please help they locked us in the basement and beat my brother",
    "u menya zabrali pasport i ne platyat uzhe 3 mesyaca",
    "паспорт у меня, никто не забирал, как продлить регистрацию?",
    "xo'jayin pasportimni olib qo'ydi, pul bermayapti",
    "кожоюн паспортумду алып койду, акча бербей жатат",
    "соҳибкор шиносномаамро гирифт, музд намедиҳад",
    "жұмыс беруші төлқұжатымды алып қойды, жалақы бермейді",
    "hojaýyn pasportymy aldy, aýlyk bermeýär",
    "I got an offer in Dubai, they pay the ticket and will keep my passport, no contract. Is it ok?",
  ];
}

const WARM = Math.min(20_000, N);
let sink = 0;
for (let i = 0; i < WARM; i++) sink += assess(texts[i % texts.length]!).indicators.length;

const lat = new Float64Array(N);
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const s = process.hrtime.bigint();
  sink += assess(texts[i % texts.length]!).indicators.length;
  lat[i] = Number(process.hrtime.bigint() - s) / 1000;
}
const total = Number(process.hrtime.bigint() - t0) / 1e9;
lat.sort();
const p = (q: number): number => lat[Math.min(N - 1, Math.floor(q * N))]!;
const avgChars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
process.stdout.write(
  `texts: ${texts.length} (avg ${avgChars} chars) from ${paths.length ? (given ?? DEV_DIR) : "built-in samples"}\n` +
    `assessments: ${N} in ${total.toFixed(2)} s → ${Math.round(N / total).toLocaleString("en")} msgs/s (one core)\n` +
    `latency µs: p50 ${p(0.5).toFixed(1)}  p99 ${p(0.99).toFixed(1)}  max ${lat[N - 1]!.toFixed(1)}\n` +
    `target: >= 5,000 msgs/s → ${N / total >= 5000 ? "OK" : "TOO SLOW"}\n`,
);
if (sink < 0) process.stdout.write("");
