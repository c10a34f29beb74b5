import { Hono } from "hono";
import { z } from "zod";
import { isLang } from "../../content/languages";
import { handleInbound, type Services } from "../../service/conversation";
import { chatPage } from "./page";

/**
 * The built-in web chat: the embedded default channel, stored like any other. The browser keeps a random
 * session id; replies are pulled from the outbox (the same rows every channel uses), so operator answers
 * arrive by the next poll.
 */
const sessionSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "a random id of 16-64 characters");
const postSchema = z
  .object({
    session: sessionSchema,
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "a client message id"),
    text: z.string().max(20_000).optional(),
    option: z.string().max(64).optional(),
    lang: z.string().max(35).optional(),
    after: z.number().int().min(0).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.option === undefined), { message: "exactly one of text or option", path: ["text"] });

const MAX_BODY = 64 * 1024;

export function webChatRoutes(svc: Services): Hono {
  const app = new Hono();

  app.get("/", (c) => {
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
    return c.html(chatPage());
  });

  // Browsers ask for it; an empty answer keeps the logs free of 404s (and shows no tell-tale icon in tabs).
  app.get("/favicon.ico", (c) => c.body(null, 204));

  app.post("/chat/api/messages", async (c) => {
    const length = Number(c.req.header("content-length") ?? 0);
    if (length > MAX_BODY) return c.json({ error: "message too large" }, 413);
    const raw = await c.req.text();
    if (raw.length > MAX_BODY) return c.json({ error: "message too large" }, 413);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return c.json({ error: "body must be JSON" }, 400);
    }
    const parsed = postSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json({ error: `${issue.path.join(".") || "body"}: ${issue.message}` }, 400);
    }
    const b = parsed.data;
    const hint = b.lang?.slice(0, 2).toLowerCase();
    const { conversationId } = await handleInbound(svc, {
      channel: "web",
      identity: b.session,
      address: null,
      mask: `web ${b.session.slice(0, 4)}…`,
      externalId: `${b.session}:${b.id}`,
      input: b.option !== undefined ? { kind: "option", id: b.option } : { kind: "text", text: b.text ?? "" },
      ...(isLang(hint) ? { langHint: hint } : {}),
    });
    const messages = await svc.store.takePulled(conversationId, b.after ?? 0, svc.now());
    return c.json({ messages: messages.map(view) });
  });

  app.get("/chat/api/messages", async (c) => {
    const session = sessionSchema.safeParse(c.req.query("session"));
    const after = Number(c.req.query("after") ?? 0);
    if (!session.success || !Number.isInteger(after) || after < 0) return c.json({ error: "session and after are required" }, 400);
    const hash = await svc.identityHash("web", session.data);
    const conversationId = await svc.store.conversationOf("web", hash);
    if (!conversationId) return c.json({ messages: [] });
    const messages = await svc.store.takePulled(conversationId, after, svc.now());
    return c.json({ messages: messages.map(view) });
  });

  return app;
}

function view(m: { id: number; payload: { text: string; options?: { id: string; label: string }[]; author: string; lang?: string } }) {
  // The language lets the page put its own few words (title, Send, Exit) in the user's language.
  return { id: m.id, text: m.payload.text, options: m.payload.options ?? [], author: m.payload.author, ...(m.payload.lang ? { lang: m.payload.lang } : {}) };
}
