import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { countSegments } from "../bot/sms/segments";
import { categoryIdSchema } from "../content/categories";
import { translator } from "../content/i18n";
import { isLang } from "../content/languages";
import { caseReasonSchema } from "../flows/types";
import { caseNotes, cases, contacts, messages, operators, type CaseRow, type OperatorRow } from "../store/schema";
import { uuid, type Store } from "../store/store";
import type { Config } from "../config";

/**
 * The operators' side of a case: the queue, claiming, replies through the user's own channel (via the
 * outbox), notes, closing, and revealing the user's address (admins only). Every action is written to the
 * event log with the operator's id. Conditional UPDATEs make races safe on SQLite and D1 alike: two claims
 * at once, one wins.
 */
export const OUTCOMES = ["referred_ngo", "referred_shelter", "referred_police", "referred_embassy", "information_given", "not_a_case", "no_answer"] as const;
export const outcomeSchema = z.enum(OUTCOMES);

export const replyBodySchema = z.object({ text: z.string().trim().min(1, "must not be empty").max(4000, "at most 4000 characters") });
export const noteBodySchema = z.object({ text: z.string().trim().min(1, "must not be empty").max(4000, "at most 4000 characters") });
export const closeBodySchema = z.object({ outcome: outcomeSchema, category: categoryIdSchema });
export const transferBodySchema = z.object({ operator_id: z.string().min(1, "required") });
export const previewBodySchema = z.object({ text: z.string().max(4000, "at most 4000 characters") });

