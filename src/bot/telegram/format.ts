import type { InlineKeyboardButton } from "grammy/types";
import type { OutboundPayload } from "../../store/store";

/** Telegram's hard limits (Bot API): message text and callback data. */
export const TELEGRAM_TEXT_LIMIT = 4096;
export const CALLBACK_DATA_LIMIT = 64;

/** HTML parse mode needs exactly these three escaped; everything we send is text, never markup from users. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Splits escaped HTML into parts of at most `limit` characters, at a line break or space when possible and
 * never inside an entity such as "&amp;". Our own texts are short; operator replies can be long.
 */
export function splitMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    const amp = rest.lastIndexOf("&", cut);
    if (amp > cut - 6 && rest.indexOf(";", amp) >= cut) cut = amp;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  rest = rest.trimEnd();
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** Options as an inline keyboard, one button per row (labels are whole phrases in seven languages). */
export function keyboard(options: OutboundPayload["options"]): InlineKeyboardButton[][] | undefined {
  const usable = (options ?? []).filter((o) => new TextEncoder().encode(o.id).length <= CALLBACK_DATA_LIMIT);
  if (usable.length === 0) return undefined;
  return usable.map((o) => [{ text: o.label, callback_data: o.id }]);
}

/** The HTML text of a payload; operator messages are marked so the user knows a person wrote them. */
export function renderTelegram(payload: OutboundPayload, operatorLabel: string): string {
  const body = escapeHtml(payload.text);
  return payload.author === "operator" ? `<b>${escapeHtml(operatorLabel)}</b>\n${body}` : body;
}
