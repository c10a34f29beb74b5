import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram, tgUpdate } from "./support/fake-telegram";
import { startHarness, TG_SECRET, TG_TOKEN, type Harness } from "./support/harness";

/**
 * End to end in real Chromium (Debian's, driven by playwright-core): an operator logs in, an urgent case
 * arrives live from a simulated Telegram message, the operator claims it, replies, sees the reply reach the
 * local fake Telegram Bot API, and closes it with an outcome. SCREENSHOT=docs/console.png saves the picture
 * used in the README.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let browser: Browser;
let h: Harness;
let tg: FakeTelegram;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  tg = await new FakeTelegram(TG_TOKEN).start();
  h = await startHarness({ listen: true, realClock: true, env: { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: tg.url } });
  await h.operator.accounts.create({ name: "Aigul", role: "operator", password: "a long console password", actor: "test" });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await tg?.stop();
});

const deliver = (update: unknown) =>
  fetch(`${h.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET }, body: JSON.stringify(update) });

describe("operator console in Chromium", () => {
  it("log in, see an urgent case arrive live, claim, reply through Telegram, close with an outcome", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${h.url}/operator`);
    await expect.poll(() => page.url()).toContain("/operator/login");
    await page.fill('input[name="name"]', "Aigul");
    await page.fill('input[name="password"]', "wrong password here");
    await page.click('button[type="submit"]');
    await page.getByText("Wrong name or password.").waitFor();
    await page.fill('input[name="name"]', "Aigul");
    await page.fill('input[name="password"]', "a long console password");
    await page.click('button[type="submit"]');
    await page.locator("#conn.live").waitFor({ timeout: 10_000 });
    await page.getByText("No open cases.").waitFor();

    // A user in Russia writes on Telegram; nobody reloads the page.
    const user = 424242;
    await deliver(tgUpdate.text(user, "/start", { languageCode: "ru" }));
    for (const d of ["origin:TJ", "dest:RU", "abroad:yes"]) await deliver(tgUpdate.callback(user, d));
    await deliver(tgUpdate.text(user, "помогите нас заперли на складе, паспорта забрали, бьют"));
    const item = page.locator('.case-item[data-urgency="urgent"]');
    await item.waitFor({ timeout: 10_000 });
    await page.locator("#alert.urgent").waitFor(); // the visible signal
    expect(await page.title()).toMatch(/urgent/);
    await item.click();
    await page.locator("#claim").waitFor();
    await expect.poll(() => page.locator(".why").textContent()).toMatch(/confinement/);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });

    await page.click("#claim");
    await page.getByText("held by Aigul").first().waitFor();
    await page.fill("#reply-text", "Здравствуйте, я с горячей линии. Где вы сейчас?");
    await page.click("#send");
    await page.locator('.msg[data-author="operator"]').waitFor();
    await expect
      .poll(() => tg.sent().some((s) => String(s.params.chat_id) === String(user) && String(s.params.text).includes("Где вы сейчас?")), { timeout: 10_000 })
      .toBe(true);


    // The user answers; it appears in the open case without reloading.
    await deliver(tgUpdate.text(user, "в Люберцах, склад у рынка"));
    await page.getByText("в Люберцах, склад у рынка").waitFor({ timeout: 10_000 });

    await page.selectOption("#outcome", "referred_police");
    await page.selectOption("#category", "trafficking_case");
    await page.click("#close");
    await page.locator(".case-head .status", { hasText: "closed: referred_police" }).waitFor();
    await page.getByText("No open cases.").waitFor();
    const [c] = await h.store.db.query.cases.findMany();
    expect(c).toMatchObject({ status: "closed", outcome: "referred_police", category: "trafficking_case" });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