export class CaseError extends Error {
  constructor(
    readonly status: 403 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

const URGENCY_ORDER = sql`CASE ${cases.urgency} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END`;
const CANNED_KEYS = ["greeting", "safe_to_talk", "location", "emergency", "consulate", "followup"] as const;

export interface CaseDeps {
  store: Store;
  now(): number;
  decrypt(cipher: string): Promise<string>;
  config: Pick<Config, "SMS_SEGMENT_COST">;
  /** Wakes the outbox after a reply is committed. */
  kick(): void;
  /** Live listeners (console streams, the Telegram group). */
  notify(event: CaseEvent): void;
}

export type CaseEvent = { type: "case_opened" | "case_message" | "case_urgency" | "case_updated" | "case_closed" | "case_reply"; caseId: string };

export class CaseService {
  constructor(private readonly deps: CaseDeps) {}
  private get db() {
    return this.deps.store.db;
  }

  /** Open cases in queue order: urgent first, then high, then normal; within each, the longest waiting first. */
  async queue() {
    return this.list("open", 1000);
  }

  /** Recently closed cases, newest first (the console's history list). */
  async recentClosed(limit = 20) {
    return this.list("closed", limit);
  }

  private async list(status: CaseRow["status"], limit: number) {
    const now = this.deps.now();
    const order = status === "open" ? [URGENCY_ORDER, asc(cases.queuedAt), asc(cases.id)] : [desc(cases.closedAt)];
    const rows = await this.db
      .select({ c: cases, mask: contacts.addressMask, holder: operators.name })
      .from(cases)
      .innerJoin(contacts, eq(contacts.id, cases.contactId))
      .leftJoin(operators, eq(operators.id, cases.assignedOperatorId))
      .where(eq(cases.status, status))
      .orderBy(...order)
      .limit(limit);
    return rows.map((r) => this.summary(r.c, r.mask, r.holder, now));
  }

  private summary(c: CaseRow, mask: string, holder: string | null, now: number) {
    const reason = caseReasonSchema.safeParse(safeJson(c.reason));
    return {
      id: c.id,
      ref: c.ref,
      status: c.status,
      urgency: c.urgency,
      channel: c.channel,
      lang: c.lang,
      origin: c.origin,
      current_country: c.currentCountry,
      user: mask,
      reason: reason.success ? reason.data : null,
      assigned_to: c.assignedOperatorId ? { id: c.assignedOperatorId, name: holder ?? "?" } : null,
      waiting_seconds: c.status === "open" ? Math.max(0, Math.floor((now - c.queuedAt) / 1000)) : null,
      created_at: new Date(c.createdAt).toISOString(),
      queued_at: new Date(c.queuedAt).toISOString(),
      last_user_message_at: c.lastUserMessageAt ? new Date(c.lastUserMessageAt).toISOString() : null,
      closed_at: c.closedAt ? new Date(c.closedAt).toISOString() : null,
      outcome: c.outcome,
      category: c.category,
    };
  }

  private async row(id: string): Promise<CaseRow> {
    const c = await this.db.select().from(cases).where(eq(cases.id, id)).get();
    if (!c) throw new CaseError(404, "no such case");
    return c;
  }

  /** One case with its transcript (this conversation's messages), notes and canned replies in the user's language. */
  async detail(id: string) {
    const c = await this.row(id);
    const contact = await this.db.select({ mask: contacts.addressMask, reachable: contacts.reachable, optedOut: contacts.optedOut }).from(contacts).where(eq(contacts.id, c.contactId)).get();
    const holder = c.assignedOperatorId ? await this.db.select({ name: operators.name }).from(operators).where(eq(operators.id, c.assignedOperatorId)).get() : undefined;
    const transcript = await this.db
      .select({ m: messages, operator: operators.name })
      .from(messages)
      .leftJoin(operators, eq(operators.id, messages.operatorId))
      .where(eq(messages.conversationId, c.conversationId))
      .orderBy(desc(messages.createdAt), desc(sql`${messages}.rowid`))
      .limit(300);
    const notes = await this.db
      .select({ n: caseNotes, operator: operators.name })
      .from(caseNotes)
      .leftJoin(operators, eq(operators.id, caseNotes.operatorId))
      .where(eq(caseNotes.caseId, id))
      .orderBy(asc(caseNotes.createdAt));
    const t = translator(isLang(c.lang) ? c.lang : "en");
    return {
      ...this.summary(c, contact?.mask ?? "?", holder?.name ?? null, this.deps.now()),
      user_reachable: Boolean(contact?.reachable) && !contact?.optedOut,
      transcript: transcript.reverse().map(({ m, operator }) => ({
        id: m.id,
        direction: m.direction,
        author: m.author,
        operator: operator ?? null,
        text: m.text.startsWith("▸ ") ? `[${m.text.slice(2)}]` : m.text,
        at: new Date(m.createdAt).toISOString(),
      })),
      notes: notes.map(({ n, operator }) => ({ id: n.id, operator: operator ?? "?", text: n.text, at: new Date(n.createdAt).toISOString() })),
      canned: CANNED_KEYS.map((k) => ({ id: k, text: t(`canned.${k}`) })),
      sms: c.channel === "sms" ? { segment_cost: this.deps.config.SMS_SEGMENT_COST } : null,
    };
  }

  /** Claim: succeeds if the case is open and free (or already mine); otherwise 409 naming the holder. */
  async claim(id: string, op: OperatorRow) {
    const now = this.deps.now();
    const won = await this.db
      .update(cases)
      .set({ assignedOperatorId: op.id, claimedAt: now, updatedAt: now })
      .where(and(eq(cases.id, id), eq(cases.status, "open"), or(isNull(cases.assignedOperatorId), eq(cases.assignedOperatorId, op.id))))
      .returning({ id: cases.id });
    if (won.length === 0) await this.conflict(id, op);
    await this.audit("case_claimed", op, id, {});
    return this.detail(id);
  }

  /** Release back to the queue: the holder, or an admin. The waiting time keeps counting from the first queueing. */
  async release(id: string, op: OperatorRow) {
    const now = this.deps.now();
    const done = await this.db
      .update(cases)
      .set({ assignedOperatorId: null, claimedAt: null, updatedAt: now })
      .where(and(eq(cases.id, id), eq(cases.status, "open"), op.role === "admin" ? sql`1 = 1` : eq(cases.assignedOperatorId, op.id)))
      .returning({ id: cases.id });
    if (done.length === 0) await this.conflict(id, op);
    await this.audit("case_released", op, id, {});
    return this.detail(id);
  }

  /** Hand the case to another operator: the holder (or an admin); the target must be an active account. */
  async transfer(id: string, op: OperatorRow, targetId: string) {
    const target = await this.db.select().from(operators).where(eq(operators.id, targetId)).get();
    if (!target || target.disabled) throw new CaseError(404, "no such operator");
    const now = this.deps.now();
    const done = await this.db
      .update(cases)
      .set({ assignedOperatorId: target.id, claimedAt: now, updatedAt: now })
      .where(and(eq(cases.id, id), eq(cases.status, "open"), op.role === "admin" ? sql`1 = 1` : eq(cases.assignedOperatorId, op.id)))
      .returning({ id: cases.id });
    if (done.length === 0) await this.conflict(id, op);
    await this.audit("case_transferred", op, id, { to: target.id });
    return this.detail(id);
  }

  /**
   * A reply to the user through their own channel: transcript row + outbox row in one batch, sent by the
   * dispatcher like any message. Replying to a free case claims it; a case held by someone else is 409.
   */
  async reply(id: string, op: OperatorRow, text: string) {
    const c = await this.holdOrClaim(id, op);
    const contact = await this.db.select().from(contacts).where(eq(contacts.id, c.contactId)).get();
    if (!contact) throw new CaseError(404, "no such case");
    const now = this.deps.now();
    const store = this.deps.store;
    const stmts = [
      ...store.outboundStatements(c.conversationId, contact, { text, author: "operator", lang: c.lang }, now, c.id, op.id),
      this.db.update(cases).set({ updatedAt: now }).where(eq(cases.id, c.id)),
      store.eventStatement({ type: "case_reply", actor: op.id, caseId: c.id, conversationId: c.conversationId, now, data: { channel: c.channel, chars: text.length, ...(c.channel === "sms" ? { segments: countSegments(text).segments } : {}) } }),
    ];
    await store.database.atomic(stmts);
    this.deps.kick();
    this.deps.notify({ type: "case_reply", caseId: c.id });
    return { ok: true as const, delivery: contact.reachable && !contact.optedOut ? "queued" : "undeliverable" };
  }

  /** Internal notes: never sent to the user. Anyone may note a free case; a held case only its holder. */
  async note(id: string, op: OperatorRow, text: string) {
    const c = await this.row(id);
    if (c.assignedOperatorId && c.assignedOperatorId !== op.id) await this.conflict(id, op);
    const now = this.deps.now();
    const noteId = uuid();
    await this.deps.store.database.atomic([
      this.db.insert(caseNotes).values({ id: noteId, caseId: id, operatorId: op.id, text, createdAt: now }),
      this.deps.store.eventStatement({ type: "case_note", actor: op.id, caseId: id, now, data: {} }),
    ]);
    this.deps.notify({ type: "case_updated", caseId: id });
    return { id: noteId };
  }

  /** Close with an outcome and a consultation category; the user is told, in their language. */
  async close(id: string, op: OperatorRow, outcome: z.infer<typeof outcomeSchema>, category: z.infer<typeof categoryIdSchema>) {
    const c = await this.row(id);
    if (c.status !== "open") throw new CaseError(409, "the case is already closed");
    if (c.assignedOperatorId && c.assignedOperatorId !== op.id) await this.conflict(id, op);
    const now = this.deps.now();
    const store = this.deps.store;
    const contact = await this.db.select().from(contacts).where(eq(contacts.id, c.contactId)).get();
    const closed = await this.db
      .update(cases)
      .set({ status: "closed", outcome, category, closedAt: now, updatedAt: now, assignedOperatorId: c.assignedOperatorId ?? op.id })
      .where(and(eq(cases.id, id), eq(cases.status, "open"), or(isNull(cases.assignedOperatorId), eq(cases.assignedOperatorId, op.id))))
      .returning({ id: cases.id });
    if (closed.length === 0) await this.conflict(id, op);
    const t = translator(isLang(c.lang) ? c.lang : "en");
    await store.database.atomic([
      ...(contact ? store.outboundStatements(c.conversationId, contact, { text: t("person.closed"), author: "bot", lang: c.lang }, now, c.id) : []),
      store.eventStatement({ type: "case_closed", actor: op.id, caseId: id, conversationId: c.conversationId, now, data: { outcome, category } }),
    ]);
    this.deps.kick();
    this.deps.notify({ type: "case_closed", caseId: id });
    return this.detail(id);
  }

  /** The user's real address (phone number, chat id): admins only, and every look is logged. */
  async reveal(id: string, op: OperatorRow) {
    if (op.role !== "admin") throw new CaseError(403, "only an admin can reveal a user's identifier");
    const c = await this.row(id);
    const contact = await this.db.select().from(contacts).where(eq(contacts.id, c.contactId)).get();
    await this.audit("identity_revealed", op, id, { channel: c.channel });
    return { channel: c.channel, address: contact?.addressEnc ? await this.deps.decrypt(contact.addressEnc) : null };
  }

  /** What an SMS reply will cost before it is sent: segments, encoding, price. */
  async preview(id: string, text: string) {
    const c = await this.row(id);
    const label = translator(isLang(c.lang) ? c.lang : "en")("common.operator_label");
    const body = c.channel === "sms" ? `${label}: ${text}` : text;
    const s = countSegments(body);
    const cost = this.deps.config.SMS_SEGMENT_COST;
    return {
      channel: c.channel,
      characters: body.length,
      ...(c.channel === "sms" ? { encoding: s.encoding, segments: s.segments, cost: { amount: Number((s.segments * cost.amount).toFixed(4)), currency: cost.currency } } : {}),
    };
  }

  /** Open urgent cases nobody has claimed, queued before `before` and not yet alerted. */
  async unclaimedUrgent(before: number): Promise<CaseRow[]> {
    return this.db
      .select()
      .from(cases)
      .where(and(eq(cases.status, "open"), eq(cases.urgency, "urgent"), isNull(cases.assignedOperatorId), isNull(cases.alertedAt), sql`${cases.queuedAt} <= ${before}`));
  }

  async markAlerted(ids: string[], now: number): Promise<void> {
    if (ids.length) await this.db.update(cases).set({ alertedAt: now }).where(inArray(cases.id, ids));
  }

  private async holdOrClaim(id: string, op: OperatorRow): Promise<CaseRow> {
    const c = await this.row(id);
    if (c.status !== "open") throw new CaseError(409, "the case is closed");
    if (c.assignedOperatorId === op.id) return c;
    if (c.assignedOperatorId) await this.conflict(id, op);
    await this.claim(id, op);
    return this.row(id);
  }

  /** Throws the right error for an action that did not apply: 404, closed, or held by someone else. */
  private async conflict(id: string, op: OperatorRow): Promise<never> {
    const c = await this.row(id);
    if (c.status !== "open") throw new CaseError(409, "the case is closed");
    if (c.assignedOperatorId && c.assignedOperatorId !== op.id) {
      const holder = await this.db.select({ name: operators.name }).from(operators).where(eq(operators.id, c.assignedOperatorId)).get();
      throw new CaseError(409, `the case is held by ${holder?.name ?? "another operator"}`);
    }
    throw new CaseError(409, "the case is not held by you");
  }

  private async audit(type: string, op: OperatorRow, caseId: string, data: Record<string, unknown>): Promise<void> {
    await this.deps.store.logEvent({ type, actor: op.id, caseId, now: this.deps.now(), data });
    this.deps.notify({ type: "case_updated", caseId });
  }
}

/** A stored JSON column read without throwing: a damaged value reads as null (and fails its schema). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
