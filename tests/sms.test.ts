import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { twilioSignature } from "../src/bot/sms/twilio";
import { contacts, messages, outbox } from "../src/store/schema";
import { FakeTwilio } from "./support/fake-twilio";
import { startHarness, TW_SID, TW_TOKEN, type Harness } from "./support/harness";

const PUBLIC_URL = "https://helpline.example.org";
const FROM = "+996555123411";
let h: Harness;
let tw: FakeTwilio;
afterEach(async () => {
  await h?.close();
  await tw?.stop();
});

async function setup() {
  tw = await new FakeTwilio(TW_SID).start();
  h = await startHarness({
    listen: true,
    realClock: true,
    env: { TWILIO_ACCOUNT_SID: TW_SID, TWILIO_AUTH_TOKEN: TW_TOKEN, TWILIO_FROM: "+15005550006", TWILIO_API_ROOT: tw.url, PUBLIC_URL },
  });
}

let sidSeq = 0;
/** A Twilio webhook as Twilio sends it: form-encoded, signed by the twilio library (the independent oracle). */
async function post(path: string, params: Record<string, string>, sign: "good" | "bad" | "none" = "good") {
  const signature = twilio.getExpectedTwilioSignature(TW_TOKEN, `${PUBLIC_URL}${path}`, params);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (sign === "good") headers["x-twilio-signature"] = signature;
  if (sign === "bad") headers["x-twilio-signature"] = signature.replace(/^./, (c) => (c === "A" ? "B" : "A"));
  return fetch(`${h.url}${path}`, { method: "POST", headers, body: new URLSearchParams(params).toString() });
}
const inbound = (body: string, sid = `SM${(++sidSeq).toString().padStart(32, "0")}`) =>
  post("/webhooks/sms", { MessageSid: sid, AccountSid: TW_SID, From: FROM, To: "+15005550006", Body: body, NumMedia: "0" });
async function flush() {
  await h.dispatcher.kick();
  await h.dispatcher.idle();
}

describe("Twilio signature", () => {
  it("our WebCrypto signature equals the twilio library's for the same URL and parameters", async () => {
    const params = { Body: "Салом! ёрдам керак & 100%", From: FROM, MessageSid: "SM1", To: "+1500", b: "", A: "z" };
    const url = `${PUBLIC_URL}/webhooks/sms?x=1`;
    expect(await twilioSignature(TW_TOKEN, url, params)).toBe(twilio.getExpectedTwilioSignature(TW_TOKEN, url, params));
    expect(twilio.validateRequest(TW_TOKEN, await twilioSignature(TW_TOKEN, url, params), url, params)).toBe(true);
  });
});

describe("SMS webhook", () => {
  it("rejects a bad or missing signature with 403 and stores nothing", async () => {
    await setup();
    const params = { MessageSid: "SMbad", From: FROM, Body: "hi" };
    expect((await post("/webhooks/sms", params, "bad")).status).toBe(403);
    expect((await post("/webhooks/sms", params, "none")).status).toBe(403);
    expect((await post("/webhooks/sms/status", { MessageSid: "SMx", MessageStatus: "delivered" }, "bad")).status).toBe(403);
    expect(await h.store.db.select().from(messages)).toHaveLength(0);
  });

  it("answers with empty TwiML and sends the reply through the REST API with a status callback", async () => {
    await setup();
    const res = await inbound("hello");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("xml");
    expect(await res.text()).toMatch(/<Response><\/Response>/);
    await flush();
    expect(tw.sends).toHaveLength(1);
    const s = tw.sends[0]!;
    expect(s.to).toBe(FROM);
    expect(s.statusCallback).toBe(`${PUBLIC_URL}/webhooks/sms/status`);
    expect(s.auth).toBe(`Basic ${Buffer.from(`${TW_SID}:${TW_TOKEN}`).toString("base64")}`);
    expect(s.body).toMatch(/\n1 English\n2 /); // numbered options
    const [row] = await h.store.db.select().from(outbox);
    expect(row!.providerMessageId).toBe(s.sid);
  });

  it("a whole conversation works with digits, and the same MessageSid twice is answered once", async () => {
    await setup();
    await inbound("hi", "SMdup");
    await inbound("hi", "SMdup");
    await flush();
    expect(tw.sends).toHaveLength(1);
    for (const d of ["2", "2", "1", "1"]) await inbound(d); // Russian, Kyrgyzstan, Russia, yes there
    await flush();
    expect(tw.sends.at(-1)!.body).toMatch(/\n1 /);
    await inbound("3"); // hotlines
    await flush();
    expect(tw.sends.at(-1)!.body).toContain("KG 189");
  });

  it("records delivery statuses, only moving forward", async () => {
    await setup();
    await inbound("hello");
    await flush();
    const sid = tw.sends[0]!.sid;
    const status = (s: string) => post("/webhooks/sms/status", { MessageSid: sid, MessageStatus: s, AccountSid: TW_SID });
    expect((await status("sent")).status).toBe(200);
    await status("delivered");
    await status("sent"); // late and out of order
    const [row] = await h.store.db.select().from(outbox);
    expect(row!.providerStatus).toBe("delivered");
    expect(row!.status).toBe("delivered");
    expect((await post("/webhooks/sms/status", { MessageSid: "SMunknown", MessageStatus: "delivered" })).status).toBe(200);
    expect((await post("/webhooks/sms/status", { Foo: "bar" })).status).toBe(400);
  });

  it("STOP stops everything (after one confirmation) until START; HELP gives the numbers", async () => {
    await setup();
    for (const d of ["hi", "2", "2", "1", "1"]) await inbound(d);
    await flush();
    const before = tw.sends.length;
    await inbound("стоп");
    await flush();
    expect(tw.sends.length).toBe(before + 1); // the confirmation only
    expect((await h.store.db.select().from(contacts))[0]!.optedOut).toBe(true);
    await inbound("меню");
    await flush();
    expect(tw.sends.length).toBe(before + 1);
    const undeliverable = await h.store.db.select().from(outbox).where(eq(outbox.status, "undeliverable"));
    expect(undeliverable.length).toBeGreaterThan(0);
    await inbound("START");
    await flush();
    expect(tw.sends.length).toBe(before + 2);
    await inbound("HELP");
    await flush();
    expect(tw.sends.some((s) => s.body.includes("KG 189"))).toBe(true);
  });

  it("retries a 429 and a 500 from Twilio; an unsubscribed number (21610) becomes unreachable", async () => {
    await setup();
    tw.failNext({ status: 429, code: 20429, message: "Too Many Requests", retryAfter: 1 });
    tw.failNext({ status: 500, code: 20500, message: "Internal error" });
    await inbound("hello");
    await flush();
    expect(tw.sends).toHaveLength(0);
    for (let i = 0; i < 50 && tw.sends.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await flush();
    }
    expect(tw.sends).toHaveLength(1);
    expect(tw.failedAttempts).toHaveLength(2);
    tw.failNext({ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" });
    await inbound("1");
    await flush();
    expect((await h.store.db.select().from(contacts))[0]!.reachable).toBe(false);
  });
});
