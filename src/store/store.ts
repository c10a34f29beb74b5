import { and, asc, desc, eq, gt, inArray, isNull, lt, notInArray, sql } from "drizzle-orm";
import { flowStateSchema, INITIAL_STATE, type CaseReason, type FlowState, type Reply, type Urgency } from "../flows/types";
import type { Database, Statement } from "./db";
import { translator } from "../content/i18n";
import { isLang } from "../content/languages";
import {
  cases,
  contacts,
  conversations,
  conversationSteps,
  events,
  messages,
  outbox,
  type CaseRow,
  type Channel,
  type ContactRow,
  type ConversationRow,
  type MessageRow,
  type OutboxRow,
} from "./schema";

export const uuid = () => crypto.randomUUID();

/** "HL-7K3QX": short, unambiguous, safe to say on the phone; it names a case without naming the person. */
export function newCaseRef(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `HL-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")}`;
}

/** What goes out: the text, and the options a channel renders as buttons or a numbered list. */
export interface OutboundPayload {
  text: string;
  options?: { id: string; label: string }[];
  /** Who wrote it, so channels can label operator messages. */
  author: "bot" | "operator";
  /** The user's language, for the few words a channel adds itself (e.g. the operator label). */
  lang?: string;
  /** Sent even to a contact who opted out: only the confirmation of that opt-out. */
  compliance?: boolean;
}

export interface Conversation {
  row: ConversationRow;
  state: FlowState;
  contact: ContactRow;
  openCase: CaseRow | null;
  lastClosedCase: CaseRow | null;
}

export interface StepCommit {
  conversationId: string;
  contact: ContactRow;
  baseVersion: number;
  state: FlowState;
  inboundId: string | null;
  replies: Reply[];
  now: number;
  /** New or updated case: the changes the flow's effects asked for, resolved by the service. */
  caseOps: CaseOp[];
}

export type CaseOp =
  | { op: "create"; id: string; ref: string; urgency: Urgency; reason: CaseReason; lang: string; origin: string | null; currentCountry: string | null }
  | { op: "raise"; id: string; urgency: Urgency; reason: CaseReason }
  | { op: "reopen"; id: string }
  | { op: "attach"; id: string };

/** Store API: every call is async and every multi-row change is one atomic batch, so it runs on D1 too. */
export class Store {
  constructor(readonly database: Database) {}
  get db() {
    return this.database.db;
  }

  /** Finds or creates the contact for a channel identity (by its HMAC) and its conversation. */
  async upsertContact(input: {
    channel: Channel;
    identityHash: string;
    addressEnc: string | null;
    addressMask: string;
    now: number;
  }): Promise<{ contact: ContactRow; conversationId: string }> {
    const [contact] = await this.db
      .insert(contacts)
      .values({ id: uuid(), channel: input.channel, identityHash: input.identityHash, addressEnc: input.addressEnc, addressMask: input.addressMask, createdAt: input.now, lastSeenAt: input.now })
      // Someone who writes to us can be written to again (e.g. unblocked the bot); opt-out stays until START.
      .onConflictDoUpdate({ target: [contacts.channel, contacts.identityHash], set: { lastSeenAt: input.now, reachable: true } })
      .returning();
    if (!contact) throw new Error("contact upsert returned nothing");
    await this.db
      .insert(conversations)
      .values({ id: uuid(), contactId: contact.id, state: JSON.stringify(INITIAL_STATE), version: 0, updatedAt: input.now })
      .onConflictDoNothing({ target: conversations.contactId });
    const conv = await this.db.select({ id: conversations.id }).from(conversations).where(eq(conversations.contactId, contact.id)).get();
    if (!conv) throw new Error("conversation missing after insert");
    return { contact, conversationId: conv.id };
  }

