import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { randomToken, timingSafeEqual } from "../store/crypto";
import { AccountError, SESSION_MS, type Accounts } from "./accounts";
import { SESSION_COOKIE } from "./api";
import { CONSOLE_CSS, CONSOLE_JS } from "./console-assets";

/**
 * The operators' web console under /operator: login, the one-time first-admin setup, and the single-page
 * console (static HTML + /operator/console.js, which talks to /api/v1 with the session cookie and its CSRF
 * token). Cookies are HttpOnly and SameSite=Strict (Secure over https); the login and setup forms carry a
 * double-submit token; a strict Content-Security-Policy allows only our own script.
 */
const LOGIN_CSRF = "hl_form";
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title><link rel="stylesheet" href="/operator/console.css"></head><body>${body}</body></html>`;
}

export function consoleRoutes(d: { accounts: Accounts; now(): number; secureCookies: boolean }): Hono {
  const app = new Hono();
  app.use("/operator/*", bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text("Request too large", 413) }));
  app.use("/operator*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cache-Control", "no-store");
  });

  const formToken = (c: Context): string => {
    const t = randomToken(18);
    setCookie(c, LOGIN_CSRF, t, { httpOnly: true, sameSite: "Strict", secure: d.secureCookies, path: "/operator", maxAge: 3600 });
    return t;
  };
  const formTokenOk = (c: Context, given: unknown): boolean => {
    const cookie = getCookie(c, LOGIN_CSRF) ?? "";
    return typeof given === "string" && cookie.length > 0 && timingSafeEqual(given, cookie);
  };
  const startSession = (c: Context, sessionId: string) =>
    setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: "Strict", secure: d.secureCookies, path: "/", maxAge: Math.floor(SESSION_MS / 1000) });

  const loginPage = (c: Context, message = "", status: 200 | 400 | 401 | 403 | 429 = 200) =>
    c.html(
      page(
        "Operator login",
        `<main class="narrow"><h1>Helpline operators</h1>${message ? `<p class="error" role="alert">${esc(message)}</p>` : ""}
<form method="post" action="/operator/login"><input type="hidden" name="csrf" value="${formToken(c)}">
<label>Name <input name="name" autocomplete="username" required maxlength="40"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required maxlength="200"></label>
<button type="submit">Log in</button></form></main>`,
      ),
      status,
    );

  app.get("/operator/console.js", (c) => c.body(CONSOLE_JS, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/operator/console.css", (c) => c.body(CONSOLE_CSS, 200, { "Content-Type": "text/css; charset=utf-8" }));

  app.get("/operator/login", (c) => loginPage(c));
  app.post("/operator/login", async (c) => {
    const form = await c.req.parseBody();
    if (!formTokenOk(c, form.csrf)) return loginPage(c, "The form expired. Please try again.", 403);
    const name = typeof form.name === "string" ? form.name.slice(0, 40) : "";
    const password = typeof form.password === "string" ? form.password.slice(0, 200) : "";
    const client = c.req.header("cf-connecting-ip") ?? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? "direct";
    try {
      const { sessionId } = await d.accounts.login(name, password, client);
      startSession(c, sessionId);
      deleteCookie(c, LOGIN_CSRF, { path: "/operator" });
      return c.redirect("/operator", 303);
    } catch (error) {
      if (error instanceof AccountError && error.status === 429) {
        c.header("Retry-After", String(error.retryAfterSec ?? 60));
        return loginPage(c, `Too many failed attempts. Wait ${error.retryAfterSec ?? 60} seconds.`, 429);
      }
      if (error instanceof AccountError) return loginPage(c, "Wrong name or password.", 401);
      throw error;
    }
  });

  app.post("/operator/logout", async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    const form = await c.req.parseBody();
    const s = sid ? await d.accounts.session(sid) : undefined;
    if (s && typeof form.csrf === "string" && timingSafeEqual(form.csrf, s.csrfToken)) await d.accounts.logout(sid!);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/operator/login", 303);
  });

  app.get("/operator/setup", async (c) => {
    const token = c.req.query("token") ?? "";
    if (!(await d.accounts.setupTokenValid(token))) return c.html(page("Setup", `<main class="narrow"><h1>Setup link not valid</h1><p>It was used, expired, or an operator already exists. Ask an admin, or run <code>npm run operator -- add</code>.</p></main>`), 403);
    return c.html(
      page(
        "First admin",
        `<main class="narrow"><h1>Create the first admin</h1><p>This link works once. Choose a name and a password of at least 12 characters.</p>
<form method="post" action="/operator/setup"><input type="hidden" name="csrf" value="${formToken(c)}"><input type="hidden" name="token" value="${esc(token)}">
<label>Name <input name="name" required maxlength="40" autocomplete="username"></label>
<label>Password <input name="password" type="password" required minlength="12" maxlength="200" autocomplete="new-password"></label>
<button type="submit">Create admin</button></form></main>`,
      ),
    );
  });
  app.post("/operator/setup", async (c) => {
    const form = await c.req.parseBody();
    if (!formTokenOk(c, form.csrf)) return c.html(page("Setup", `<main class="narrow"><p class="error">The form expired. Open the setup link again.</p></main>`), 403);
    const str = (v: unknown) => (typeof v === "string" ? v : "");
    try {
      const { operator, token } = await d.accounts.completeSetup(str(form.token), str(form.name), str(form.password));
      const { sessionId } = await d.accounts.login(operator.name, str(form.password), "setup");
      startSession(c, sessionId);
      return c.html(
        page(
          "Admin created",
          `<main class="narrow"><h1>Welcome, ${esc(operator.name)}</h1><p>Your API token, shown only now (for integrations; keep it secret):</p>
<pre class="token">${esc(token)}</pre><p><a href="/operator">Open the console</a></p></main>`,
        ),
      );
    } catch (error) {
      if (error instanceof AccountError) return c.html(page("Setup", `<main class="narrow"><p class="error">${esc(error.message)}</p><p><a href="/operator/setup?token=${encodeURIComponent(str(form.token))}">Back</a></p></main>`), error.status === 429 ? 429 : 400);
      throw error;
    }
  });

  app.get("/operator", async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    const s = sid ? await d.accounts.session(sid) : undefined;
    if (!s) return c.redirect("/operator/login", 303);
    return c.html(
      page(
        "Helpline console",
        `<div id="app" data-csrf="${esc(s.csrfToken)}" data-name="${esc(s.operator.name)}" data-role="${s.operator.role}" data-id="${esc(s.operator.id)}">
<header><strong>Helpline console</strong><span id="conn" class="conn">connecting…</span><span id="alert" class="alert" hidden></span>
<span class="who">${esc(s.operator.name)} (${s.operator.role})</span><button id="sound" type="button">Sound: off</button>
<form method="post" action="/operator/logout" class="inline"><input type="hidden" name="csrf" value="${esc(s.csrfToken)}"><button type="submit">Log out</button></form></header>
<main class="console"><section class="queue"><h2>Queue <span id="count"></span></h2><ol id="queue"></ol><h3>Recently closed</h3><ol id="closed"></ol></section>
<section id="case" class="case"><p class="muted">Choose a case from the queue.</p></section></main></div>
<script src="/operator/console.js"></script>`,
      ),
    );
  });
  return app;
}
