import { drizzle } from "drizzle-orm/d1";
import type { AnyDb, Database, Statement } from "./db";
import * as schema from "./schema";

type D1Like = Parameters<typeof drizzle>[0];

/** Cloudflare D1. Migrations are applied with `wrangler d1 migrations apply` (same ./drizzle folder). */
export function openD1(binding: D1Like): Database {
  const db = drizzle(binding, { schema });
  return {
    db: db as unknown as AnyDb,
    dialect: "d1",
    async atomic(statements: Statement[]) {
      if (statements.length === 0) return;
      await db.batch(statements as unknown as Parameters<typeof db.batch>[0]);
    },
  };
}
