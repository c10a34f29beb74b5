import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { escapeHtml, splitMessage } from "../src/bot/telegram/format";
import { telegramSetup } from "../src/bot/telegram/setup";
import { contacts, messages, outbox } from "../src/store/schema";
import { FakeTelegram, tgUpdate } from "./support/fake-telegram";
import { startHarness, TG_SECRET, TG_TOKEN, type Harness } from "./support/harness";

let h: Harness;
let tg: FakeTelegram;
afterEach(async () => {
  await h?.close();
  await tg?.stop();
});

async function setup() {
  tg = await new FakeTelegram(TG_TOKEN).start();
  h = await startHarness({ listen: true, realClock: true, env: { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: tg.url } });
}
function deliver(update: unknown, secret: string | null = TG_SECRET) {
  return fetch(`${h.url}/webhooks/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: typeof update === "string" ? update : JSON.stringify(update),
  });
}
async function flush() {
  await h.dispatcher.kick();
  await h.dispatcher.idle();
}

describe("Telegram webhook", () => {
  it("rejects a request without the right secret token and stores nothing", async () => {
    await setup();
    expect((await deliver(tgUpdate.text(42, "hi"), null)).status).toBe(401);
    expect((await deliver(tgUpdate.text(42, "hi"), "wrong-secret-0000000000")).status).toBe(401);
    expect(await h.store.db.select().from(messages)).toHaveLength(0);
    expect(await h.store.db.select().from(contacts)).toHaveLength(0);
  });

  it("answers malformed and unknown updates clearly, never with a 500", async () => {
    await setup();
    expect((await deliver("{oops")).status).toBe(400);
    const bad = await deliver({ update_id: "x" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("update_id");
    expect((await deliver({ update_id: 7, edited_message: { text: "x" } })).status).toBe(200);
    expect((await deliver(tgUpdate.photo(42))).status).toBe(200);
  });

  it("preselects the language from language_code and sends HTML with an inline keyboard", async () => {
    await setup();
    expect((await deliver(tgUpdate.text(42, "/start", { languageCode: "ru" }))).status).toBe(200);
    await flush();
    const sent = tg.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params.parse_mode).toBe("HTML");
    expect(String(sent[0]!.params.text)).toMatch(/[А-Яа-я]/); // Russian, from language_code
    const kb = (sent[0]!.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard;
    expect(kb.flat().map((b) => b.callback_data)).toContain("origin:KG");
  });

  it("answers callback queries and follows the button", async () => {
    await setup();
    await deliver(tgUpdate.text(42, "/start", { languageCode: "en" }));
    await deliver(tgUpdate.callback(42, "origin:UZ"));
    await flush();
    expect(tg.sent("answerCallbackQuery")).toHaveLength(1);
    const last = tg.sent().at(-1)!;
    expect(JSON.stringify(last.params.reply_markup)).toContain("dest:RU");
  });

  it("the same update_id delivered twice gives one stored message and one reply", async () => {
    await setup();
    const u = tgUpdate.text(42, "/start", { languageCode: "en" });
    await Promise.all([deliver(u), deliver(u)]);
    await deliver(u);
    await flush();
    expect(await h.store.db.select().from(messages).where(eq(messages.direction, "in"))).toHaveLength(1);
    expect(tg.sent()).toHaveLength(1);
  });

  it("retries after 429 retry_after and after a 5xx, sending each message exactly once", async () => {
    await setup();
    tg.failNext("sendMessage", { status: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    tg.failNext("sendMessage", { status: 502, description: "Bad Gateway" });
    await deliver(tgUpdate.text(42, "/start", { languageCode: "en" }));
    await flush();
    expect(tg.sent()).toHaveLength(0);
    const [row] = await h.store.db.select().from(outbox);
    expect(row!.status).toBe("pending");
    expect(row!.nextAttemptAt - Date.now()).toBeGreaterThan(500); // waits retry_after, not less
    for (let i = 0; i < 50 && tg.sent().length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await flush();
    }
    expect(tg.sent()).toHaveLength(1);
    expect(tg.calls.filter((c) => c.method === "sendMessage!failed")).toHaveLength(2);
    const [done] = await h.store.db.select().from(outbox);
    expect(done!.status).toBe("sent");
    expect(done!.attempts).toBe(3);
  });

  it("marks a user who blocked the bot (403) unreachable and stops sending", async () => {
    await setup();
    tg.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });
    await deliver(tgUpdate.text(42, "/start"));
    await flush();
    const [c] = await h.store.db.select().from(contacts);
    expect(c!.reachable).toBe(false);
    const [row] = await h.store.db.select().from(outbox);
    expect(row!.status).toBe("undeliverable");
    // my_chat_member "kicked" also marks it; a new message from the user makes them reachable again.
    await deliver(tgUpdate.blocked(42));
    await deliver(tgUpdate.text(42, "/start"));
    await flush();
    expect((await h.store.db.select().from(contacts))[0]!.reachable).toBe(true);
    expect(tg.sent()).toHaveLength(1);
  });

  it("escapes HTML and splits long texts within 4096 characters", () => {
    expect(escapeHtml("<b>a & b</b>")).toBe("&lt;b&gt;a &amp; b&lt;/b&gt;");
    const long = escapeHtml("word & ".repeat(2000));
    const parts = splitMessage(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(p).not.toMatch(/&[a-z]*$/); // never cut inside an entity
    }
    expect(parts.join(" ").replace(/\s+/g, " ")).toBe(long.trim().replace(/\s+/g, " "));
  });

  it("telegram:setup sets the webhook with the secret and commands in every language", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    h = await startHarness();
    await telegramSetup({ token: TG_TOKEN, webhookSecret: TG_SECRET, apiRoot: tg.url }, "https://helpline.example.org/");
    const hook = tg.sent("setWebhook")[0]!.params;
    expect(hook).toMatchObject({ url: "https://helpline.example.org/webhooks/telegram", secret_token: TG_SECRET, allowed_updates: ["message", "callback_query", "my_chat_member"] });
    const langs = tg.sent("setMyCommands").map((c) => c.params.language_code ?? "default");
    expect(langs).toEqual(expect.arrayContaining(["default", "ru", "uz", "ky", "tg", "kk", "tk", "en"]));
  });
});
