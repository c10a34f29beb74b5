import { spawnSync } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { cases, contacts, events, messages, operatorSessions } from "../src/store/schema";
import { FakeTelegram, tgUpdate } from "./support/fake-telegram";
import { startHarness, TG_SECRET, TG_TOKEN, TW_SID, TW_TOKEN, type Harness } from "./support/harness";

/**
 * The operators' queue and JSON API over real HTTP: queue order, claiming races, replies through the
 * user's channel (a local fake Telegram Bot API), notes, closing, reopening, permissions, the console's
 * login/CSRF rules, live events, alerts and the Telegram operators' group.
 */
const GROUP = "-1001234567890";
let h: Harness;
let tg: FakeTelegram;
afterEach(async () => {
  await h?.close();
  await tg?.stop();
});

async function setup(env: Record<string, string> = {}) {
  tg = await new FakeTelegram(TG_TOKEN).start();
  h = await startHarness({ listen: true, realClock: true, env: { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: tg.url, ...env } });
  const admin = await h.operator.accounts.create({ name: "Aigul", role: "admin", password: "correct horse battery", actor: "test" });
  const op1 = await h.operator.accounts.create({ name: "Bakyt", role: "operator", password: "another long password", actor: "test" });
  const op2 = await h.operator.accounts.create({ name: "Dilnoza", role: "operator", password: "yet another password", actor: "test" });
  return { admin, op1, op2 };
}
function deliver(update: unknown) {
  return fetch(`${h.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET }, body: JSON.stringify(update) });
}
async function settle() {
  await h.dispatcher.kick();
  await h.settle();
}
function call(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${h.url}/api/v1${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}
/** A user on Telegram who went through onboarding in Russian (from Kyrgyzstan, in Russia now). */
async function onboard(userId: number) {
  await deliver(tgUpdate.text(userId, "/start", { languageCode: "ru" }));
  for (const d of ["origin:KG", "dest:RU", "abroad:yes"]) await deliver(tgUpdate.callback(userId, d));
}
async function caseOf(userId: number) {
  const hash = await h.services.identityHash("telegram", String(userId));
  const [c] = await h.store.db.select({ c: cases }).from(cases).innerJoin(contacts, eq(contacts.id, cases.contactId)).where(eq(contacts.identityHash, hash));
  return c!.c;
}

describe("queue", () => {
  it("orders open cases by urgency, then by waiting time, and shows the waiting time", async () => {
    const { op1 } = await setup();
    await onboard(1);
    await deliver(tgUpdate.text(1, "hello, I want to talk to someone")); // no escalation
    await deliver(tgUpdate.callback(1, "m:person"));
    await deliver(tgUpdate.callback(1, "person:yes")); // normal, first
    await onboard(2);
    await deliver(tgUpdate.text(2, "работодатель забрал паспорт и не отдаёт")); // high
    await onboard(3);
    await deliver(tgUpdate.text(3, "помогите нас заперли на складе и бьют")); // urgent, last
    await settle();
    const res = await call("GET", "/cases", op1.token);
    expect(res.status).toBe(200);
    const { cases: q } = (await res.json()) as { cases: { urgency: string; waiting_seconds: number; ref: string; user: string; reason: { indicators: string[] } }[] };
    expect(q.map((c) => c.urgency)).toEqual(["urgent", "high", "normal"]);
    expect(q.every((c) => typeof c.waiting_seconds === "number" && c.waiting_seconds >= 0)).toBe(true);
    expect(q[0]!.user).toMatch(/^Telegram \*\*\*\d{1,2}$/); // masked, never the id
    expect(q[0]!.reason.indicators).toContain("confinement");
    // Same urgency: the one waiting longer comes first.
    await h.store.db.update(cases).set({ urgency: "urgent", queuedAt: Date.now() - 60 * 60_000 }).where(eq(cases.id, (await caseOf(2)).id));
    const again = (await (await call("GET", "/cases", op1.token)).json()) as { cases: { ref: string; waiting_seconds: number }[] };
    expect(again.cases[0]!.ref).toBe((await caseOf(2)).ref);
    expect(again.cases[0]!.waiting_seconds).toBeGreaterThanOrEqual(3600);
  });

  it("while a case is open the user's messages go to the operator and the bot stays quiet; MENU still works", async () => {
    const { op1 } = await setup();
    await onboard(5);
    await deliver(tgUpdate.text(5, "хозяин отобрал паспорт, денег не платит, уйти не могу"));
    await settle();
    const sentBefore = tg.sent().length;
    await deliver(tgUpdate.text(5, "я на стройке в Подольске"));
    await deliver(tgUpdate.text(5, "ещё двое со мной"));
    await settle();
    expect(tg.sent().length).toBeLessThanOrEqual(sentBefore + 1); // one acknowledgement at most
    const c = await caseOf(5);
    const detail = (await (await call("GET", `/cases/${c.id}`, op1.token)).json()) as { case: { transcript: { direction: string; text: string }[] } };
    expect(detail.case.transcript.filter((m) => m.direction === "in").map((m) => m.text)).toEqual(expect.arrayContaining(["я на стройке в Подольске", "ещё двое со мной"]));
    await deliver(tgUpdate.text(5, "меню"));
    await settle();
    expect(JSON.stringify(tg.sent().at(-1)!.params.reply_markup)).toContain("m:job");
  });
});

describe("claiming, replying, closing", () => {
  it("two operators claim at once: exactly one wins, the other gets 409 naming the holder", async () => {
    const { op1, op2 } = await setup();
    await onboard(7);
    await deliver(tgUpdate.text(7, "they locked us in, help"));
    await settle();
    const c = await caseOf(7);
    const [a, b] = await Promise.all([call("POST", `/cases/${c.id}/claim`, op1.token), call("POST", `/cases/${c.id}/claim`, op2.token)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(((await loser.json()) as { error: string }).error).toMatch(/held by (Bakyt|Dilnoza)/);
    const holder = (await caseOf(7)).assignedOperatorId;
    expect([op1.operator.id, op2.operator.id]).toContain(holder);
    // Claiming again is idempotent for the holder.
    const mine = holder === op1.operator.id ? op1 : op2;
    expect((await call("POST", `/cases/${c.id}/claim`, mine.token)).status).toBe(200);
  });

  it("reply reaches the user's Telegram through the outbox; notes stay internal; close tells the user", async () => {
    const { op1, op2 } = await setup();
    await onboard(9);
    await deliver(tgUpdate.text(9, "работодатель забрал паспорт"));
    await settle();
    const c = await caseOf(9);
    expect((await call("POST", `/cases/${c.id}/claim`, op1.token)).status).toBe(200);
    // Someone else may not act on it.
    expect((await call("POST", `/cases/${c.id}/messages`, op2.token, { text: "hi" })).status).toBe(409);
    expect((await call("POST", `/cases/${c.id}/notes`, op2.token, { text: "x" })).status).toBe(409);
    expect((await call("POST", `/cases/${c.id}/close`, op2.token, { outcome: "not_a_case", category: "greeting_other" })).status).toBe(409);
    const r = await call("POST", `/cases/${c.id}/messages`, op1.token, { text: "Здравствуйте, я сотрудник горячей линии. Вы в безопасности? <b>" });
    expect(r.status).toBe(201);
    await settle();
    const sent = tg.sent().at(-1)!;
    expect(String(sent.params.chat_id)).toBe("9");
    expect(String(sent.params.text)).toContain("Вы в безопасности? &lt;b&gt;");
    expect((await call("POST", `/cases/${c.id}/notes`, op1.token, { text: "Called the consulate" })).status).toBe(201);
    const sentCount = tg.sent().length;
    await settle();
    expect(tg.sent().length).toBe(sentCount); // a note is not sent
    // Validation names the field.
    const bad = await call("POST", `/cases/${c.id}/close`, op1.token, { outcome: "resolved", category: "trafficking_case" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe("outcome");
    expect((await call("POST", `/cases/${c.id}/messages`, op1.token, { text: "   " })).status).toBe(400);
    expect((await call("POST", `/cases/${c.id}/messages`, op1.token, "{not json")).status).toBe(400);
    const closed = await call("POST", `/cases/${c.id}/close`, op1.token, { outcome: "referred_embassy", category: "trafficking_case" });
    expect(closed.status).toBe(200);
    await settle();
    expect(String(tg.sent().at(-1)!.params.text)).toMatch(/[А-Яа-я]/); // told in Russian that it ended
    const detail = (await (await call("GET", `/cases/${c.id}`, op1.token)).json()) as { case: { status: string; outcome: string; notes: { text: string }[]; transcript: { author: string; operator: string | null }[] } };
    expect(detail.case).toMatchObject({ status: "closed", outcome: "referred_embassy" });
    expect(detail.case.notes.map((n) => n.text)).toEqual(["Called the consulate"]);
    expect(detail.case.transcript.some((m) => m.author === "operator" && m.operator === "Bakyt")).toBe(true);
    // Every operator action is in the event log, with who did it.
    const log = await h.store.db.select().from(events).where(eq(events.caseId, c.id));
    const byOp = log.filter((e) => e.actor === op1.operator.id).map((e) => e.type);
    expect(byOp).toEqual(expect.arrayContaining(["case_claimed", "case_reply", "case_note", "case_closed"]));
    expect(JSON.stringify(log)).not.toContain("безопасности"); // no bodies in the log
    // A user writing again within CASE_REOPEN_DAYS reopens the case, back in the queue, unclaimed.
    await deliver(tgUpdate.text(9, "они снова угрожают"));
    await settle();
    const reopened = await caseOf(9);
    expect(reopened).toMatchObject({ status: "open", assignedOperatorId: null });
    expect(((await (await call("GET", "/cases", op1.token)).json()) as { cases: { id: string }[] }).cases.map((x) => x.id)).toContain(c.id);
  });

  it("release and transfer: the holder or an admin; the target must exist", async () => {
    const { admin, op1, op2 } = await setup();
    await onboard(11);
    await deliver(tgUpdate.text(11, "boss took my passport"));
    await settle();
    const c = await caseOf(11);
    await call("POST", `/cases/${c.id}/claim`, op1.token);
    expect((await call("POST", `/cases/${c.id}/release`, op2.token)).status).toBe(409);
    expect((await call("POST", `/cases/${c.id}/transfer`, op1.token, { operator_id: "nobody" })).status).toBe(404);
    expect((await call("POST", `/cases/${c.id}/transfer`, op1.token, {})).status).toBe(400);
    expect((await call("POST", `/cases/${c.id}/transfer`, op1.token, { operator_id: op2.operator.id })).status).toBe(200);
    expect((await caseOf(11)).assignedOperatorId).toBe(op2.operator.id);
    expect((await call("POST", `/cases/${c.id}/release`, admin.token)).status).toBe(200);
    expect((await caseOf(11)).assignedOperatorId).toBeNull();
  });
});

describe("permissions", () => {
  it("no token or a wrong one is 401; an operator cannot reach admin actions; revealing is logged", async () => {
    const { admin, op1 } = await setup();
    await onboard(13);
    await deliver(tgUpdate.text(13, "меня бьют и не выпускают"));
    await settle();
    const c = await caseOf(13);
    expect((await call("GET", "/cases")).status).toBe(401);
    expect((await call("GET", "/cases", "hlo_wrongwrongwrongwrongwrong")).status).toBe(401);
    expect((await call("GET", "/cases", undefined, undefined, { authorization: "Basic abc" })).status).toBe(401);
    expect((await call("POST", `/cases/${c.id}/claim`)).status).toBe(401);
    expect((await call("POST", `/cases/${c.id}/reveal`, op1.token)).status).toBe(403);
    expect((await call("POST", "/operators", op1.token, { name: "Evil", role: "admin", password: "password password" })).status).toBe(403);
    const reveal = await call("POST", `/cases/${c.id}/reveal`, admin.token);
    expect(reveal.status).toBe(200);
    expect(await reveal.json()).toEqual({ channel: "telegram", address: "13" });
    const logged = await h.store.db.select().from(events).where(and(eq(events.type, "identity_revealed"), eq(events.actor, admin.operator.id)));
    expect(logged).toHaveLength(1);
    // A disabled operator's token stops working.
    await h.operator.accounts.setDisabled(op1.operator.id, true, "test");
    expect((await call("GET", "/cases", op1.token)).status).toBe(401);
    expect((await call("GET", "/cases/does-not-exist", admin.token)).status).toBe(404);
  });

  it("console: login sets an HttpOnly SameSite cookie; API calls by cookie need the CSRF token; failed logins slow down", async () => {
    await setup();
    const form = await fetch(`${h.url}/operator/login`);
    const formCookie = form.headers.get("set-cookie")!.split(";")[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const login = (password: string, cookie = formCookie, token = csrf) =>
      fetch(`${h.url}/operator/login`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: new URLSearchParams({ csrf: token, name: "Bakyt", password }).toString() });
    expect((await login("another long password", formCookie, "forged")).status).toBe(403);
    const ok = await login("another long password");
    expect(ok.status).toBe(303);
    const setCookie = ok.headers.getSetCookie().find((c) => c.startsWith("hl_session="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const session = setCookie.split(";")[0]!;
    const consolePage = await (await fetch(`${h.url}/operator`, { headers: { cookie: session } })).text();
    const sessionCsrf = /data-csrf="([^"]+)"/.exec(consolePage)![1]!;
    expect((await call("GET", "/cases", undefined, undefined, { cookie: session })).status).toBe(200);
    await onboard(15);
    await deliver(tgUpdate.text(15, "they keep my passport"));
    await settle();
    const c = await caseOf(15);
    expect((await call("POST", `/cases/${c.id}/claim`, undefined, {}, { cookie: session })).status).toBe(403);
    expect((await call("POST", `/cases/${c.id}/claim`, undefined, {}, { cookie: session, "x-csrf-token": sessionCsrf })).status).toBe(200);
    expect(await h.store.db.select().from(operatorSessions)).toHaveLength(1);
    // Wrong passwords: a few are answered at once, then the name is locked for a growing time.
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login("wrong password!!")).status);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.at(-1)).toBe(429);
    expect((await login("another long password")).status).toBe(429); // even the right one waits
    expect((await fetch(`${h.url}/operator`, { redirect: "manual" })).status).toBe(303); // no session: to login
  });

  it("first start: a one-time setup link creates the first admin, then stops working", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    h = await startHarness({ listen: true, realClock: true });
    const token = (await h.operator.accounts.createSetupToken())!;
    const page = await fetch(`${h.url}/operator/setup?token=${token}`);
    expect(page.status).toBe(200);
    const cookie = page.headers.get("set-cookie")!.split(";")[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const post = (password: string) =>
      fetch(`${h.url}/operator/setup`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: new URLSearchParams({ csrf, token, name: "Admin", password }).toString() });
    expect((await post("short")).status).toBe(400);
    const done = await post("a long enough password");
    expect(done.status).toBe(200);
    expect(await done.text()).toMatch(/hlo_[A-Za-z0-9_-]{20,}/); // the API token, once
    expect((await h.operator.accounts.byName("Admin"))?.role).toBe("admin");
    expect((await fetch(`${h.url}/operator/setup?token=${token}`)).status).toBe(403);
    expect(await h.operator.accounts.createSetupToken()).toBeUndefined();
  });

  it("npm run operator -- add prints the API token once, and it works", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    h = await startHarness({ listen: true, realClock: true });
    const run = spawnSync("npx", ["tsx", "scripts/operator.ts", "add", "--name", "Nodira", "--role", "operator"], { env: { ...process.env, DATABASE_PATH: h.dbPath }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const token = /(hlo_[A-Za-z0-9_-]+)/.exec(run.stdout)![1]!;
    expect((await call("GET", "/me", token)).status).toBe(200);
    const dup = spawnSync("npx", ["tsx", "scripts/operator.ts", "add", "--name", "Nodira", "--role", "operator"], { env: { ...process.env, DATABASE_PATH: h.dbPath }, encoding: "utf8" });
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/exists/);
    const badRole = spawnSync("npx", ["tsx", "scripts/operator.ts", "add", "--name", "X1", "--role", "boss"], { env: { ...process.env, DATABASE_PATH: h.dbPath }, encoding: "utf8" });
    expect(badRole.status).toBe(1);
  });
});

describe("SMS replies show their cost first", () => {
  it("preview counts segments and cost for an SMS case", async () => {
    tg = await new FakeTelegram(TG_TOKEN).start();
    h = await startHarness({ listen: true, realClock: true, env: { TWILIO_ACCOUNT_SID: TW_SID, TWILIO_AUTH_TOKEN: TW_TOKEN, TWILIO_FROM: "+15005550006", TWILIO_API_ROOT: tg.url, PUBLIC_URL: "https://helpline.example.org", SMS_SEGMENT_COST: "0.05 USD" } });
    const { token } = await h.operator.accounts.create({ name: "Op", role: "operator", actor: "test" });
    const { handleInbound } = await import("../src/service/conversation");
    await handleInbound(h.services, { channel: "sms", identity: "+996555000111", address: "+996555000111", mask: "+996 *** ** 11", externalId: "SM1", input: { kind: "text", text: "помогите меня заперли" } });
    const [c] = await h.store.db.select().from(cases);
    const p = (await (await call("POST", `/cases/${c!.id}/messages/preview`, token, { text: "б".repeat(100) })).json()) as { segments: number; encoding: string; cost: { amount: number; currency: string } };
    expect(p.encoding).toBe("UCS-2");
    expect(p.segments).toBe(2);
    expect(p.cost).toEqual({ amount: 0.1, currency: "USD" });
    const list = (await (await call("GET", "/cases", token)).json()) as { cases: { user: string }[] };
    expect(list.cases[0]!.user).toBe("+996 *** ** 11");
  });
});

describe("live updates and alerts", () => {
  it("an open console receives a server-sent event when a case opens", async () => {
    const { op1 } = await setup();
    const ctrl = new AbortController();
    const res = await fetch(`${h.url}/api/v1/stream`, { headers: { authorization: `Bearer ${op1.token}` }, signal: ctrl.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    let seen = "";
    const readUntil = async (pattern: RegExp) => {
      const dec = new TextDecoder();
      while (!pattern.test(seen)) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += dec.decode(value);
      }
    };
    await readUntil(/event: hello/);
    await onboard(17);
    await deliver(tgUpdate.text(17, "нас держат взаперти"));
    await readUntil(/case_opened/);
    expect(seen).toMatch(/event: case\ndata: \{"type":"case_opened"/);
    ctrl.abort();
  });

  it("no console open: the operators' group is alerted at once; an urgent case unclaimed too long alerts again", async () => {
    await setup({ OPERATOR_TELEGRAM_CHAT_ID: GROUP, URGENT_ALERT_MINUTES: "5" });
    await onboard(19);
    await deliver(tgUpdate.text(19, "помогите, нас заперли и бьют"));
    await settle();
    const toGroup = () => tg.sent().filter((s) => String(s.params.chat_id) === GROUP);
    expect(toGroup().some((s) => /no operator has the console open/.test(String(s.params.text)))).toBe(true);
    expect(tg.sent("createForumTopic")).toHaveLength(1);
    expect(String(tg.sent("createForumTopic")[0]!.params.name)).toMatch(/HL-/);
    const c = await caseOf(19);
    expect(await h.operator.alerts.sweep()).toBe(0); // not yet 5 minutes
    await h.store.db.update(cases).set({ queuedAt: Date.now() - 6 * 60_000 }).where(eq(cases.id, c.id));
    expect(await h.operator.alerts.sweep()).toBe(1);
    expect(toGroup().some((s) => /Urgent cases are waiting/.test(String(s.params.text)) && String(s.params.text).includes(c.ref))).toBe(true);
    expect(await h.operator.alerts.sweep()).toBe(0); // once per case
  });

  it("Telegram group: members claim by button and answer in the topic; non-members cannot act", async () => {
    await setup({ OPERATOR_TELEGRAM_CHAT_ID: GROUP });
    const U = 987654321;
    await onboard(U);
    await deliver(tgUpdate.text(U, "boss keeps my passport and says I owe him"));
    await settle();
    const c = await caseOf(U);
    const topic = (await caseOf(U)).telegramTopicId!;
    expect(topic).toBeGreaterThan(0);
    const summary = tg.sent().find((s) => s.params.message_thread_id === topic && /HL-/.test(String(s.params.text)))!;
    expect(JSON.stringify(summary.params.reply_markup)).toContain(`op:claim:${c.id}`);
    expect(String(summary.params.text)).not.toContain(String(U)); // masked: no Telegram id
    tg.members.set(700, "member");
    tg.members.set(800, "left");
    const groupUpdate = (from: number, extra: Record<string, unknown>) => ({ update_id: Math.floor(Math.random() * 1e9), ...extra, _from: from });
    const cb = (from: number, data: string) =>
      groupUpdate(from, { callback_query: { id: `g${from}${data}`, from: { id: from, is_bot: false, first_name: "Op" }, message: { message_id: 5, date: 0, chat: { id: Number(GROUP), type: "supergroup" } }, chat_instance: "1", data } });
    const topicMsg = (from: number, text: string) =>
      groupUpdate(from, { message: { message_id: 99, date: 0, message_thread_id: topic, is_topic_message: true, from: { id: from, is_bot: false, first_name: "Op" }, chat: { id: Number(GROUP), type: "supergroup" }, text } });
    await deliver(cb(800, `op:claim:${c.id}`));
    expect((await caseOf(U)).assignedOperatorId).toBeNull();
    await deliver(topicMsg(800, "I am not a member"));
    await settle();
    expect(tg.sent().some((s) => String(s.params.chat_id) === String(U) && String(s.params.text).includes("not a member"))).toBe(false);
    await deliver(cb(700, `op:claim:${c.id}`));
    expect((await caseOf(U)).assignedOperatorId).not.toBeNull();
    await deliver(topicMsg(700, "Hello, I am from the hotline. Where are you now?"));
    await settle();
    expect(tg.sent().some((s) => String(s.params.chat_id) === String(U) && String(s.params.text).includes("Where are you now?"))).toBe(true);
    // The user's answer appears in the topic.
    await deliver(tgUpdate.text(U, "in Kazan, a bakery"));
    await settle();
    expect(tg.sent().some((s) => s.params.message_thread_id === topic && String(s.params.text).includes("in Kazan, a bakery"))).toBe(true);
    await deliver(cb(700, `op:out:1:${c.id}`));
    await settle();
    expect(await caseOf(U)).toMatchObject({ status: "closed", outcome: "referred_shelter" });
    const inbound = await h.store.db.select().from(messages).where(eq(messages.direction, "in"));
    expect(inbound.some((m) => m.text.includes("I am not a member"))).toBe(false); // group chatter is not a user message
  });
});
