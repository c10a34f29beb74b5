import i18next, { type Resource, type TFunction } from "i18next";
import en from "../../locales/en.json";
import { LANGS, type Lang } from "./languages";

/**
 * Locale files are imported statically so the same bundle works on Workers. Until a translation exists the
 * file may be missing at build time, so every language is registered from `resources` below; the parity test
 * and `npm run content:check` fail on any missing key (i18next's own fallback would hide it).
 */
import ru from "../../locales/ru.json";
import uz from "../../locales/uz.json";
import ky from "../../locales/ky.json";
import tg from "../../locales/tg.json";
import kk from "../../locales/kk.json";
import tk from "../../locales/tk.json";

export const LOCALES: Record<Lang, Record<string, unknown>> = { en, ru, uz, ky, tg, kk, tk };

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(LANGS.map((l) => [l, { translation: LOCALES[l] }])) as Resource,
  lng: "en",
  // Runtime fallback keeps a reply readable if a key is missing in production; tests make sure none is.
  fallbackLng: { kk: ["ru", "en"], ky: ["ru", "en"], tg: ["ru", "en"], tk: ["en"], uz: ["en"], default: ["en"] },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A translator fixed to one language: never change the shared instance's language per request. */
export function translator(lang: Lang): Translate {
  const t: TFunction = instance.getFixedT(lang);
  return (key, vars) => t(key, vars ?? {}) as string;
}

/** All keys of a locale object, dotted ("job.q.paid_travel"). */
export function flattenKeys(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === "string") out.set(key, v);
      else for (const [kk2, vv] of flattenKeys(v, key)) out.set(kk2, vv);
    }
  }
  return out;
}
