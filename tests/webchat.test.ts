import { afterEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./support/harness";

let h: Harness;
afterEach(async () => h?.close());

type Msg = { id: number; text: string; options: { id: string; label: string }[]; author: string };
const session = "websession-0123456789";
let seq = 0;
async function post(body: Record<string, unknown>): Promise<{ status: number; json: { messages?: Msg[]; error?: string } }> {
  const res = await fetch(`${h.url}/chat/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { messages?: Msg[]; error?: string } };
}
const say = (text: string, after = 0) => post({ session, id: `m${++seq}`, text, after });
const tap = (option: string, after = 0) => post({ session, id: `m${++seq}`, option, after });

describe("web chat over real HTTP", () => {
  it("serves the page with quick exit, no caching and a strict policy", async () => {
    h = await startHarness({ listen: true });
    const res = await fetch(`${h.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toMatch(/quick.?exit|exit/i);
    expect(html).toContain("localStorage");
    const health = await fetch(`${h.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it("a new user goes through onboarding to the menu and checks a job offer", async () => {
    h = await startHarness({ listen: true });
    let r = await say("/start");
    expect(r.json.messages!.at(-1)!.options.map((o) => o.id)).toContain("lang:ky");
    r = await tap("lang:ky");
    expect(r.json.messages!.at(-1)!.text).toContain("?");
    expect((r.json.messages!.at(-1) as { lang?: string }).lang).toBe("ky"); // the page switches its own words
    const page = await (await fetch(`${h.url}/`)).text();
    expect(page).toContain("Жөнөтүү"); // "Send" in Kyrgyz, among the page's words for every language
    await tap("origin:KG");
    await tap("dest:KR");
    r = await tap("abroad:no");
    const last = r.json.messages!.at(-1)!;
    expect(last.options.map((o) => o.id)).toContain("m:job");
    r = await tap("m:job", last.id);
    expect(r.json.messages).toHaveLength(1); // "after" returns only the new messages
    expect(r.json.messages![0]!.options.map((o) => o.id)).toEqual(["ans:yes", "ans:no", "ans:unsure"]);
  });

  it("a new user writing in Russian is answered in Russian; danger goes straight to a case", async () => {
    h = await startHarness({ listen: true });
    const r = await say("помогите нас заперли на складе и отобрали паспорта");
    const texts = r.json.messages!.map((m) => m.text).join("\n");
    expect(texts).toMatch(/[а-я]/);
    expect(texts).toContain("112");
    const cases = await h.store.db.query.cases.findMany();
    expect(cases).toHaveLength(1);
    expect(cases[0]!.urgency).toBe("urgent");
  });

  it("bad input gets a clear 4xx, never a 500, and nothing crashes", async () => {
    h = await startHarness({ listen: true });
    const raw = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
      fetch(`${h.url}/chat/api/messages`, { method: "POST", headers, body });
    expect((await raw("{not json")).status).toBe(400);
    const missing = await post({ session, id: "x1" });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toContain("text");
    const badSession = await post({ session: "short", id: "x2", text: "hi" });
    expect(badSession.json.error).toContain("session");
    expect((await raw(JSON.stringify({ session, id: "x3", text: "a".repeat(70_000) }))).status).toBe(413);
    const stale = await tap("topic:nonexistent");
    expect(stale.status).toBe(200);
    const long = await say("b".repeat(5000));
    expect(long.status).toBe(200);
    expect((await fetch(`${h.url}/chat/api/messages?session=x`)).status).toBe(400);
    expect((await fetch(`${h.url}/nope`)).status).toBe(404);
  });

  it("a retried POST (same client message id) is answered once", async () => {
    h = await startHarness({ listen: true });
    const body = { session, id: "same-id", text: "/start" };
    const a = await post(body);
    const b = await post(body);
    expect(a.json.messages).toHaveLength(1);
    expect(b.json.messages).toHaveLength(1);
    expect(b.json.messages![0]!.id).toBe(a.json.messages![0]!.id);
    const outs = await h.store.db.query.outbox.findMany();
    expect(outs).toHaveLength(1);
  });
});
