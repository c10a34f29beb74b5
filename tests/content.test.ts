import { describe, expect, it } from "vitest";
import { checkContent, numberProblem } from "../src/content/check";
import { flattenKeys, LOCALES } from "../src/content/i18n";
import { HOTLINES } from "../src/content/hotlines";
import { LANGS } from "../src/content/languages";

describe("locales", () => {
  const base = flattenKeys(LOCALES.en);
  it.each(LANGS)("%s has every key of en.json and no other", (lang) => {
    const keys = [...flattenKeys(LOCALES[lang]).keys()].sort();
    expect(keys).toEqual([...base.keys()].sort());
  });
  it.each(LANGS.filter((l) => l !== "en"))("%s is translated (not a copy of English)", (lang) => {
    const own = flattenKeys(LOCALES[lang]);
    const same = [...base].filter(([k, v]) => own.get(k) === v && v.length > 12 && !/^\d|\{\{/.test(v));
    expect(same.map(([k]) => k)).toEqual([]);
  });
});

describe("content check", () => {
  it("passes on the shipped content (warnings allowed)", () => {
    const report = checkContent(new Date("2026-11-22"));
    expect(report.errors).toEqual([]);
    // Old or unconfirmed numbers are listed for re-verification.
    expect(report.warnings.some((w) => w.startsWith("tj-counter-trafficking:"))).toBe(true);
  });

  it("fails on a missing translation, a wrong placeholder and an undialable number", () => {
    const broken = { ...LOCALES, ru: { ...LOCALES.ru, menu: { title: "Меню" } }, kk: JSON.parse(JSON.stringify(LOCALES.kk).replace("{{ref}}", "{{case}}")) };
    const bad = HOTLINES.map((h, i) => (i === 0 ? { ...h, numbers: [{ ...h.numbers[0]!, number: "+7 800 12", format: "e164" as const }] } : h));
    const { errors } = checkContent(new Date("2026-11-22"), bad, broken);
    expect(errors.some((e) => e.includes('locales/ru.json: missing "menu.job"'))).toBe(true);
    expect(errors.some((e) => e.includes("locales/kk.json") && e.includes("placeholders"))).toBe(true);
    expect(errors.some((e) => e.includes("not valid E.164"))).toBe(true);
  });

  it("validates number formats", () => {
    const n = { display: "", note: "x", publish: true, domestic_only: false };
    expect(numberProblem({ ...n, number: "+996312641364", format: "e164" })).toBeUndefined();
    expect(numberProblem({ ...n, number: "189", format: "short_code" })).toBeUndefined();
    expect(numberProblem({ ...n, number: "1-89", format: "short_code" })).toMatch(/short code/);
    expect(numberProblem({ ...n, number: "0996312", format: "e164" })).toMatch(/E\.164/);
    expect(numberProblem({ ...n, number: "800SAVE", format: "national" })).toBeUndefined();
  });

  it("every hotline keeps its source and verification date", () => {
    for (const h of HOTLINES) {
      expect(h.source.length).toBeGreaterThan(10);
      expect(h.last_verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
