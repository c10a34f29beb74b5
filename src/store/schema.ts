import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * One schema for better-sqlite3 (Node) and D1 (Workers). Times are integer milliseconds since the epoch.
 * Privacy: a contact's platform identity is stored only as an HMAC (for lookup) and its send address only
 * encrypted (AES-GCM); the operator sees `addressMask`. See src/store/crypto.ts.
 */

export const contacts = sqliteTable(
  "contacts",
  {
    id: text("id").primaryKey(),
    channel: text("channel", { enum: ["web", "telegram", "sms", "cli"] }).notNull(),
    identityHash: text("identity_hash").notNull(),
    addressEnc: text("address_enc"),
    addressMask: text("address_mask").notNull(),
    reachable: integer("reachable", { mode: "boolean" }).notNull().default(true),
    optedOut: integer("opted_out", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [uniqueIndex("contacts_identity").on(t.channel, t.identityHash)],
);

export const conversations = sqliteTable("conversations", {
  id: text("id").primaryKey(),
  contactId: text("contact_id")
    .notNull()
    .unique()
    .references(() => contacts.id),
  /** Flow state as JSON, validated by flowStateSchema on every load. */
  state: text("state").notNull(),
  /** Optimistic-concurrency counter; see conversationSteps. */
  version: integer("version").notNull().default(0),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * One row per committed step of a conversation. Its primary key makes two concurrent steps from the same
 * version collide inside their atomic batch, so one of them rolls back entirely (works on D1 batches too,
 * which have no interactive transactions).
 */
export const conversationSteps = sqliteTable(
  "conversation_steps",
  {
    conversationId: text("conversation_id").notNull(),
    version: integer("version").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.version] })],
);

export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    author: text("author", { enum: ["user", "bot", "operator"] }).notNull(),
    channel: text("channel").notNull(),
    /** Platform id of an inbound message (Telegram update_id, Twilio MessageSid, web client id): dedupe key. */
    externalId: text("external_id"),
    text: text("text").notNull(),
    /** For inbound: set when the flow step that answered it was committed. */
    processedAt: integer("processed_at"),
    operatorId: text("operator_id"),
    caseId: text("case_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("messages_external").on(t.channel, t.externalId),
    index("messages_conversation").on(t.conversationId, t.createdAt),
    index("messages_unprocessed").on(t.direction, t.processedAt),
  ],
);

export const outbox = sqliteTable(
  "outbox",
  {
    /** Monotonic: web clients poll "after id", and a conversation's rows are sent in this order. */
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id),
    contactId: text("contact_id").notNull(),
    channel: text("channel").notNull(),
    messageId: text("message_id"),
    /** JSON OutboundPayload: text, options, kind. */
    payload: text("payload").notNull(),
    status: text("status", {
      enum: ["pending", "sending", "sent", "delivered", "failed", "undeliverable"],
    }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    leaseUntil: integer("lease_until"),
    providerMessageId: text("provider_message_id"),
    providerStatus: text("provider_status"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [
    index("outbox_due").on(t.status, t.nextAttemptAt),
    index("outbox_conversation").on(t.conversationId, t.id),
    index("outbox_provider").on(t.providerMessageId),
  ],
);

export const cases = sqliteTable(
  "cases",
  {
    id: text("id").primaryKey(),
    /** Short reference shown to operators instead of the user's number or account. */
    ref: text("ref").notNull().unique(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id),
    contactId: text("contact_id").notNull(),
    status: text("status", { enum: ["open", "closed"] }).notNull(),
    urgency: text("urgency", { enum: ["urgent", "high", "normal"] }).notNull(),
    /** JSON CaseReason: source, indicators, evidence, red flags. */
    reason: text("reason").notNull(),
    lang: text("lang").notNull(),
    origin: text("origin"),
    currentCountry: text("current_country"),
    channel: text("channel").notNull(),
    assignedOperatorId: text("assigned_operator_id"),
    claimedAt: integer("claimed_at"),
    createdAt: integer("created_at").notNull(),
    /** When the case (re)entered the queue: waiting time counts from here. */
    queuedAt: integer("queued_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    lastUserMessageAt: integer("last_user_message_at"),
    closedAt: integer("closed_at"),
    outcome: text("outcome"),
    category: text("category"),
    alertedAt: integer("alerted_at"),
    telegramTopicId: integer("telegram_topic_id"),
  },
  (t) => [index("cases_queue").on(t.status, t.urgency, t.queuedAt), index("cases_conversation").on(t.conversationId)],
);

export const caseNotes = sqliteTable("case_notes", {
  id: text("id").primaryKey(),
  caseId: text("case_id")
    .notNull()
    .references(() => cases.id),
  operatorId: text("operator_id").notNull(),
  text: text("text").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const operators = sqliteTable("operators", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  role: text("role", { enum: ["operator", "admin"] }).notNull(),
  /** PBKDF2-SHA256 (WebCrypto, same on Node and Workers): "pbkdf2$iterations$salt$hash". */
  passwordHash: text("password_hash"),
  /** SHA-256 of the API bearer token; the token itself is shown once. */
  tokenHash: text("token_hash").unique(),
  telegramUserId: text("telegram_user_id"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at").notNull(),
});

export const operatorSessions = sqliteTable("operator_sessions", {
  /** SHA-256 of the cookie value. */
  idHash: text("id_hash").primaryKey(),
  operatorId: text("operator_id")
    .notNull()
    .references(() => operators.id),
  csrfToken: text("csrf_token").notNull(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

export const setupTokens = sqliteTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  usedAt: integer("used_at"),
});

export const loginAttempts = sqliteTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: integer("last_failure_at").notNull(),
});

/** Audit and analytics log. `data` never holds message bodies or phone numbers. */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    at: integer("at").notNull(),
    actor: text("actor").notNull(),
    type: text("type").notNull(),
    conversationId: text("conversation_id"),
    caseId: text("case_id"),
    data: text("data").notNull().default(sql`'{}'`),
  },
  (t) => [index("events_case").on(t.caseId, t.at), index("events_type").on(t.type, t.at)],
);

/** Small key-value settings the service keeps for itself (e.g. the outbox sequence). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type ContactRow = typeof contacts.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type OperatorRow = typeof operators.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type Channel = ContactRow["channel"];
