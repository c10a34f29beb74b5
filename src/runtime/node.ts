// Node entry: the embedded SQLite file, @hono/node-server, and timers for the outbox and the inbound sweep.
import { serve } from "@hono/node-server";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { ConfigError, parseEnv, type Config } from "../config";
import { createLogger } from "../log";
import { openSqlite } from "../store/sqlite";
import { recoverInbound } from "../service/conversation";
import { wire } from "./wire";

/** SECRET_KEY from the environment, or one generated on first start and kept next to the database. */
export function loadSecretKey(config: Config): string {
  if (config.SECRET_KEY) return config.SECRET_KEY;
  const file = resolve(dirname(resolve(config.DATABASE_PATH)), "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString("hex");
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function startNode(env: Record<string, string | undefined> = process.env) {
  const config = parseEnv(env);
  const log = createLogger(config.LOG_LEVEL);
  const database = openSqlite(config.DATABASE_PATH);
  const wired = await wire({ config, database, secretKey: loadSecretKey(config), log });
  const server = serve({ fetch: wired.app.fetch, port: config.PORT, hostname: config.HOST });
  // Outbox every second; every 10 s, answer any inbound message a crash left unanswered.
  let ticks = 0;
  const sweep = (olderThanMs?: number) =>
    recoverInbound(wired.services, olderThanMs)
      .then((n) => n > 0 && log.info("recovered unanswered messages", { count: n }))
      .catch((error: unknown) => log.error("inbound sweep failed", { error: String(error) }));
  void sweep(0); // at start nothing is in flight in this process
  const timer = setInterval(() => {
    wired.services.kick();
    if (++ticks % 10 === 0) void sweep();
    if (ticks % 15 === 0) wired.operator.alerts.sweep().catch((error: unknown) => log.error("alert sweep failed", { error: String(error) }));
    if (ticks % 3600 === 1) {
      wired.store
        .purgeOlderThan(Date.now() - config.RETENTION_DAYS * 86_400_000)
        .then((n) => (n.messages > 0 || n.outbox > 0) && log.info("retention purge", n))
        .catch((error: unknown) => log.error("retention purge failed", { error: String(error) }));
    }
  }, 1000);
  timer.unref();
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}/`;
  // First start without any operator: a one-time link for the first admin (never a default password).
  const setupToken = await wired.operator.accounts.createSetupToken();
  const base = (config.PUBLIC_URL ?? url).replace(/\/+$/, "");
  const setupUrl = setupToken ? `${base}/operator/setup?token=${setupToken}` : undefined;
  return {
    setupUrl,
    ...wired,
    config,
    url,
    async close() {
      clearInterval(timer);
      const closing = new Promise<void>((r) => server.close(() => r()));
      // Open console event streams would keep the server from closing.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closing;
      await wired.settle();
      database.close();
    },
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith("runtime/node.ts");
if (isMain) {
  startNode()
    .then((s) => {
      console.log(`Helpline assistant is running. Web chat: ${s.url}`);
      console.log(`Operator console: ${s.url}operator`);
      if (s.setupUrl) console.log(`No operator account yet. Create the first admin (link works once, for 24 hours):\n  ${s.setupUrl}`);
      const stop = () => s.close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    })
    .catch((error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
