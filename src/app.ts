import { Hono } from "hono";
import type { Api } from "grammy";
import type { SmsProvider } from "./bot/sms/provider";
import { smsRoutes } from "./bot/sms/routes";
import { telegramRoutes, type OperatorGroupHandler } from "./bot/telegram/routes";
import { webChatRoutes } from "./bot/web/routes";
import type { Config } from "./config";
import type { Services } from "./service/conversation";
import type { Logger } from "./log";
import type { Accounts } from "./operator/accounts";
import type { Alerts } from "./operator/alerts";
import { operatorApi } from "./operator/api";
import type { CaseService } from "./operator/cases";
import { consoleRoutes } from "./operator/console";
import type { LiveHub } from "./operator/live";

export interface AppDeps {
  config: Config;
  services: Services;
  log: Logger;
  /** Present when Telegram is configured. */
  telegram?: { api: Api; secret: string; operatorChatId?: string | undefined; operatorGroup?: OperatorGroupHandler | undefined };
  /** Present when an SMS provider is configured. */
  sms?: { provider: SmsProvider; publicUrl: string };
  /** The operators' console and API. */
  operator: { accounts: Accounts; cases: CaseService; hub: LiveHub; alerts?: Alerts | undefined };
}

/**
 * The one Hono app, built from its dependencies; the Node and Workers entries only wire those. Any error a
 * route did not handle becomes a clear JSON 500 without details (and is logged without message bodies).
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.get("/healthz", async (c) => {
    try {
      await deps.services.store.ping();
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  app.route("/", webChatRoutes(deps.services));
  const { accounts, cases, hub } = deps.operator;
  const now = deps.services.now;
  app.route("/api/v1", operatorApi({ store: deps.services.store, accounts, cases, hub, log: deps.log, now }));
  app.route("/", consoleRoutes({ accounts, now, secureCookies: (deps.config.PUBLIC_URL ?? "").startsWith("https:") }));
  if (deps.telegram) app.route("/", telegramRoutes({ services: deps.services, log: deps.log, ...deps.telegram }));
  if (deps.sms) app.route("/", smsRoutes({ services: deps.services, log: deps.log, ...deps.sms }));

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((err, c) => {
    deps.log.error("request failed", { path: c.req.path, error: err.message });
    return c.json({ error: "internal error, please retry" }, 500);
  });
  return app;
}
