import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Logger } from "../log";
import { contacts, outbox, type ContactRow, type OutboxRow } from "../store/schema";
import type { OutboundPayload, Store } from "../store/store";

/** What a channel's sender reports back. Failures carry whether retrying can help (courier's model). */
export type SendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; kind: "retry"; error: string; retryAfterMs?: number }
  | { ok: false; kind: "unreachable"; error: string } // blocked the bot, opted out: stop and tell the operator
  | { ok: false; kind: "permanent"; error: string }; // a bug or configuration problem: alert, do not retry

export interface Sender {
  /** Minimum gap between two messages to the same conversation (platform per-chat limits). */
  readonly perChatGapMs: number;
  /** Messages per second across all chats of this channel (platform-wide limits). */
  readonly globalPerSecond?: number;
  send(address: string, payload: OutboundPayload, row: OutboxRow, contact: ContactRow): Promise<SendResult>;
}

export interface DispatcherDeps {
  store: Store;
  senders: Partial<Record<string, Sender>>;
  decrypt(cipher: string): Promise<string>;
  now(): number;
  log: Logger;
  /** Called when a contact turns out to be unreachable, so the operator can be told. */
  onUnreachable?(contactId: string, conversationId: string): void;
}

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 12;
const MAX_INLINE_WAIT_MS = 1500;

/** Exponential backoff: 2 s, 4 s, 8 s ... capped at 15 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(15 * 60_000, 1000 * 2 ** Math.max(1, attempts));
}

/**
 * Sends due outbox rows for push channels. Rows are claimed with a lease (a crash leaves them to be retried
 * after it expires), one conversation at a time in order, so a chat never gets its messages reordered.
 * A message may be sent twice only if the process dies between the platform accepting it and the row being
 * marked sent: the platforms offer no idempotency key, and the window is kept to one UPDATE.
 */
export class Dispatcher {
  private running: Promise<number> | null = null;
  /** Send times of the last second, per channel, for the global rate limit. */
  private readonly recent = new Map<string, number[]>();
  private again = false;
  /** Earliest time a row deferred by pacing in this pass becomes due (short waits are slept through). */
  private soonest: number | null = null;
  constructor(private readonly deps: DispatcherDeps) {}

