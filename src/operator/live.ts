import { eq, sql } from "drizzle-orm";
import { cases, meta } from "../store/schema";
import type { Store } from "../store/store";
import type { CaseEvent } from "./cases";

/**
 * Live updates for consoles. Within one process (Node) events reach every open console at once. Consoles
 * also compare a cheap fingerprint of the queue every few seconds, so changes made by another process or
 * Workers isolate still arrive. Presence ("is any console open?") is a heartbeat in the database, so it is
 * shared across processes too; the alerts read it.
 */
export class LiveHub {
  private readonly listeners = new Set<(e: CaseEvent) => void>();

  subscribe(fn: (e: CaseEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  publish(e: CaseEvent): void {
    for (const fn of [...this.listeners]) {
      try {
        fn(e);
      } catch {
        // A broken stream must not stop the others; it is removed when its connection closes.
      }
    }
  }

  get localConsoles(): number {
    return this.listeners.size;
  }
}

const SEEN_KEY = "console_seen_at";
/** A console counts as open if it sent a heartbeat within this time (streams beat every 15 s). */
export const PRESENCE_MS = 45_000;

export async function markConsoleSeen(store: Store, now: number): Promise<void> {
  await store.db.insert(meta).values({ key: SEEN_KEY, value: String(now) }).onConflictDoUpdate({ target: meta.key, set: { value: String(now) } });
}

export async function consoleOpen(store: Store, hub: LiveHub, now: number): Promise<boolean> {
  if (hub.localConsoles > 0) return true;
  const row = await store.db.select().from(meta).where(eq(meta.key, SEEN_KEY)).get();
  return Boolean(row && now - Number(row.value) < PRESENCE_MS);
}

/** Changes whenever a case opens, closes, changes or gets a message. */
export async function queueFingerprint(store: Store): Promise<string> {
  const row = await store.db
    .select({ n: sql<number>`count(*)`, u: sql<number>`coalesce(max(${cases.updatedAt}), 0)`, m: sql<number>`coalesce(max(${cases.lastUserMessageAt}), 0)` })
    .from(cases)
    .get();
  return `${row?.n ?? 0}:${row?.u ?? 0}:${row?.m ?? 0}`;
}
