import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import { streamSSE } from "hono/streaming";
import type { z } from "zod";
import { CATEGORY_IDS } from "../content/categories";
import type { Logger } from "../log";
import { timingSafeEqual } from "../store/crypto";
import type { OperatorRow } from "../store/schema";
import type { Store } from "../store/store";
import { AccountError, publicOperator, roleSchema, type Accounts } from "./accounts";
import { CaseError, closeBodySchema, noteBodySchema, OUTCOMES, previewBodySchema, replyBodySchema, transferBodySchema, type CaseService } from "./cases";
import { markConsoleSeen, queueFingerprint, type LiveHub } from "./live";
import { z as zod } from "zod";

/**
 * The operators' JSON API (`/api/v1`), used by the console and by integrations. Authentication: a
 * per-operator bearer token (`Authorization: Bearer hlo_...`), or the console's session cookie, in which
 * case every state-changing request must carry the session's CSRF token in `X-CSRF-Token`.
 * Errors: 401 no or wrong credentials, 403 an admin-only action, 404 no such case, 409 the case is held by
 * someone else or closed, 400 a body that does not validate (naming the field), 429 too many logins.
 */
export const SESSION_COOKIE = "hl_session";

type Env = { Variables: { operator: OperatorRow; viaSession: boolean } };

export interface ApiDeps {
  store: Store;
  accounts: Accounts;
  cases: CaseService;
  hub: LiveHub;
  log: Logger;
  now(): number;
}

const createOperatorSchema = zod.object({
  name: zod.string(),
  role: roleSchema,
  password: zod.string().optional(),
});

