import { z } from "zod";

/** The seven languages the assistant speaks. Uzbek is written in Latin script (the official one). */
export const LANGS = ["en", "ru", "uz", "ky", "tg", "kk", "tk"] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** Each language's own name, shown in the language picker. */
export const LANG_NAMES: Record<Lang, string> = {
  en: "English",
  ru: "Русский",
  uz: "Oʻzbekcha",
  ky: "Кыргызча",
  tg: "Тоҷикӣ",
  kk: "Қазақша",
  tk: "Türkmençe",
};

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
