import type { Api } from "grammy";
import type { Update } from "grammy/types";
import { desc, eq, and } from "drizzle-orm";
import { escapeHtml } from "../bot/telegram/format";
import type { Logger } from "../log";
import { cases, messages, type CaseRow, type OperatorRow } from "../store/schema";
import type { Store } from "../store/store";
import type { Accounts } from "./accounts";
import { CaseError, OUTCOMES, safeJson, type CaseEvent, type CaseService } from "./cases";
import { caseReasonSchema } from "../flows/types";

/**
 * Operators who work from a phone: with OPERATOR_TELEGRAM_CHAT_ID set to a private supergroup with topics,
 * every case opens a topic with its summary and buttons (claim, close with an outcome). A member's message in
 * that topic goes to the user through the user's own channel; the user's messages appear in the topic. Only
 * current members of the group can act (checked with getChatMember, cached briefly). The group sees the
 * case reference and a masked identifier, never a phone number.
 */
const URGENCY_MARK: Record<CaseRow["urgency"], string> = { urgent: "🔴 URGENT", high: "🟠 high", normal: "🟢 normal" };
const MEMBER_STATUSES = new Set(["creator", "administrator", "member", "restricted"]);
const MEMBER_CACHE_MS = 5 * 60_000;
const OUTCOME_LABEL: Record<(typeof OUTCOMES)[number], string> = {
  referred_ngo: "Referred to NGO",
  referred_shelter: "Shelter",
  referred_police: "Police",
  referred_embassy: "Embassy",
  information_given: "Information given",
  not_a_case: "Not a case",
  no_answer: "No answer",
};

export class OperatorGroup {
  private readonly memberCache = new Map<number, { ok: boolean; at: number }>();
  constructor(
    private readonly d: { api: Api; chatId: string; store: Store; cases: CaseService; accounts: Accounts; log: Logger; now(): number; consoleUrl?: string | undefined },
  ) {}

