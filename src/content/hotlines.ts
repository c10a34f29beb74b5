import { z } from "zod";
import raw from "./hotlines.json";
import { countrySchema, type Country } from "./countries";

/**
 * Hotline and emergency numbers, copied from shared/reference/hotlines.json with each entry's source, the date
 * a source last confirmed it (`last_verified`) and, per number, its dialling format and whether we show it.
 * Numbers the reference says must not be published before a test call keep `publish: false`.
 */
export const hotlineNumberSchema = z.object({
  number: z.string(),
  display: z.string(),
  note: z.string(),
  format: z.enum(["e164", "short_code", "national"]),
  publish: z.boolean(),
  domestic_only: z.boolean(),
});
export const STATUSES = [
  "confirmed_recent",
  "secondary_source",
  "historic_seed",
  "historic_seed_partly_corroborated",
  "unverified_launch",
  "unverified_possibly_closed",
  "unreliable",
] as const;
export const hotlineSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  country: countrySchema,
  name: z.string(),
  kind: z.enum(["counter_trafficking", "migrant_support", "labour_complaints", "women_support", "report_line", "emergency"]),
  status: z.enum(STATUSES),
  numbers: z.array(hotlineNumberSchema).min(1),
  hours: z.string().nullable(),
  languages: z.string().nullable(),
  source: z.string().min(1),
  source_date: z.string(),
  verified_note: z.string(),
  last_verified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Hotline = z.infer<typeof hotlineSchema>;
export type HotlineNumber = z.infer<typeof hotlineNumberSchema>;

export const HOTLINES: readonly Hotline[] = z.array(hotlineSchema).parse(raw);

const KIND_ORDER: Record<Hotline["kind"], number> = {
  counter_trafficking: 0,
  migrant_support: 1,
  labour_complaints: 2,
  women_support: 3,
  report_line: 4,
  emergency: 5,
};

/** Only `confirmed_recent` counts as confirmed; everything else is shown with its verification year. */
export function isConfirmed(h: Hotline): boolean {
  return h.status === "confirmed_recent";
}

/** Help lines (not emergency) of a country, confirmed first, with only publishable numbers. */
export function helpLines(country: Country): Hotline[] {
  return HOTLINES.filter((h) => h.country === country && h.kind !== "emergency")
    .map((h) => ({ ...h, numbers: h.numbers.filter((n) => n.publish) }))
    .filter((h) => h.numbers.length > 0)
    .sort((a, b) => Number(isConfirmed(b)) - Number(isConfirmed(a)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export function emergencyLine(country: Country): Hotline | undefined {
  return HOTLINES.find((h) => h.country === country && h.kind === "emergency");
}

/** The counter-trafficking line of a country, if one can be shown. */
export function traffickingLine(country: Country): Hotline | undefined {
  return helpLines(country).find((h) => h.kind === "counter_trafficking");
}

export function isValidE164(n: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(n);
}
