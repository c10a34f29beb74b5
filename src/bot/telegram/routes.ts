import type { Api } from "grammy";
import type { Update } from "grammy/types";
import { Hono } from "hono";
import { z } from "zod";
import { isLang } from "../../content/languages";
import type { Logger } from "../../log";
import { handleInbound, type Services } from "../../service/conversation";
import { timingSafeEqual } from "../../store/crypto";

/**
 * The subset of a Telegram Update we act on, validated. Anything else (edited messages, channel posts,
 * group chatter) is acknowledged with 200 and ignored, so Telegram does not redeliver it forever.
 */
const userSchema = z.object({ id: z.number().int(), is_bot: z.boolean().optional(), language_code: z.string().max(35).optional() });
const chatSchema = z.object({ id: z.number().int(), type: z.string() });
const messageSchema = z.object({
  message_id: z.number().int(),
  from: userSchema.optional(),
  chat: chatSchema,
  text: z.string().optional(),
  caption: z.string().optional(),
  message_thread_id: z.number().int().optional(),
});
const updateSchema = z.object({
  update_id: z.number().int().nonnegative(),
  message: messageSchema.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: userSchema,
      message: z.object({ message_id: z.number().int(), chat: chatSchema }).optional(),
      data: z.string().max(64).optional(),
    })
    .optional(),
  my_chat_member: z.object({ chat: chatSchema, from: userSchema, new_chat_member: z.object({ status: z.string() }) }).optional(),
});

const MAX_BODY = 256 * 1024;

export interface OperatorGroupHandler {
  handleUpdate(update: Update): Promise<void>;
}

export interface TelegramRouteDeps {
  services: Services;
  api: Api;
  secret: string;
  log: Logger;
  /** The operators' supergroup (OPERATOR_TELEGRAM_CHAT_ID) and its handler, when that mode is on. */
  operatorChatId?: string | undefined;
  operatorGroup?: OperatorGroupHandler | undefined;
}

/** What operators see instead of a Telegram id: the last two digits only. */
export function maskTelegram(id: number): string {
  return `Telegram ***${String(id).slice(-2)}`;
}

export function telegramRoutes(deps: TelegramRouteDeps): Hono {
  const app = new Hono();
  app.post("/webhooks/telegram", async (c) => {
    // Verify before reading anything: an unsigned request stores nothing.
    const given = c.req.header("x-telegram-bot-api-secret-token") ?? "";
    if (!timingSafeEqual(given, deps.secret)) return c.json({ error: "bad secret token" }, 401);
    if (Number(c.req.header("content-length") ?? 0) > MAX_BODY) return c.json({ error: "update too large" }, 413);
    const raw = await c.req.text();
    if (raw.length > MAX_BODY) return c.json({ error: "update too large" }, 413);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return c.json({ error: "body must be JSON" }, 400);
    }
    const parsed = updateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json({ error: `${issue.path.join(".") || "update"}: ${issue.message}` }, 400);
    }
    const u = parsed.data;
    const chatId = u.message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.my_chat_member?.chat.id;

    if (deps.operatorChatId && chatId !== undefined && String(chatId) === deps.operatorChatId) {
      if (deps.operatorGroup) await deps.operatorGroup.handleUpdate(json as Update);
      return c.json({ ok: true });
    }

    if (u.my_chat_member && u.my_chat_member.chat.type === "private") {
      // The user blocked (kicked) or unblocked the bot: remember whether we can write to them.
      const status = u.my_chat_member.new_chat_member.status;
      const hash = await deps.services.identityHash("telegram", String(u.my_chat_member.from.id));
      await deps.services.store.setReachable("telegram", hash, status !== "kicked");
      return c.json({ ok: true });
    }

    const msg = u.message;
    const cb = u.callback_query;
    if (msg && msg.chat.type === "private" && msg.from && !msg.from.is_bot) {
      const hint = msg.from.language_code?.slice(0, 2).toLowerCase();
      // Photos, voice notes and stickers carry no text: the flows answer that they could not read it.
      const text = msg.text ?? msg.caption ?? "";
      await handleInbound(deps.services, {
        channel: "telegram",
        identity: String(msg.from.id),
        address: String(msg.chat.id),
        mask: maskTelegram(msg.from.id),
        externalId: String(u.update_id),
        input: { kind: "text", text },
        ...(isLang(hint) ? { langHint: hint } : {}),
      });
      return c.json({ ok: true });
    }
    if (cb && cb.message && cb.message.chat.type === "private") {
      const hint = cb.from.language_code?.slice(0, 2).toLowerCase();
      await handleInbound(deps.services, {
        channel: "telegram",
        identity: String(cb.from.id),
        address: String(cb.message.chat.id),
        mask: maskTelegram(cb.from.id),
        externalId: String(u.update_id),
        input: { kind: "option", id: cb.data ?? "" },
        ...(isLang(hint) ? { langHint: hint } : {}),
      });
      // Stops the button's loading spinner. Not in the outbox: it is not a message and expires in seconds.
      await deps.api.answerCallbackQuery(cb.id).catch((error: unknown) => deps.log.warn("answerCallbackQuery failed", { error: String(error) }));
      return c.json({ ok: true });
    }
    return c.json({ ok: true, ignored: true });
  });
  return app;
}
