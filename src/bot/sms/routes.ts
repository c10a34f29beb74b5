import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { smsKeyword } from "../../content/commands";
import type { Logger } from "../../log";
import { handleInbound, handleOptOut, type Services } from "../../service/conversation";
import { maskPhone } from "../../store/crypto";
import { outbox } from "../../store/schema";
import { statusRank, type SmsProvider } from "./provider";

const MAX_BODY = 64 * 1024;

export interface SmsRouteDeps {
  services: Services;
  provider: SmsProvider;
  /** PUBLIC_URL without a trailing slash: the provider signs the URL it called, which is ours as seen from outside. */
  publicUrl: string;
  log: Logger;
}

type Parsed = { ok: true; params: Record<string, string> } | { ok: false; response: Response };

async function readSignedForm(c: { req: { header(n: string): string | undefined; text(): Promise<string>; url: string } }, deps: SmsRouteDeps, path: string): Promise<Parsed> {
  const deny = (status: number, error: string) => ({ ok: false as const, response: Response.json({ error }, { status }) });
  if (Number(c.req.header("content-length") ?? 0) > MAX_BODY) return deny(413, "request too large");
  const raw = await c.req.text();
  if (raw.length > MAX_BODY) return deny(413, "request too large");
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) params[k] = v;
  const query = new URL(c.req.url).search;
  const ok = await deps.provider.verify(`${deps.publicUrl}${path}${query}`, params, (n) => c.req.header(n));
  if (!ok) return deny(403, "bad or missing signature");
  return { ok: true, params };
}

/**
 * SMS webhooks. Inbound messages are verified, stored, answered through the outbox (so every reply has a
 * provider id, a delivery status and retries), and the webhook itself returns the provider's empty reply.
 */
export function smsRoutes(deps: SmsRouteDeps): Hono {
  const app = new Hono();
  const { services, provider } = deps;

  app.post("/webhooks/sms", async (c) => {
    const form = await readSignedForm(c, deps, "/webhooks/sms");
    if (!form.ok) return form.response;
    const inbound = provider.parseInbound(form.params);
    if (!inbound) return c.json({ error: "missing MessageSid, From or Body" }, 400);
    const base = { channel: "sms" as const, identity: inbound.from, address: inbound.from, mask: maskPhone(inbound.from), externalId: inbound.id };
    const keyword = smsKeyword(inbound.body);
    if (keyword) await handleOptOut(services, { ...base, text: inbound.body }, keyword === "stop");
    else await handleInbound(services, { ...base, input: { kind: "text", text: inbound.body } });
    return c.body(provider.webhookReply.body, 200, { "content-type": provider.webhookReply.contentType });
  });

  app.post("/webhooks/sms/status", async (c) => {
    const form = await readSignedForm(c, deps, "/webhooks/sms/status");
    if (!form.ok) return form.response;
    const status = provider.parseStatus(form.params);
    if (!status) return c.json({ error: "missing MessageSid or MessageStatus" }, 400);
    const db = services.store.db;
    const row = await db.select().from(outbox).where(eq(outbox.providerMessageId, status.providerMessageId)).get();
    if (!row) return c.json({ ok: true, unknown: true });
    // Callbacks can arrive out of order: only move forward ("sent" after "delivered" is ignored).
    if (statusRank(status.status) > statusRank(row.providerStatus)) {
      const delivered = status.status === "delivered" || status.status === "read";
      const failed = status.status === "failed" || status.status === "undelivered";
      await db
        .update(outbox)
        .set({
          providerStatus: status.status,
          ...(delivered ? { status: "delivered" as const } : {}),
          ...(failed ? { status: "undeliverable" as const, lastError: `provider ${status.status} ${status.errorCode ?? ""}`.trim() } : {}),
        })
        .where(and(eq(outbox.id, row.id)));
      if (failed) await services.store.logEvent({ type: "sms_undelivered", actor: "provider", conversationId: row.conversationId, now: services.now(), data: { outboxId: row.id, errorCode: status.errorCode ?? null } });
    }
    return c.json({ ok: true });
  });

  return app;
}
