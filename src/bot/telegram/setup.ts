import { translator } from "../../content/i18n";
import { LANGS } from "../../content/languages";
import { telegramApi } from "./sender";

/** The update types the webhook handles; Telegram sends nothing else. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;
export const BOT_COMMANDS = ["start", "menu", "language", "help"] as const;

/** setWebhook with the secret token, then setMyCommands per language (English is also the default list). */
export async function telegramSetup(tg: { token: string; webhookSecret: string; apiRoot: string }, publicUrl: string, fetchImpl?: typeof fetch): Promise<string[]> {
  const api = telegramApi({ token: tg.token, apiRoot: tg.apiRoot, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const url = `${publicUrl.replace(/\/+$/, "")}/webhooks/telegram`;
  await api.setWebhook(url, { secret_token: tg.webhookSecret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false, max_connections: 20 });
  const out = [`Webhook set: ${url}`];
  for (const lang of LANGS) {
    const t = translator(lang);
    const commands = BOT_COMMANDS.map((command) => ({ command, description: t(`commands.${command}`) }));
    await api.setMyCommands(commands, lang === "en" ? {} : { language_code: lang });
    if (lang === "en") await api.setMyCommands(commands, { language_code: "en" });
    out.push(`Commands set: ${lang}`);
  }
  return out;
}
