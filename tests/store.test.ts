import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { handleInbound } from "../src/service/conversation";
import { cases, contacts, messages, outbox } from "../src/store/schema";
import { startHarness, type Harness } from "./support/harness";

let h: Harness;
afterEach(async () => h?.close());

const sms = (text: string, id: string, from = "+996555123411") => ({
  channel: "sms" as const,
  identity: from,
  address: from,
  mask: "+996 *** ** 11",
  externalId: id,
  input: { kind: "text" as const, text },
});

describe("store on a real SQLite file", () => {
  it("stores inbound before answering, answers a redelivery once, and keeps identities private", async () => {
    h = await startHarness();
    const first = await handleInbound(h.services, sms("/start", "SM1"));
    const again = await handleInbound(h.services, sms("/start", "SM1"));
    expect(first.status).toBe("answered");
    expect(again.status).toBe("duplicate");
    const ins = await h.store.db.select().from(messages).where(eq(messages.direction, "in"));
    expect(ins).toHaveLength(1);
    expect(ins[0]!.processedAt).not.toBeNull();
    const out = await h.store.db.select().from(outbox);
    expect(out).toHaveLength(1); // the language picker, once
    // The phone number is neither in the contacts row nor anywhere in the database file in clear text.
    const [c] = await h.store.db.select().from(contacts);
    expect(c!.identityHash).not.toContain("996555123411");
    expect(await h.secrets.decrypt(c!.addressEnc!)).toBe("+996555123411");
    const dir = h.dir;
    await h.close({ keepFiles: true }); // closing checkpoints the WAL into the main file
    expect(readFileSync(h.dbPath).includes(Buffer.from("996555123411"))).toBe(false);
    h = await startHarness({ dir });
  });

  it("commits state, transcript, outbox and case in one step; a losing concurrent step is retried, not lost", async () => {
    h = await startHarness();
    for (const [i, t] of ["/start", "1", "2", "1", "1"].entries()) await handleInbound(h.services, sms(t, `SM${i}`));
    // Two messages of the same conversation processed at the same time.
    await Promise.all([handleInbound(h.services, sms("1", "SMa")), handleInbound(h.services, sms("2", "SMb"))]);
    const ins = await h.store.db.select().from(messages).where(eq(messages.direction, "in"));
    expect(ins.every((m) => m.processedAt !== null)).toBe(true);
    const dangerous = await handleInbound(h.services, sms("they took my passport and locked us in, help", "SMd"));
    expect(dangerous.status).toBe("answered");
    const [kase] = await h.store.db.select().from(cases);
    expect(kase).toMatchObject({ status: "open", urgency: "urgent", channel: "sms" });
    const reason = JSON.parse(kase!.reason) as { indicators: string[]; evidence: unknown[] };
    expect(reason.indicators.length).toBeGreaterThan(0);
    expect(reason.evidence.length).toBeGreaterThan(0);
  });

  it("migrations apply on a fresh file and again on restart", async () => {
    h = await startHarness();
    await handleInbound(h.services, sms("/start", "SMx"));
    const dir = h.dir;
    await h.close({ keepFiles: true });
    h = await startHarness({ dir });
    const again = await handleInbound(h.services, sms("/start", "SMx"));
    expect(again.status).toBe("duplicate");
  });
});

describe("retention", () => {
  it("purges old message bodies except where a case is open", async () => {
    h = await startHarness();
    await handleInbound(h.services, sms("/start", "SMold", "+996555000001"));
    await handleInbound(h.services, sms("they locked me in, help", "SMcase", "+996555000002"));
    h.clock.advance(200 * 86_400_000);
    const purged = await h.store.purgeOlderThan(h.clock.now - 180 * 86_400_000);
    expect(purged.messages).toBeGreaterThan(0);
    const left = await h.store.db.select().from(messages);
    expect(left.length).toBeGreaterThan(0);
    const [kase] = await h.store.db.select().from(cases);
    expect(left.every((m) => m.conversationId === kase!.conversationId)).toBe(true);
  });
});
