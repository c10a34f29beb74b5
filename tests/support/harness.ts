import { serve, type ServerType } from "@hono/node-server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { parseEnv } from "../../src/config";
import { createLogger } from "../../src/log";
import { wire, type Wired } from "../../src/runtime/wire";
import { openSqlite } from "../../src/store/sqlite";

export const TEST_SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef";
export const TG_TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";
export const TG_SECRET = "webhook-secret-for-tests-0001";
export const TW_SID = `AC${"a1".repeat(16)}`;
export const TW_TOKEN = "twilio-auth-token-for-tests-0001";

export interface Harness extends Wired {
  dir: string;
  dbPath: string;
  database: ReturnType<typeof openSqlite>;
  /** Base URL when started with `listen: true` (real HTTP on loopback). */
  url: string;
  clock: { now: number; advance(ms: number): void };
  close(opts?: { keepFiles?: boolean }): Promise<void>;
}

/** A fresh service on a real SQLite file in a temp directory, optionally listening on a random port. */
export async function startHarness(opts: { env?: Record<string, string>; listen?: boolean; dir?: string; realClock?: boolean } = {}): Promise<Harness> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "helpline-test-"));
  const dbPath = join(dir, "test.sqlite");
  const clock = {
    now: Date.UTC(2026, 10, 24, 8, 0, 0), // a Tuesday, 13:00 in Bishkek/Tashkent: within hotline hours
    advance(ms: number) {
      this.now += ms;
    },
  };
  const config = parseEnv({ DATABASE_PATH: dbPath, SECRET_KEY: TEST_SECRET, LOG_LEVEL: "error", ...(opts.env ?? {}) });
  const database = openSqlite(dbPath);
  const wired = await wire({ config, database, secretKey: TEST_SECRET, log: createLogger("error"), now: opts.realClock ? () => Date.now() : () => clock.now });
  let server: ServerType | null = null;
  let url = "";
  if (opts.listen) {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: wired.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    ...wired,
    dir,
    dbPath,
    database,
    url,
    clock,
    async close(o = {}) {
      if (server) {
        const closing = new Promise<void>((r) => server!.close(() => r()));
        // Open event streams (the console) would keep the server from closing.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        await closing;
      }
      await wired.settle();
      database.close();
      if (!o.keepFiles && !opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