  /** Posts to the group's general topic (alerts). Returns false if Telegram did not take it. */
  async alert(html: string): Promise<boolean> {
    try {
      await this.d.api.sendMessage(this.d.chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      return true;
    } catch (error) {
      this.d.log.warn("operator group alert failed", { error: String(error) });
      return false;
    }
  }

  /** Reacts to case events from the service (new case → topic; user message → copy into the topic). */
  async onCaseEvent(e: CaseEvent): Promise<void> {
    try {
      const c = await this.d.store.db.select().from(cases).where(eq(cases.id, e.caseId)).get();
      if (!c) return;
      if (e.type === "case_opened" || (e.type === "case_message" && !c.telegramTopicId)) await this.openTopic(c);
      else if (e.type === "case_message" && c.telegramTopicId) await this.mirrorLastUserMessage(c);
      else if (e.type === "case_urgency" && c.telegramTopicId) await this.post(c.telegramTopicId, `${URGENCY_MARK[c.urgency]}: urgency raised for ${escapeHtml(c.ref)}.`);
      else if (e.type === "case_closed" && c.telegramTopicId) {
        await this.post(c.telegramTopicId, `Closed: ${escapeHtml(c.outcome ?? "")} (${escapeHtml(c.category ?? "")}).`);
        await this.d.api.closeForumTopic(this.d.chatId, c.telegramTopicId).catch(() => undefined);
      }
    } catch (error) {
      this.d.log.warn("operator group update failed", { caseId: e.caseId, error: String(error) });
    }
  }

  private async openTopic(c: CaseRow): Promise<void> {
    const topic = await this.d.api.createForumTopic(this.d.chatId, `${c.urgency === "urgent" ? "🔴" : c.urgency === "high" ? "🟠" : "🟢"} ${c.ref} · ${c.lang} · ${c.origin ?? "?"}→${c.currentCountry ?? "?"}`.slice(0, 128));
    await this.d.store.db.update(cases).set({ telegramTopicId: topic.message_thread_id }).where(eq(cases.id, c.id));
    const detail = await this.d.cases.detail(c.id);
    const reason = caseReasonSchema.safeParse(detail.reason);
    const why = reason.success
      ? [reason.data.indicators.join(", "), reason.data.evidence.map((e) => `“${e.match}”`).join(" ")].filter(Boolean).join(" — ")
      : "";
    const lastUser = detail.transcript.filter((m) => m.direction === "in").slice(-3);
    const lines = [
      `<b>${URGENCY_MARK[c.urgency]} · ${escapeHtml(c.ref)}</b>`,
      `${escapeHtml(detail.user)} · ${c.channel} · ${c.lang} · from ${c.origin ?? "?"}, now ${c.currentCountry ?? "?"}`,
      why ? `Why: ${escapeHtml(why)}` : `Why: ${escapeHtml(reason.success ? reason.data.source : "request")}`,
      ...lastUser.map((m) => `› ${escapeHtml(m.text.slice(0, 500))}`),
      "Write in this topic to answer the user. Claim first.",
    ];
    await this.d.api.sendMessage(this.d.chatId, lines.join("\n"), {
      parse_mode: "HTML",
      message_thread_id: topic.message_thread_id,
      reply_markup: { inline_keyboard: [[{ text: "Claim", callback_data: `op:claim:${c.id}` }, { text: "Close…", callback_data: `op:close:${c.id}` }]] },
    });
  }

  private async mirrorLastUserMessage(c: CaseRow): Promise<void> {
    const last = await this.d.store.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, c.conversationId), eq(messages.direction, "in")))
      .orderBy(desc(messages.createdAt))
      .limit(1)
      .get();
    if (last) await this.post(c.telegramTopicId!, `👤 ${escapeHtml(last.text.slice(0, 3500))}`);
  }

  private async post(topicId: number, html: string, markup?: { inline_keyboard: { text: string; callback_data: string }[][] }): Promise<void> {
    await this.d.api.sendMessage(this.d.chatId, html, { parse_mode: "HTML", message_thread_id: topicId, ...(markup ? { reply_markup: markup } : {}) });
  }

  private async isMember(userId: number): Promise<boolean> {
    const hit = this.memberCache.get(userId);
    const now = this.d.now();
    if (hit && now - hit.at < MEMBER_CACHE_MS) return hit.ok;
    let ok = false;
    try {
      const m = await this.d.api.getChatMember(this.d.chatId, userId);
      ok = MEMBER_STATUSES.has(m.status) && (m.status !== "restricted" || (m as { is_member?: boolean }).is_member === true);
    } catch {
      ok = false;
    }
    this.memberCache.set(userId, { ok, at: now });
    return ok;
  }

  /** The operator account behind a group member (made on first action, role operator). */
  private async operatorFor(user: { id: number; first_name?: string; username?: string }): Promise<OperatorRow> {
    const all = await this.d.accounts.list();
    const found = all.find((o) => o.telegramUserId === String(user.id));
    if (found) return found;
    const base = `tg-${(user.username ?? user.first_name ?? "member").replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 20) || "member"}-${String(user.id).slice(-4)}`;
    const { operator } = await this.d.accounts.create({ name: base, role: "operator", telegramUserId: String(user.id), actor: "telegram_group" });
    return operator;
  }

  private async caseOfTopic(topicId: number): Promise<CaseRow | undefined> {
    return this.d.store.db.select().from(cases).where(eq(cases.telegramTopicId, topicId)).orderBy(desc(cases.createdAt)).limit(1).get();
  }

  /** Updates from the operators' group (routed here by the Telegram webhook). */
  async handleUpdate(update: Update): Promise<void> {
    const cb = update.callback_query;
    if (cb?.data?.startsWith("op:")) {
      const answer = (text: string) => this.d.api.answerCallbackQuery(cb.id, { text }).catch(() => undefined);
      if (!(await this.isMember(cb.from.id))) return void (await answer("Only members of the operators' group can act."));
      const [, action, a, b] = cb.data.split(":");
      const caseId = action === "out" ? b : a;
      if (!caseId) return void (await answer("Unknown button."));
      const op = await this.operatorFor(cb.from);
      const c = await this.d.store.db.select().from(cases).where(eq(cases.id, caseId)).get();
      if (!c) return void (await answer("This case no longer exists."));
      try {
        if (action === "claim") {
          await this.d.cases.claim(caseId, op);
          await answer("Claimed.");
          if (c.telegramTopicId) await this.post(c.telegramTopicId, `Claimed by ${escapeHtml(op.name)}.`);
        } else if (action === "close") {
          await answer("Choose the outcome.");
          if (c.telegramTopicId) {
            const rows = OUTCOMES.map((o, i) => [{ text: OUTCOME_LABEL[o], callback_data: `op:out:${i}:${caseId}` }]);
            await this.post(c.telegramTopicId, "Outcome?", { inline_keyboard: rows });
          }
        } else if (action === "out") {
          const outcome = OUTCOMES[Number(a)];
          if (!outcome) return void (await answer("Unknown outcome."));
          const reason = caseReasonSchema.safeParse(safeJson(c.reason));
          // From the group the category follows what raised the case; the console lets operators choose.
          const category = reason.success && reason.data.source === "free_text" ? "trafficking_case" : reason.success && reason.data.source === "job_offer" ? "job_offer_check" : "greeting_other";
          await this.d.cases.close(caseId, op, outcome, category);
          await answer("Closed.");
        } else {
          await answer("Unknown button.");
        }
      } catch (error) {
        await answer(error instanceof CaseError ? error.message : "That did not work; try again.");
      }
      return;
    }
    const msg = update.message;
    if (!msg || !msg.from || msg.from.is_bot || !msg.message_thread_id || !msg.text) return;
    if (msg.text.startsWith("/")) return;
    const c = await this.caseOfTopic(msg.message_thread_id);
    if (!c) return;
    if (!(await this.isMember(msg.from.id))) return;
    const op = await this.operatorFor(msg.from);
    try {
      await this.d.cases.reply(c.id, op, msg.text.slice(0, 4000));
    } catch (error) {
      await this.post(msg.message_thread_id, escapeHtml(error instanceof CaseError ? `Not sent: ${error.message}.` : "Not sent: please try again.")).catch(() => undefined);
    }
  }
}
