import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../src/config";
import { silentLogger } from "../src/log";
import { wire, type Wired } from "../src/runtime/wire";
import { handleInbound } from "../src/service/conversation";
import { openD1 } from "../src/store/d1";
import { cases, messages, outbox } from "../src/store/schema";
import { TEST_SECRET } from "./support/harness";

/**
 * The same store, flows and operator service on Cloudflare D1 (Miniflare's local D1, the engine `wrangler
 * dev` uses), with the committed migrations applied as `wrangler d1 migrations apply` would: inbound
 * dedupe, an escalation that opens a case, atomic batches, and the claim race.
 */
let mf: Miniflare;
let w: Wired;

beforeAll(async () => {
  mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response('ok') } }", d1Databases: ["DB"] });
  const d1 = await mf.getD1Database("DB");
  for (const file of readdirSync("drizzle").filter((f) => f.endsWith(".sql")).sort()) {
    for (const stmt of readFileSync(join("drizzle", file), "utf8").split("--> statement-breakpoint")) if (stmt.trim()) await d1.prepare(stmt).run();
  }
  w = await wire({ config: parseEnv({ SECRET_KEY: TEST_SECRET, LOG_LEVEL: "error" }), database: openD1(d1 as never), secretKey: TEST_SECRET, log: silentLogger });
}, 60_000);
afterAll(async () => {
  await w?.settle();
  await mf?.dispose();
});

const web = (text: string, id: string) => ({ channel: "web" as const, identity: "d1-user", address: null, mask: "web ***1", externalId: id, input: { kind: "text" as const, text } });

describe("on D1", () => {
  it("stores inbound first, answers a redelivery once, opens a case for danger in one batch", async () => {
    expect((await handleInbound(w.services, web("/start", "m1"))).status).toBe("answered");
    expect((await handleInbound(w.services, web("/start", "m1"))).status).toBe("duplicate");
    await handleInbound(w.services, web("помогите нас заперли и бьют", "m2"));
    const inbound = (await w.store.db.select().from(messages)).filter((m) => m.direction === "in");
    expect(inbound).toHaveLength(2);
    expect(inbound.every((m) => m.processedAt !== null)).toBe(true);
    const [c] = await w.store.db.select().from(cases);
    expect(c).toMatchObject({ status: "open", urgency: "urgent", channel: "web" });
    expect((await w.store.db.select().from(outbox)).length).toBeGreaterThan(1);
  });

  it("two operators claim at once: one wins; reply and close go through the outbox", async () => {
    const a = await w.operator.accounts.create({ name: "A-op", role: "operator", actor: "test" });
    const b = await w.operator.accounts.create({ name: "B-op", role: "operator", actor: "test" });
    const [c] = await w.store.db.select().from(cases);
    const results = await Promise.allSettled([w.operator.cases.claim(c!.id, a.operator), w.operator.cases.claim(c!.id, b.operator)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([expect.stringMatching(/held by/)]);
    const holder = results[0]!.status === "fulfilled" ? a.operator : b.operator;
    const before = (await w.store.db.select().from(outbox)).length;
    await w.operator.cases.reply(c!.id, holder, "Вы в безопасности?");
    await w.operator.cases.close(c!.id, holder, "referred_police", "trafficking_case");
    expect((await w.store.db.select().from(outbox)).length).toBe(before + 2); // the reply and "conversation ended"
    expect((await w.operator.cases.queue()).length).toBe(0);
  });
});
