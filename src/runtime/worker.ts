// Cloudflare Workers entry: the same Hono app over D1. Nothing here or below may import node:* modules.
import { parseEnv, ConfigError } from "../config";
import { createLogger } from "../log";
import { recoverInbound } from "../service/conversation";
import { openD1 } from "../store/d1";
import { wire, type Wired } from "./wire";

interface WorkerEnv {
  DB: Parameters<typeof openD1>[0];
  [key: string]: unknown;
}
interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}

/** One wiring per isolate: config is read once, the D1 binding is reused across requests. */
let cached: Promise<Wired> | null = null;
function wired(env: WorkerEnv): Promise<Wired> {
  cached ??= (async () => {
    const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === "string")) as Record<string, string>;
    const config = parseEnv(strings);
    if (!config.SECRET_KEY) throw new ConfigError("Invalid configuration: SECRET_KEY must be set on Workers (wrangler secret put SECRET_KEY)");
    const w = await wire({ config, database: openD1(env.DB), secretKey: config.SECRET_KEY, log: createLogger(config.LOG_LEVEL) });
    // No operator yet: a one-time first-admin link, printed to the Workers log (`wrangler tail`), never a default password.
    const token = await w.operator.accounts.createSetupToken();
    if (token) console.log(`No operator account yet. Create the first admin (link works once, for 24 hours): ${(config.PUBLIC_URL ?? "https://<your worker>").replace(/\/+$/, "")}/operator/setup?token=${token}`);
    return w;
  })().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContextLike): Promise<Response> {
    let w: Wired;
    try {
      w = await wired(env);
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : "service is starting, please retry";
      return Response.json({ error: message }, { status: 503 });
    }
    const response = await w.app.fetch(request);
    // Replies committed by this request are sent after the response, within the same invocation.
    ctx.waitUntil(w.settle());
    return response;
  },

  /** Cron trigger (every minute): send due outbox rows and answer anything a failure left unanswered. */
  async scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContextLike): Promise<void> {
    const w = await wired(env);
    ctx.waitUntil(
      (async () => {
        await recoverInbound(w.services);
        await w.dispatcher.kick();
        await w.operator.alerts.sweep();
        // Once an hour (the cron runs every minute): retention.
        if (new Date().getUTCMinutes() === 0) await w.store.purgeOlderThan(Date.now() - w.config.RETENTION_DAYS * 86_400_000);
      })(),
    );
  },
};
