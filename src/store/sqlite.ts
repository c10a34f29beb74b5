// Node only: the embedded SQLite file. Nothing outside src/runtime/node*, scripts/ and tests/ may import this.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnyDb, Database as Db, Statement } from "./db";
import * as schema from "./schema";

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export function openSqlite(path: string): Db & { close(): void } {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path);
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const runAll = client.transaction((statements: Statement[]) => {
    for (const s of statements) s.run();
  });
  return {
    db: db as unknown as AnyDb,
    dialect: "better-sqlite3",
    async atomic(statements) {
      runAll(statements);
    },
    close: () => client.close(),
  };
}
