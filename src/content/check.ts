import { HOTLINES, isValidE164, type Hotline, type HotlineNumber } from "./hotlines";
import { flattenKeys, LOCALES } from "./i18n";
import { LANGS } from "./languages";

/**
 * The content check behind `npm run content:check` and the tests: errors stop a release (a missing
 * translation, a placeholder that would print raw, a number nobody can dial); warnings list what a
 * hotline worker should re-verify (old or unconfirmed numbers).
 */
export interface ContentReport {
  errors: string[];
  warnings: string[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort().join(",");

/** A number is dialable when it is valid E.164, or a short code / national number declared as such. */
export function numberProblem(n: HotlineNumber): string | undefined {
  switch (n.format) {
    case "e164":
      return isValidE164(n.number) ? undefined : `"${n.number}" is not valid E.164 (+ and 8 to 15 digits)`;
    case "short_code":
      return /^\d{2,6}$/.test(n.number) ? undefined : `"${n.number}" is not a short code (2 to 6 digits)`;
    case "national":
      if (!/^\+?[0-9A-Z]{4,15}$/.test(n.number)) return `"${n.number}" is not a national number (4 to 15 digits or letters)`;
      return n.note.trim() ? undefined : `national number "${n.number}" needs a note saying where it can be dialled`;
  }
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

export function checkContent(now: Date = new Date(), hotlines: readonly Hotline[] = HOTLINES, locales = LOCALES): ContentReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const base = flattenKeys(locales.en);
  for (const lang of LANGS) {
    const keys = flattenKeys(locales[lang]);
    for (const [key, en] of base) {
      const value = keys.get(key);
      if (value === undefined) errors.push(`locales/${lang}.json: missing "${key}"`);
      else if (!value.trim()) errors.push(`locales/${lang}.json: "${key}" is empty`);
      else if (placeholders(value) !== placeholders(en)) {
        errors.push(`locales/${lang}.json: "${key}" has placeholders {${placeholders(value)}}, expected {${placeholders(en)}}`);
      }
    }
    for (const key of keys.keys()) if (!base.has(key)) errors.push(`locales/${lang}.json: "${key}" is not in en.json`);
  }

  const ids = new Set<string>();
  for (const h of hotlines) {
    if (ids.has(h.id)) errors.push(`hotlines.json: duplicate id ${h.id}`);
    ids.add(h.id);
    for (const n of h.numbers) {
      const problem = numberProblem(n);
      if (problem) errors.push(`hotlines.json ${h.id}: ${problem}`);
    }
    const ageMonths = (now.getTime() - Date.parse(h.last_verified)) / MONTH_MS;
    if (ageMonths > 12) warnings.push(`${h.id}: last verified ${h.last_verified} (${Math.floor(ageMonths)} months ago)`);
    if (h.status !== "confirmed_recent") warnings.push(`${h.id}: status ${h.status}`);
  }
  return { errors, warnings };
}
