import { createApp, type AppDeps } from "../app";
import { smsSender } from "../bot/sms/sender";
import { twilioProvider } from "../bot/sms/twilio";
import { telegramApi, telegramSender } from "../bot/telegram/sender";
import type { Config } from "../config";
import type { Logger } from "../log";
import { Dispatcher, type Sender } from "../outbox/dispatcher";
import type { Services } from "../service/conversation";
import { createSecrets } from "../store/crypto";
import type { Database } from "../store/db";
import { Store } from "../store/store";
import { Accounts } from "../operator/accounts";
import { Alerts } from "../operator/alerts";
import { CaseService, type CaseEvent } from "../operator/cases";
import { LiveHub } from "../operator/live";
import { OperatorGroup } from "../operator/telegram-group";

/**
 * Builds everything from a database, a config and a clock. Shared by the Node entry, the Workers entry, the
 * terminal chat and the tests, so they all run the same code.
 */
export async function wire(opts: { config: Config; database: Database; secretKey: string; log: Logger; now?: () => number; senders?: Partial<Record<string, Sender>>; fetch?: typeof fetch }) {
  const { config, database, log } = opts;
  const now = opts.now ?? (() => Date.now());
  const store = new Store(database);
  const secrets = await createSecrets(opts.secretKey);
  const senders: Partial<Record<string, Sender>> = {};
  const channels: Pick<AppDeps, "telegram" | "sms"> = {};
  const tg = config.telegram;
  const api = tg ? telegramApi({ token: tg.token, apiRoot: tg.apiRoot, ...(opts.fetch ? { fetch: opts.fetch } : {}) }) : undefined;
  if (tg && api) {
    senders.telegram = telegramSender(api);
    channels.telegram = { api, secret: tg.webhookSecret, operatorChatId: config.OPERATOR_TELEGRAM_CHAT_ID };
  }
  const tw = config.twilio;
  if (tw && config.PUBLIC_URL) {
    const publicUrl = config.PUBLIC_URL.replace(/\/+$/, "");
    const provider = twilioProvider({ ...tw, statusCallbackUrl: `${publicUrl}/webhooks/sms/status`, ...(opts.fetch ? { fetch: opts.fetch } : {}) });
    senders.sms = smsSender(provider);
    channels.sms = { provider, publicUrl };
  }
  Object.assign(senders, opts.senders ?? {});
  const dispatcher = new Dispatcher({ store, senders, decrypt: secrets.decrypt, now, log });
  const kick = () => {
    dispatcher.kick().catch((error: unknown) => log.error("dispatch failed", { error: String(error) }));
  };

  // Operators: accounts, the case service, live updates, the optional Telegram group, alerts.
  const consoleUrl = config.PUBLIC_URL ? `${config.PUBLIC_URL.replace(/\/+$/, "")}/operator` : undefined;
  const accounts = new Accounts(store, now);
  const hub = new LiveHub();
  let group: OperatorGroup | undefined;
  let alerts: Alerts | undefined;
  const background = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const q = p.catch((error: unknown) => log.error("operator notification failed", { error: String(error) })).finally(() => background.delete(q));
    background.add(q);
  };
  const notify = (e: CaseEvent) => {
    hub.publish(e);
    if (group) track(group.onCaseEvent(e));
    if (e.type === "case_opened" && alerts) track(alerts.caseOpened(e.caseId));
  };
  const cases = new CaseService({ store, now, decrypt: secrets.decrypt, config, kick, notify });
  if (api && config.OPERATOR_TELEGRAM_CHAT_ID) {
    group = new OperatorGroup({ api, chatId: config.OPERATOR_TELEGRAM_CHAT_ID, store, cases, accounts, log, now, consoleUrl });
    if (channels.telegram) channels.telegram.operatorGroup = group;
  }
  alerts = new Alerts({ store, cases, hub, group, log, now, urgentAfterMinutes: config.URGENT_ALERT_MINUTES, consoleUrl });

  const services: Services = {
    store,
    config,
    identityHash: secrets.identityHash,
    encrypt: secrets.encrypt,
    now,
    kick,
    notify,
  };
  const operator = { accounts, cases, hub, alerts, group };
  const app = createApp({ config, services, log, ...channels, operator });
  /** Waits for background work (sends, group posts, alerts): tests and Workers' waitUntil. */
  const settle = async () => {
    await dispatcher.idle();
    while (background.size) await Promise.all([...background]);
  };
  return { app, store, services, dispatcher, secrets, senders, telegramApi: api, config, operator, settle };
}
export type Wired = Awaited<ReturnType<typeof wire>>;
