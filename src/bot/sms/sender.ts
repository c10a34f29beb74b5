import { translator } from "../../content/i18n";
import { isLang } from "../../content/languages";
import type { Sender } from "../../outbox/dispatcher";
import type { SmsProvider } from "./provider";
import { renderSms } from "./render";

/** The outbox sender for SMS: renders options as numbers and hands the text to the provider. */
export function smsSender(provider: SmsProvider): Sender {
  return {
    // SMS has no per-recipient rate limit (the provider queues per sender); order within a conversation is kept
    // by the dispatcher sending one row of a conversation at a time. The global rate stays under Twilio's
    // default account throughput.
    perChatGapMs: 0,
    globalPerSecond: 10,
    async send(address, payload) {
      const lang = payload.lang && isLang(payload.lang) ? payload.lang : "en";
      return provider.send(address, renderSms(payload, translator(lang)("common.operator_label")));
    },
  };
}
