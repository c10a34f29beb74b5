import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

/**
 * The one database port. `db` is a drizzle database over better-sqlite3 (Node) or D1 (Workers); every query is
 * awaited so the same code runs on both. `atomic` commits a list of prepared statements all-or-nothing: a
 * synchronous transaction on better-sqlite3, a `batch` on D1 (which has no interactive transactions).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = BaseSQLiteDatabase<"sync" | "async", any, typeof schema>;

/** A drizzle query builder that has not run yet. */
export type Statement = { run(): unknown } & PromiseLike<unknown>;

export interface Database {
  readonly db: AnyDb;
  atomic(statements: Statement[]): Promise<void>;
  readonly dialect: "better-sqlite3" | "d1";
}

/** True when an error comes from a UNIQUE / PRIMARY KEY constraint (both drivers). */
export function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? error) + String((error as { cause?: unknown })?.cause ?? "");
  return /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(text);
}