  /** Run a pass now (or right after the current one). Resolves with the number of rows attempted. */
  kick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          const attempted = await this.pass();
          total += attempted;
          // Sending a conversation's oldest row unblocks its next one: go round until a pass finds nothing.
          if (attempted > 0) this.again = true;
          // A row held back only by pacing (about a second) is sent in this same run rather than on the next
          // timer tick or cron: that keeps a burst of replies flowing without waiting for the sweep.
          const soonest = this.soonest as number | null;
          if (!this.again && soonest !== null) {
            this.soonest = null;
            if (soonest - this.deps.now() <= MAX_INLINE_WAIT_MS) {
              // Timers may fire a millisecond early against Date.now(): wake a little after the row is due.
              await new Promise((r) => setTimeout(r, Math.max(0, soonest - this.deps.now()) + 15));
              this.again = true;
            }
          }
        } while (this.again);
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private async claim(limit: number): Promise<OutboxRow[]> {
    const { store, now } = this.deps;
    const db = store.db;
    const t = now();
    const channels = Object.keys(this.deps.senders);
    if (channels.length === 0) return [];
    // Oldest unsent row of each conversation only; UPDATE ... RETURNING claims atomically (also on D1).
    const due = sql`SELECT o.id FROM outbox o
      WHERE o.channel IN (${sql.join(channels.map((c) => sql`${c}`), sql`, `)})
        AND ((o.status = 'pending' AND o.next_attempt_at <= ${t}) OR (o.status = 'sending' AND o.lease_until < ${t}))
        AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id AND p.id < o.id AND p.status IN ('pending', 'sending'))
      ORDER BY o.next_attempt_at, o.id LIMIT ${limit}`;
    return db
      .update(outbox)
      .set({ status: "sending", leaseUntil: t + LEASE_MS, attempts: sql`${outbox.attempts} + 1` })
      .where(and(sql`${outbox.id} IN (${due})`, or(eq(outbox.status, "pending"), and(eq(outbox.status, "sending"), lt(outbox.leaseUntil, t)))))
      .returning();
  }

  private async pass(): Promise<number> {
    const rows = await this.claim(20);
    if (rows.length === 0) return 0;
    const db = this.deps.store.db;
    const contactRows = await db.select().from(contacts).where(inArray(contacts.id, [...new Set(rows.map((r) => r.contactId))]));
    const byId = new Map(contactRows.map((c) => [c.id, c]));
    await Promise.all(rows.map((row) => this.deliver(row, byId.get(row.contactId))));
    return rows.length;
  }

  private async deliver(row: OutboxRow, contact: ContactRow | undefined): Promise<void> {
    const { store, log, now } = this.deps;
    const db = store.db;
    const sender = this.deps.senders[row.channel];
    const finish = (status: OutboxRow["status"], set: Partial<OutboxRow>) =>
      db.update(outbox).set({ status, leaseUntil: null, ...set }).where(eq(outbox.id, row.id));
    if (!sender || !contact) return void (await finish("failed", { lastError: "no sender or contact" }));
    const payload = JSON.parse(row.payload) as OutboundPayload;
    if (!contact.reachable || (contact.optedOut && !payload.compliance) || !contact.addressEnc) {
      return void (await finish("undeliverable", { lastError: contact.optedOut ? "opted out" : "unreachable" }));
    }
    // Per-chat pacing: the previous message of this conversation must be perChatGapMs old.
    const last = await db
      .select({ sentAt: outbox.sentAt })
      .from(outbox)
      .where(and(eq(outbox.conversationId, row.conversationId), inArray(outbox.status, ["sent", "delivered"])))
      .orderBy(sql`${outbox.sentAt} DESC`)
      .limit(1)
      .get();
    const wait = last?.sentAt ? last.sentAt + sender.perChatGapMs - now() : 0;
    if (wait > 0) {
      await db.update(outbox).set({ status: "pending", leaseUntil: null, nextAttemptAt: now() + wait, attempts: sql`${outbox.attempts} - 1` }).where(eq(outbox.id, row.id));
      this.deferred(now() + wait);
      return;
    }
    const globalWait = this.globalWait(row.channel, sender.globalPerSecond);
    if (globalWait > 0) {
      await db.update(outbox).set({ status: "pending", leaseUntil: null, nextAttemptAt: now() + globalWait, attempts: sql`${outbox.attempts} - 1` }).where(eq(outbox.id, row.id));
      this.deferred(now() + globalWait);
      return;
    }
    let result: SendResult;
    try {
      const address = await this.deps.decrypt(contact.addressEnc);
      result = await sender.send(address, payload, row, contact);
    } catch (error) {
      result = { ok: false, kind: "retry", error: error instanceof Error ? error.message : String(error) };
    }
    if (result.ok) {
      await finish("sent", { providerMessageId: result.providerMessageId, sentAt: now(), lastError: null });
      return;
    }
    log.warn("send failed", { outboxId: row.id, channel: row.channel, kind: result.kind, attempts: row.attempts, error: result.error });
    if (result.kind === "unreachable") {
      await db.update(contacts).set({ reachable: false }).where(eq(contacts.id, contact.id));
      await finish("undeliverable", { lastError: result.error });
      this.deps.onUnreachable?.(contact.id, row.conversationId);
      await store.logEvent({ type: "contact_unreachable", actor: "system", conversationId: row.conversationId, now: now(), data: { channel: row.channel } });
      return;
    }
    if (result.kind === "permanent" || row.attempts >= MAX_ATTEMPTS) {
      await finish("failed", { lastError: result.error });
      await store.logEvent({ type: "send_failed", actor: "system", conversationId: row.conversationId, now: now(), data: { channel: row.channel, outboxId: row.id, error: result.error } });
      return;
    }
    // The platform's own retry_after wins over our backoff.
    const delay = result.retryAfterMs ?? backoffMs(row.attempts);
    await finish("pending", { nextAttemptAt: now() + delay, lastError: result.error });
  }

  private deferred(at: number): void {
    this.soonest = this.soonest === null ? at : Math.min(this.soonest, at);
  }

  /** Milliseconds to wait before this channel may send again under its global rate (0: send now); reserves a slot. */
  private globalWait(channel: string, perSecond: number | undefined): number {
    if (!perSecond) return 0;
    const t = this.deps.now();
    const times = (this.recent.get(channel) ?? []).filter((x) => x > t - 1000);
    if (times.length >= perSecond) {
      this.recent.set(channel, times);
      return times[0]! + 1000 - t;
    }
    times.push(t);
    this.recent.set(channel, times);
    return 0;
  }

  /** Rows still waiting, for /healthz-style checks and tests. */
  async pendingCount(): Promise<number> {
    const row = await this.deps.store.db
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(inArray(outbox.status, ["pending", "sending"]))
      .get();
    return Number(row?.n ?? 0);
  }
}

