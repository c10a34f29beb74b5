import { Api, GrammyError, HttpError } from "grammy";
import { translator } from "../../content/i18n";
import { isLang } from "../../content/languages";
import type { SendResult, Sender } from "../../outbox/dispatcher";
import { keyboard, renderTelegram, splitMessage } from "./format";

export interface TelegramApiOptions {
  token: string;
  apiRoot: string;
  fetch?: typeof fetch;
}

/** grammY's Api client pointed at the configured Bot API root (public, self-hosted, or a local test server). */
export function telegramApi(o: TelegramApiOptions): Api {
  return new Api(o.token, { apiRoot: o.apiRoot.replace(/\/+$/, ""), timeoutSeconds: 20, ...(o.fetch ? { fetch: o.fetch } : {}) });
}

/** Maps a Bot API failure to what the outbox should do: 403 blocked, 429 wait, 5xx / network retry. */
export function classifyTelegramError(error: unknown): Exclude<SendResult, { ok: true }> {
  if (error instanceof GrammyError) {
    const description = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 5;
      return { ok: false, kind: "retry", error: description, retryAfterMs: seconds * 1000 };
    }
    if (error.error_code === 403) return { ok: false, kind: "unreachable", error: description };
    if (error.error_code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(error.description)) {
      return { ok: false, kind: "unreachable", error: description };
    }
    if (error.error_code >= 500) return { ok: false, kind: "retry", error: description };
    return { ok: false, kind: "permanent", error: description };
  }
  if (error instanceof HttpError) return { ok: false, kind: "retry", error: `network: ${error.message}` };
  return { ok: false, kind: "retry", error: error instanceof Error ? error.message : String(error) };
}

/**
 * Sends outbox rows to Telegram. One message per second per chat is Telegram's advice for a private chat;
 * the global limit (about 30 per second) is enforced by the dispatcher's rate.
 */
export function telegramSender(api: Api): Sender {
  return {
    perChatGapMs: 1000,
    globalPerSecond: 25,
    async send(address, payload, _row, contact) {
      void contact;
      const lang = payload.lang && isLang(payload.lang) ? payload.lang : "en";
      const parts = splitMessage(renderTelegram(payload, translator(lang)("common.operator_label")));
      const markup = keyboard(payload.options);
      try {
        let last = 0;
        for (const [i, part] of parts.entries()) {
          const isLast = i === parts.length - 1;
          const sent = await api.sendMessage(address, part, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            ...(isLast && markup ? { reply_markup: { inline_keyboard: markup } } : {}),
          });
          last = sent.message_id;
        }
        return { ok: true, providerMessageId: String(last) };
      } catch (error) {
        return classifyTelegramError(error);
      }
    },
  };
}
