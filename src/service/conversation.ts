import { packReplies } from "../bot/pack";
import type { Config } from "../config";
import { currentCountry } from "../content/countries";
import type { Lang } from "../content/languages";
import { step } from "../flows/engine";
import type { Effect, FlowInput, StepContext, Urgency } from "../flows/types";
import { isUniqueViolation } from "../store/db";
import type { Channel, ContactRow } from "../store/schema";
import { newCaseRef, uuid, type CaseOp, type Store } from "../store/store";
import { assess, detectLang } from "../triage";
import { withinHours } from "./hours";

/** One inbound message, already verified and parsed by its channel adapter. */
export interface InboundMessage {
  channel: Channel;
  /** Stable platform identity (Telegram user id, phone number, web session id). Stored only as an HMAC. */
  identity: string;
  /** Where replies go (chat id, phone number), stored encrypted; null for pull channels. */
  address: string | null;
  /** What operators see instead of the identity. */
  mask: string;
  /** Platform id of this message: the dedupe key (update_id, MessageSid, web client message id). */
  externalId: string;
  input: FlowInput;
  langHint?: Lang;
}

export interface Services {
  store: Store;
  config: Pick<Config, "CASE_REOPEN_DAYS" | "HOTLINE_HOURS">;
  identityHash(channel: string, identity: string): Promise<string>;
  encrypt(plain: string): Promise<string>;
  now(): number;
  /** Wakes the outbox dispatcher after a commit (push channels). */
  kick(): void;
  /** Tells live listeners (operator console, Telegram group) that a case changed. */
  notify?(event: { type: "case_opened" | "case_message" | "case_urgency"; caseId: string }): void;
}

export type InboundResult = { status: "answered" | "duplicate"; conversationId: string; contact: ContactRow };

function inputText(input: FlowInput): string {
  return input.kind === "text" ? input.text : `▸ ${input.id}`;
}

/** Store first, then step the flow and commit state + replies + case changes in one batch. */
export async function handleInbound(svc: Services, msg: InboundMessage): Promise<InboundResult> {
  const now = svc.now();
  const identityHash = await svc.identityHash(msg.channel, msg.identity);
  const addressEnc = msg.address === null ? null : await svc.encrypt(msg.address);
  const { contact, conversationId } = await svc.store.upsertContact({ channel: msg.channel, identityHash, addressEnc, addressMask: msg.mask, now });
  // Keep a message in full up to 16 KB (what Telegram and SMS can carry, with room); the flows read 4,000.
  const text = inputText(msg.input).slice(0, 16_000);
  const { message, duplicate } = await svc.store.recordInbound({ conversationId, channel: msg.channel, externalId: msg.externalId, text, now });
  if (duplicate && message.processedAt !== null) return { status: "duplicate", conversationId, contact };
  await processStored(svc, conversationId, message.id, msg.input, msg.langHint);
  return { status: "answered", conversationId, contact };
}

/**
 * Steps the flow for a stored inbound message. Safe to call again for the same message: if a concurrent
 * step wins, we reload and either stop (already processed) or step again from the new state.
 */
export async function processStored(svc: Services, conversationId: string, messageId: string, input: FlowInput, langHint?: Lang): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await svc.store.getMessage(messageId);
    if (!current || current.processedAt !== null) return;
    const conv = await svc.store.loadConversation(conversationId);
    const now = svc.now();
    const reopenDays = svc.config.CASE_REOPEN_DAYS;
    const reopenable =
      conv.lastClosedCase && reopenDays > 0 && (conv.lastClosedCase.closedAt ?? 0) > now - reopenDays * 86_400_000 ? conv.lastClosedCase : null;
    const origin = conv.state.origin;
    const ctx: StepContext = {
      now,
      channel: conv.contact.channel,
      openCase: conv.openCase ? { ref: conv.openCase.ref, urgency: conv.openCase.urgency } : null,
      reopenable: reopenable ? { ref: reopenable.ref, urgency: reopenable.urgency } : null,
      nextCaseRef: newCaseRef(),
      afterHours: origin ? !withinHours(svc.config.HOTLINE_HOURS[origin], now) : false,
      assess,
      detectLang,
      ...(langHint ? { langHint } : {}),
    };
    const result = step(conv.state, input, ctx);
    const caseOps = resolveCaseOps(result.effects, conv, ctx.nextCaseRef, result.state);
    try {
      await svc.store.commitStep({
        conversationId,
        contact: conv.contact,
        baseVersion: conv.row.version,
        state: result.state,
        inboundId: messageId,
        replies: packReplies(conv.contact.channel, result.replies),
        now,
        caseOps,
      });
    } catch (error) {
      if (isUniqueViolation(error)) continue; // another step of this conversation committed first
      throw error;
    }
    if (result.replies.length > 0) svc.kick();
    for (const op of caseOps) {
      if (op.op === "create") svc.notify?.({ type: "case_opened", caseId: op.id });
      else if (op.op === "raise") svc.notify?.({ type: "case_urgency", caseId: op.id });
      else svc.notify?.({ type: "case_message", caseId: op.id });
    }
    return;
  }
  throw new Error("conversation is too busy: gave up after 5 attempts");
}

