/**
 * `npm run --silent bench:inbound [-- --n 2000]`: the whole inbound path on a real SQLite file — verify-free
 * web messages through handleInbound (store first, triage, flow step, one atomic commit of state + replies
 * + case) — as messages per second and latency percentiles. One process, one core.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "../src/config";
import { silentLogger } from "../src/log";
import { wire } from "../src/runtime/wire";
import { handleInbound } from "../src/service/conversation";
import { openSqlite } from "../src/store/sqlite";

const args = process.argv.slice(2);
const nIdx = args.indexOf("--n");
const N = nIdx >= 0 ? Number(args[nIdx + 1]) : 2000;
const dir = mkdtempSync(join(tmpdir(), "helpline-bench-"));
const secret = "b".repeat(64);
const database = openSqlite(join(dir, "bench.sqlite"));
const w = await wire({ config: parseEnv({ SECRET_KEY: secret, LOG_LEVEL: "error" }), database, secretKey: secret, log: silentLogger });
const texts = ["/start", "lang:ru", "origin:KG", "dest:RU", "abroad:yes", "как продлить регистрацию?", "работодатель забрал паспорт и не платит", "menu"];
const lat: number[] = [];
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const user = `u${Math.floor(i / texts.length)}`;
  const t = texts[i % texts.length]!;
  const input = t.includes(":") && !t.includes(" ") ? { kind: "option" as const, id: t } : { kind: "text" as const, text: t };
  const s = performance.now();
  await handleInbound(w.services, { channel: "web", identity: user, address: null, mask: "web", externalId: `${user}:${i}`, input });
  lat.push(performance.now() - s);
}
const total = (performance.now() - t0) / 1000;
lat.sort((a, b) => a - b);
const p = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))]!.toFixed(2);
console.log(`inbound messages: ${N} in ${total.toFixed(2)} s → ${Math.round(N / total)} msgs/s (one process, SQLite file, WAL)`);
console.log(`latency ms: p50 ${p(0.5)}  p99 ${p(0.99)}  max ${lat.at(-1)!.toFixed(2)}`);
await w.settle();
database.close();
rmSync(dir, { recursive: true, force: true });