export function operatorApi(d: ApiDeps): Hono<Env> {
  const api = new Hono<Env>();
  api.use("*", bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: "body too large (64 KB at most)" }, 413) }));
  api.use("*", async (c, next) => {
    const auth = c.req.header("authorization");
    let operator: OperatorRow | undefined;
    let viaSession = false;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      operator = m ? await d.accounts.byToken(m[1]!) : undefined;
    } else {
      const sid = getCookie(c, SESSION_COOKIE);
      const s = sid ? await d.accounts.session(sid) : undefined;
      if (s) {
        const method = c.req.method;
        if (method !== "GET" && method !== "HEAD" && !timingSafeEqual(c.req.header("x-csrf-token") ?? "", s.csrfToken)) {
          return c.json({ error: "missing or wrong X-CSRF-Token" }, 403);
        }
        operator = s.operator;
        viaSession = true;
      }
    }
    if (!operator) return c.json({ error: "missing or invalid credentials" }, 401, { "WWW-Authenticate": 'Bearer realm="helpline"' });
    c.set("operator", operator);
    c.set("viaSession", viaSession);
    c.header("Cache-Control", "no-store");
    await next();
  });

  api.onError((err, c) => {
    if (err instanceof CaseError || err instanceof AccountError) return c.json({ error: err.message }, err.status);
    d.log.error("operator api failed", { path: c.req.path, error: err.message });
    return c.json({ error: "internal error, please retry" }, 500);
  });

  api.get("/me", (c) => c.json({ operator: publicOperator(c.var.operator) }));
  api.get("/meta", (c) => c.json({ outcomes: OUTCOMES, categories: CATEGORY_IDS }));

  api.get("/cases", async (c) => {
    if (c.req.query("status") === "closed") return c.json({ cases: await d.cases.recentClosed() });
    return c.json({ cases: await d.cases.queue() });
  });
  api.get("/cases/:id", async (c) => c.json({ case: await d.cases.detail(c.req.param("id")) }));
  api.post("/cases/:id/claim", async (c) => c.json({ case: await d.cases.claim(c.req.param("id"), c.var.operator) }));
  api.post("/cases/:id/release", async (c) => c.json({ case: await d.cases.release(c.req.param("id"), c.var.operator) }));
  api.post("/cases/:id/transfer", async (c) => {
    const body = await parseBody(c, transferBodySchema);
    if ("error" in body) return body.error;
    return c.json({ case: await d.cases.transfer(c.req.param("id"), c.var.operator, body.data.operator_id) });
  });
  api.post("/cases/:id/messages/preview", async (c) => {
    const body = await parseBody(c, previewBodySchema);
    if ("error" in body) return body.error;
    return c.json(await d.cases.preview(c.req.param("id"), body.data.text));
  });
  api.post("/cases/:id/messages", async (c) => {
    const body = await parseBody(c, replyBodySchema);
    if ("error" in body) return body.error;
    return c.json(await d.cases.reply(c.req.param("id"), c.var.operator, body.data.text), 201);
  });
  api.post("/cases/:id/notes", async (c) => {
    const body = await parseBody(c, noteBodySchema);
    if ("error" in body) return body.error;
    return c.json(await d.cases.note(c.req.param("id"), c.var.operator, body.data.text), 201);
  });
  api.post("/cases/:id/close", async (c) => {
    const body = await parseBody(c, closeBodySchema);
    if ("error" in body) return body.error;
    return c.json({ case: await d.cases.close(c.req.param("id"), c.var.operator, body.data.outcome, body.data.category) });
  });
  api.post("/cases/:id/reveal", async (c) => c.json(await d.cases.reveal(c.req.param("id"), c.var.operator)));

  api.get("/operators", async (c) => c.json({ operators: (await d.accounts.list()).filter((o) => !o.disabled).map(publicOperator) }));
  api.post("/operators", async (c) => {
    if (c.var.operator.role !== "admin") return c.json({ error: "only an admin can create operators" }, 403);
    const body = await parseBody(c, createOperatorSchema);
    if ("error" in body) return body.error;
    const { operator, token } = await d.accounts.create({ ...body.data, ...(body.data.password === undefined ? {} : { password: body.data.password }), actor: c.var.operator.id });
    return c.json({ operator: publicOperator(operator), token }, 201);
  });

  /**
   * Server-sent events: `case` when something happened in this process (instant), `changed` when the queue's
   * fingerprint moved (covers other processes and Workers isolates), `ping` every 15 s. Each open stream also
   * keeps the console-presence heartbeat fresh.
   */
  api.get("/stream", (c) =>
    streamSSE(c, async (stream) => {
      let closed = false;
      let wake: (() => void) | null = null;
      const queued: string[] = [];
      const unsubscribe = d.hub.subscribe((e) => {
        queued.push(JSON.stringify(e));
        wake?.();
      });
      stream.onAbort(() => {
        closed = true;
        unsubscribe();
        wake?.();
      });
      try {
        await markConsoleSeen(d.store, d.now());
        let fingerprint = await queueFingerprint(d.store);
        let lastBeat = Date.now();
        await stream.writeSSE({ event: "hello", data: JSON.stringify({ operator: publicOperator(c.var.operator) }) });
        while (!closed) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 3000);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
          if (closed) break;
          while (queued.length) await stream.writeSSE({ event: "case", data: queued.shift()! });
          const next = await queueFingerprint(d.store);
          if (next !== fingerprint) {
            fingerprint = next;
            await stream.writeSSE({ event: "changed", data: next });
          }
          if (Date.now() - lastBeat >= 15_000) {
            lastBeat = Date.now();
            await markConsoleSeen(d.store, d.now());
            await stream.writeSSE({ event: "ping", data: "" });
          }
        }
      } finally {
        unsubscribe();
      }
    }),
  );

  api.notFound((c) => c.json({ error: "not found" }, 404));
  return api;
}

/** JSON body validated by a zod schema; a failure answers 400 naming the first field that is wrong. */
async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<{ data: z.infer<S> } | { error: Response }> {
  let raw: unknown;
  try {
    const text = await c.req.text();
    raw = text.trim() ? JSON.parse(text) : {};
  } catch {
    return { error: c.json({ error: "body must be JSON" }, 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "body";
    return { error: c.json({ error: `${field}: ${issue.message}`, field }, 400) };
  }
  return { data: parsed.data };
}
