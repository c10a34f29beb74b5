import { describe, expect, it } from "vitest";
import { DEFAULT_HOTLINE_HOURS } from "../src/config";
import { translator } from "../src/content/i18n";
import { handleInbound } from "../src/service/conversation";
import { withinHours } from "../src/service/hours";
import { messages } from "../src/store/schema";
import { startHarness } from "./support/harness";

/** Hotline hours in each origin country's own time zone, and what a user is told outside them. */
describe("working hours", () => {
  const kg = { timeZone: "Asia/Bishkek", days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" };
  it.each([
    ["Tue 08:59 in Bishkek (02:59 UTC)", Date.UTC(2026, 10, 24, 2, 59), false],
    ["Tue 09:00 in Bishkek", Date.UTC(2026, 10, 24, 3, 0), true],
    ["Tue 17:59 in Bishkek", Date.UTC(2026, 10, 24, 11, 59), true],
    ["Tue 18:00 in Bishkek", Date.UTC(2026, 10, 24, 12, 0), false],
    ["Sat noon in Bishkek", Date.UTC(2026, 10, 28, 6, 0), false],
    ["Mon 00:30 in Bishkek is still Sunday 18:30 UTC", Date.UTC(2026, 10, 29, 18, 30), false],
  ])("%s -> %s", (_label, now, open) => {
    expect(withinHours(kg, now)).toBe(open);
  });

  it("a night shift across midnight", () => {
    const night = { timeZone: "Asia/Tashkent", days: [0, 1, 2, 3, 4, 5, 6], from: "20:00", to: "08:00" };
    expect(withinHours(night, Date.UTC(2026, 10, 24, 20, 0))).toBe(true); // 01:00 in Tashkent
    expect(withinHours(night, Date.UTC(2026, 10, 24, 7, 0))).toBe(false); // 12:00
  });

  it("every origin country has default hours in its own time zone", () => {
    for (const c of ["KZ", "KG", "TJ", "TM", "UZ"] as const) expect(DEFAULT_HOTLINE_HOURS[c]?.timeZone).toMatch(/^Asia\//);
  });

  it("outside hours, a user asking for a person is told at once and gets the numbers; inside hours not", async () => {
    const h = await startHarness({ env: { HOTLINE_HOURS: JSON.stringify({ KG: kg }) } });
    try {
      const t = translator("en");
      const say = async (id: string, text: string, kind: "text" | "option" = "option") =>
        handleInbound(h.services, { channel: "web", identity: "w1", address: null, mask: "web ***1", externalId: id, input: kind === "text" ? { kind, text } : { kind, id: text } });
      await say("1", "/start", "text");
      for (const [i, o] of ["lang:en", "origin:KG", "dest:RU", "abroad:yes", "m:person"].entries()) await say(`o${i}`, o);
      h.clock.now = Date.UTC(2026, 10, 28, 6, 0); // Saturday
      await say("yes", "person:yes");
      const out = (await h.store.db.select().from(messages)).filter((m) => m.direction === "out").map((m) => m.text);
      expect(out.some((x) => x.includes(t("person.after_hours")))).toBe(true);
      expect(out.some((x) => x.includes("189"))).toBe(true); // the Kyrgyz hotline, at once
    } finally {
      await h.close();
    }
    const open = await startHarness({ env: { HOTLINE_HOURS: JSON.stringify({ KG: kg }) } });
    try {
      const say = async (id: string, o: string) => handleInbound(open.services, { channel: "web", identity: "w2", address: null, mask: "web ***2", externalId: id, input: { kind: "option", id: o } });
      for (const [i, o] of ["lang:en", "origin:KG", "dest:RU", "abroad:yes", "m:person", "person:yes"].entries()) await say(`p${i}`, o);
      const out = (await open.store.db.select().from(messages)).filter((m) => m.direction === "out").map((m) => m.text);
      expect(out.some((x) => x.includes(translator("en")("person.after_hours")))).toBe(false); // Tuesday 14:00 in Bishkek
    } finally {
      await open.close();
    }
  });
});
