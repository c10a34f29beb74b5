import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { recoverInbound } from "../src/service/conversation";
import { messages, outbox } from "../src/store/schema";
import { FakeTelegram, tgUpdate } from "./support/fake-telegram";
import { startHarness, TG_SECRET, TG_TOKEN, type Harness } from "./support/harness";

let h: Harness | undefined;
let tg: FakeTelegram;
afterEach(async () => {
  await h?.close();
  await tg?.stop();
});

const env = () => ({ TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: tg.url });
const deliver = (u: unknown) =>
  fetch(`${h!.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET }, body: JSON.stringify(u) });

describe("a restart loses nothing and sends nothing twice", () => {
  it("reply committed but not yet sent when the server stops: sent once after restart", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    tg.failNext("sendMessage", { status: 500, description: "Internal Server Error" }, 1);
    h = await startHarness({ listen: true, realClock: true, env: env() });
    const dir = h.dir;
    const update = tgUpdate.text(77, "they took my passport and do not pay, I cannot leave", { languageCode: "en" });
    expect((await deliver(update)).status).toBe(200);
    await h.dispatcher.idle();
    expect(tg.sent()).toHaveLength(0); // the platform failed; the replies wait in the outbox
    const pending = await h.store.db.select().from(outbox).where(eq(outbox.status, "pending"));
    expect(pending.length).toBeGreaterThan(0);
    await h.close({ keepFiles: true }); // "crash"

    h = await startHarness({ listen: true, realClock: true, env: env(), dir });
    expect((await deliver(update)).status).toBe(200); // Telegram redelivers: already processed
    for (let i = 0; i < 60 && tg.sent().length < pending.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await h.dispatcher.kick();
    }
    await h.dispatcher.idle();
    expect(tg.sent()).toHaveLength(pending.length);
    const texts = tg.sent().map((c) => String(c.params.text));
    expect(new Set(texts).size).toBe(texts.length);
    const inbound = await h.store.db.select().from(messages).where(eq(messages.direction, "in"));
    expect(inbound).toHaveLength(1);
    const cases = await h.store.db.query.cases.findMany();
    expect(cases).toHaveLength(1);
  });

  it("message stored but the process died before answering: answered once by the recovery sweep", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    h = await startHarness({ listen: true, realClock: true, env: env() });
    const dir = h.dir;
    // Simulate the crash window: the inbound row exists, no step was committed.
    const hash = await h.services.identityHash("telegram", "88");
    const { conversationId } = await h.store.upsertContact({ channel: "telegram", identityHash: hash, addressEnc: await h.services.encrypt("88"), addressMask: "Telegram ***88", now: Date.now() });
    await h.store.recordInbound({ conversationId, channel: "telegram", externalId: "900001", text: "/start", now: Date.now() });
    await h.close({ keepFiles: true });

    h = await startHarness({ listen: true, realClock: true, env: env(), dir });
    expect(await recoverInbound(h.services, 0)).toBe(1);
    expect(await recoverInbound(h.services, 0)).toBe(0);
    // Telegram redelivers the same update (it never got a 200): not answered again.
    await deliver(tgUpdate.text(88, "/start", { updateId: 900001 }));
    await h.dispatcher.kick();
    await h.dispatcher.idle();
    expect(tg.sent()).toHaveLength(1);
  });
});