  /**
   * Stores an inbound message before anything else happens. A redelivery (same channel + external id) returns
   * the stored row: `processed` tells whether it was already answered.
   */
  async recordInbound(input: { conversationId: string; channel: Channel; externalId: string; text: string; now: number }): Promise<{ message: MessageRow; duplicate: boolean }> {
    const inserted = await this.db
      .insert(messages)
      .values({ id: uuid(), conversationId: input.conversationId, direction: "in", author: "user", channel: input.channel, externalId: input.externalId, text: input.text, createdAt: input.now })
      .onConflictDoNothing()
      .returning();
    if (inserted[0]) return { message: inserted[0], duplicate: false };
    const existing = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.channel, input.channel), eq(messages.externalId, input.externalId)))
      .get();
    if (!existing) throw new Error("inbound conflict without a row");
    return { message: existing, duplicate: true };
  }

  /** Telegram: the user blocked (false) or unblocked (true) the bot. */
  async setReachable(channel: Channel, identityHash: string, reachable: boolean): Promise<void> {
    await this.db.update(contacts).set({ reachable }).where(and(eq(contacts.channel, channel), eq(contacts.identityHash, identityHash)));
  }

  /** SMS STOP / START: after STOP nothing is sent to this contact until START. */
  async setOptedOut(contactId: string, optedOut: boolean, now: number): Promise<void> {
    await this.database.atomic([
      this.db.update(contacts).set({ optedOut, ...(optedOut ? {} : { reachable: true }) }).where(eq(contacts.id, contactId)),
      this.eventStatement({ type: optedOut ? "sms_opted_out" : "sms_opted_in", actor: "user", now, data: {} }),
    ]);
  }

  /** Opt-out flag, processed mark and confirmation in one batch (see handleOptOut). */
  async commitOptOut(o: { contact: ContactRow; conversationId: string; messageId: string; optOut: boolean; lang: string; now: number }): Promise<void> {
    const t = translator(isLang(o.lang) ? o.lang : "en");
    const text = t(o.optOut ? "sms.stopped" : "sms.started");
    await this.database.atomic([
      this.db.update(contacts).set({ optedOut: o.optOut, reachable: true }).where(eq(contacts.id, o.contact.id)),
      this.db.update(messages).set({ processedAt: o.now }).where(eq(messages.id, o.messageId)),
      ...this.outboundStatements(o.conversationId, o.contact, { text, author: "bot", lang: o.lang, compliance: true }, o.now, null),
      this.eventStatement({ type: o.optOut ? "sms_opted_out" : "sms_opted_in", actor: "user", conversationId: o.conversationId, now: o.now, data: {} }),
    ]);
  }

  /**
   * Retention: deletes message bodies and sent outbox rows older than the cutoff, except for conversations
   * with an open case (an operator may still need them). Cases keep their summary; events keep no bodies.
   */
  async purgeOlderThan(cutoff: number): Promise<{ messages: number; outbox: number }> {
    const openConversations = this.db.select({ id: cases.conversationId }).from(cases).where(eq(cases.status, "open"));
    const m = await this.db
      .delete(messages)
      .where(and(lt(messages.createdAt, cutoff), notInArray(messages.conversationId, openConversations), sql`(${messages.direction} = 'out' OR ${messages.processedAt} IS NOT NULL)`))
      .returning({ id: messages.id });
    const o = await this.db
      .delete(outbox)
      .where(and(lt(outbox.createdAt, cutoff), inArray(outbox.status, ["sent", "delivered", "failed", "undeliverable"])))
      .returning({ id: outbox.id });
    return { messages: m.length, outbox: o.length };
  }

  async ping(): Promise<void> {
    await this.db.select({ one: sql`1` }).from(conversations).limit(1);
  }

  async conversationOf(channel: Channel, identityHash: string): Promise<string | undefined> {
    const row = await this.db
      .select({ id: conversations.id })
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(and(eq(contacts.channel, channel), eq(contacts.identityHash, identityHash)))
      .get();
    return row?.id;
  }

  async getMessage(id: string): Promise<MessageRow | undefined> {
    return this.db.select().from(messages).where(eq(messages.id, id)).get();
  }

  async loadConversation(conversationId: string): Promise<Conversation> {
    const row = await this.db.select().from(conversations).where(eq(conversations.id, conversationId)).get();
    if (!row) throw new Error("no such conversation");
    const contact = await this.db.select().from(contacts).where(eq(contacts.id, row.contactId)).get();
    if (!contact) throw new Error("conversation without contact");
    const parsed = flowStateSchema.safeParse(safeJson(row.state));
    // A state written by an older version that no longer validates restarts at the menu, keeping the language.
    const state: FlowState = parsed.success ? parsed.data : { ...INITIAL_STATE, ...recoverBasics(row.state) };
    const recent = await this.db.select().from(cases).where(eq(cases.conversationId, conversationId)).orderBy(desc(cases.createdAt)).limit(5);
    const openCase = recent.find((c) => c.status === "open") ?? null;
    const lastClosedCase = openCase ? null : (recent.filter((c) => c.status === "closed").sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))[0] ?? null);
    return { row, state, contact, openCase, lastClosedCase };
  }

  /**
   * Commits one flow step atomically: new state, inbound marked processed, the replies as transcript rows and
   * outbox rows, and the case changes. Throws a UNIQUE violation if another step won the race (retry).
   */
  async commitStep(c: StepCommit): Promise<{ outboxCount: number }> {
    const stmts: Statement[] = [];
    const version = c.baseVersion + 1;
    stmts.push(this.db.insert(conversationSteps).values({ conversationId: c.conversationId, version, at: c.now }));
    stmts.push(
      this.db
        .update(conversations)
        .set({ state: JSON.stringify(c.state), version, updatedAt: c.now })
        .where(and(eq(conversations.id, c.conversationId), eq(conversations.version, c.baseVersion))),
    );
    let caseId: string | null = null;
    for (const op of c.caseOps) {
      caseId = op.id;
      stmts.push(...this.caseOpStatements(op, c));
    }
    if (c.inboundId) {
      stmts.push(this.db.update(messages).set({ processedAt: c.now, ...(caseId ? { caseId } : {}) }).where(eq(messages.id, c.inboundId)));
    }
    let outboxCount = 0;
    for (const reply of c.replies) {
      stmts.push(...this.outboundStatements(c.conversationId, c.contact, { text: reply.text, ...(reply.options ? { options: reply.options } : {}), author: "bot", ...(c.state.lang ? { lang: c.state.lang } : {}) }, c.now, caseId));
      outboxCount++;
    }
    await this.database.atomic(stmts);
    return { outboxCount };
  }

  private caseOpStatements(op: CaseOp, c: StepCommit): Statement[] {
    const now = c.now;
    switch (op.op) {
      case "create":
        return [
          this.db.insert(cases).values({
            id: op.id,
            ref: op.ref,
            conversationId: c.conversationId,
            contactId: c.contact.id,
            status: "open",
            urgency: op.urgency,
            reason: JSON.stringify(op.reason),
            lang: op.lang,
            origin: op.origin,
            currentCountry: op.currentCountry,
            channel: c.contact.channel,
            createdAt: now,
            queuedAt: now,
            updatedAt: now,
            lastUserMessageAt: now,
          }),
          this.eventStatement({ type: "case_opened", actor: "system", caseId: op.id, conversationId: c.conversationId, now, data: { urgency: op.urgency, source: op.reason.source, indicators: op.reason.indicators } }),
        ];
      case "raise":
        return [
          this.db.update(cases).set({ urgency: op.urgency, reason: JSON.stringify(op.reason), updatedAt: now, lastUserMessageAt: now }).where(eq(cases.id, op.id)),
          this.eventStatement({ type: "case_urgency_raised", actor: "system", caseId: op.id, conversationId: c.conversationId, now, data: { urgency: op.urgency, indicators: op.reason.indicators } }),
        ];
      case "reopen":
        return [
          this.db
            .update(cases)
            .set({ status: "open", closedAt: null, outcome: null, assignedOperatorId: null, claimedAt: null, queuedAt: now, updatedAt: now, lastUserMessageAt: now, alertedAt: null })
            .where(eq(cases.id, op.id)),
          this.eventStatement({ type: "case_reopened", actor: "system", caseId: op.id, conversationId: c.conversationId, now, data: {} }),
        ];
      case "attach":
        return [this.db.update(cases).set({ lastUserMessageAt: now, updatedAt: now }).where(eq(cases.id, op.id))];
    }
  }

  /** Transcript row + outbox row for one outgoing message (bot or operator). */
  outboundStatements(conversationId: string, contact: ContactRow, payload: OutboundPayload, now: number, caseId: string | null, operatorId: string | null = null): Statement[] {
    const messageId = uuid();
    return [
      this.db.insert(messages).values({ id: messageId, conversationId, direction: "out", author: payload.author, channel: contact.channel, text: payload.text, createdAt: now, caseId, operatorId }),
      this.db.insert(outbox).values({
        conversationId,
        contactId: contact.id,
        channel: contact.channel,
        messageId,
        payload: JSON.stringify(payload),
        status: "pending",
        nextAttemptAt: now,
        createdAt: now,
      }),
    ];
  }

  eventStatement(e: { type: string; actor: string; caseId?: string | null; conversationId?: string | null; now: number; data: Record<string, unknown> }): Statement {
    return this.db.insert(events).values({ id: uuid(), at: e.now, actor: e.actor, type: e.type, caseId: e.caseId ?? null, conversationId: e.conversationId ?? null, data: JSON.stringify(e.data) });
  }

  async logEvent(e: Parameters<Store["eventStatement"]>[0]): Promise<void> {
    await this.eventStatement(e);
  }

  /** Messages a pull channel (web chat, terminal) has not fetched yet, oldest first; marks them delivered. */
  async takePulled(conversationId: string, afterId: number, now: number): Promise<{ id: number; payload: OutboundPayload }[]> {
    const rows = await this.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.conversationId, conversationId), gt(outbox.id, afterId)))
      .orderBy(asc(outbox.id))
      .limit(100);
    const fresh = rows.filter((r) => r.status === "pending").map((r) => r.id);
    if (fresh.length > 0) {
      await this.db.update(outbox).set({ status: "delivered", sentAt: now, attempts: sql`${outbox.attempts} + 1` }).where(inArray(outbox.id, fresh));
    }
    return rows.map((r) => ({ id: r.id, payload: JSON.parse(r.payload) as OutboundPayload }));
  }

  async transcript(conversationId: string, limit = 200): Promise<MessageRow[]> {
    const rows = await this.db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(desc(messages.createdAt), desc(sql`rowid`)).limit(limit);
    return rows.reverse();
  }

  /** Inbound messages stored but never answered (a crash between storing and committing): oldest first. */
  async unprocessedInbound(olderThan: number, limit = 20): Promise<MessageRow[]> {
    return this.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, "in"), isNull(messages.processedAt), sql`${messages.createdAt} < ${olderThan}`))
      .orderBy(asc(messages.createdAt))
      .limit(limit);
  }

  async outboxRow(id: number): Promise<OutboxRow | undefined> {
    return this.db.select().from(outbox).where(eq(outbox.id, id)).get();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
function recoverBasics(text: string): Partial<FlowState> {
  const raw = safeJson(text) as Record<string, unknown>;
  const keep = flowStateSchema.pick({ lang: true, origin: true, destination: true, abroad: true }).safeParse(raw);
  return keep.success ? keep.data : {};
}