const RANK: Record<Urgency, number> = { normal: 1, high: 2, urgent: 3 };

function resolveCaseOps(effects: Effect[], conv: Awaited<ReturnType<Store["loadConversation"]>>, ref: string, state: { lang?: string | undefined; origin?: string | undefined; destination?: string | undefined; abroad?: boolean | undefined }): CaseOp[] {
  const ops: CaseOp[] = [];
  let caseId = conv.openCase?.id ?? null;
  let urgency = conv.openCase?.urgency ?? null;
  for (const e of effects) {
    if (e.type === "reopen" && !caseId && conv.lastClosedCase) {
      caseId = conv.lastClosedCase.id;
      urgency = conv.lastClosedCase.urgency;
      ops.push({ op: "reopen", id: caseId });
    } else if (e.type === "escalate") {
      if (caseId && urgency) {
        if (RANK[e.urgency] > RANK[urgency]) {
          ops.push({ op: "raise", id: caseId, urgency: e.urgency, reason: e.reason });
          urgency = e.urgency;
        }
      } else {
        caseId = uuid();
        urgency = e.urgency;
        const here = currentCountry(state.origin as never, state.destination as never, state.abroad);
        ops.push({ op: "create", id: caseId, ref, urgency: e.urgency, reason: e.reason, lang: state.lang ?? "en", origin: state.origin ?? null, currentCountry: here ?? null });
      }
    } else if (e.type === "to_operator" && caseId && !ops.some((o) => o.id === caseId)) {
      ops.push({ op: "attach", id: caseId });
    }
  }
  return ops;
}

/**
 * SMS STOP / START (and their words in our languages): stored like any message, then the contact's opt-out
 * flag, the confirmation and the processed mark are committed together. The confirmation of a STOP is the
 * only message ever sent to an opted-out number.
 */
export async function handleOptOut(svc: Services, msg: Omit<InboundMessage, "input"> & { text: string }, optOut: boolean): Promise<InboundResult> {
  const now = svc.now();
  const identityHash = await svc.identityHash(msg.channel, msg.identity);
  const addressEnc = msg.address === null ? null : await svc.encrypt(msg.address);
  const { contact, conversationId } = await svc.store.upsertContact({ channel: msg.channel, identityHash, addressEnc, addressMask: msg.mask, now });
  const { message, duplicate } = await svc.store.recordInbound({ conversationId, channel: msg.channel, externalId: msg.externalId, text: msg.text.slice(0, 200), now });
  if (duplicate && message.processedAt !== null) return { status: "duplicate", conversationId, contact };
  const conv = await svc.store.loadConversation(conversationId);
  const lang = conv.state.lang ?? msg.langHint ?? "en";
  await svc.store.commitOptOut({ contact, conversationId, messageId: message.id, optOut, lang, now });
  svc.kick();
  return { status: "answered", conversationId, contact };
}

/**
 * Answers inbound messages that were stored but never answered (the process died in between). Run at start
 * and on a timer (Node) or cron (Workers); `olderThanMs` keeps it away from messages being handled right now.
 */
export async function recoverInbound(svc: Services, olderThanMs = 30_000): Promise<number> {
  const rows = await svc.store.unprocessedInbound(svc.now() - olderThanMs);
  let done = 0;
  for (const row of rows) {
    const input: FlowInput = row.text.startsWith("▸ ") ? { kind: "option", id: row.text.slice(2) } : { kind: "text", text: row.text };
    try {
      await processStored(svc, row.conversationId, row.id, input);
      done++;
    } catch {
      // Left for the next sweep; the error is the store's and is logged by the caller's dispatcher/timer.
    }
  }
  return done;
}
