import { describe, expect, it } from "vitest";
import { allSmsTexts } from "../src/bot/sms/budget";
import { countSegments } from "../src/bot/sms/segments";
import { LANGS } from "../src/content/languages";

describe("SMS segment arithmetic", () => {
  it.each([
    ["a".repeat(160), "GSM-7", 1],
    ["a".repeat(161), "GSM-7", 2],
    ["a".repeat(306), "GSM-7", 2],
    ["a".repeat(307), "GSM-7", 3],
    ["€".repeat(80), "GSM-7", 1],
    ["€".repeat(81), "GSM-7", 2],
    ["б".repeat(70), "UCS-2", 1],
    ["б".repeat(71), "UCS-2", 2],
    ["б".repeat(134), "UCS-2", 2],
    ["б".repeat(135), "UCS-2", 3],
    ["Türkmençe ş", "UCS-2", 1],
    ["Hello 🙂", "UCS-2", 1],
  ])("%#: %s… is %s in %d segment(s)", (text, encoding, segments) => {
    expect(countSegments(text)).toMatchObject({ encoding, segments });
  });
});

describe("every SMS text in every language fits its budget", () => {
  const all = allSmsTexts();
  it.each(LANGS)("%s: the hotline answer is one segment, nothing else more than three", (lang) => {
    const mine = all.filter((m) => m.lang === lang);
    expect(mine.length).toBeGreaterThan(50);
    const hotlines = mine.filter((m) => m.kind === "hotlines");
    expect(hotlines.length).toBeGreaterThan(0);
    for (const m of hotlines) expect({ text: m.text, segments: m.segments }).toEqual({ text: m.text, segments: 1 });
    for (const m of mine) expect({ kind: m.kind, text: m.text, segments: m.segments }).toEqual({ kind: m.kind, text: m.text, segments: Math.min(m.segments, 3) });
  });
});
