import { z } from "zod";

/** Where users come from (the five countries of the project). */
export const ORIGINS = ["KZ", "KG", "TJ", "TM", "UZ"] as const;
export const originSchema = z.enum(ORIGINS);
export type Origin = z.infer<typeof originSchema>;

/** Where they are or plan to go. "OTHER" means a country the content does not cover yet. */
export const DESTINATIONS = ["RU", "KZ", "TR", "AE", "KR", "OTHER"] as const;
export const destinationSchema = z.enum(DESTINATIONS);
export type Destination = z.infer<typeof destinationSchema>;

/** Every country the hotline data may name. */
export const COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "RU", "TR", "AE", "KR"] as const;
export const countrySchema = z.enum(COUNTRIES);
export type Country = z.infer<typeof countrySchema>;

/** The country the person is in now: the destination once they have gone, else home. */
export function currentCountry(origin: Origin | undefined, destination: Destination | undefined, abroad: boolean | undefined): Country | undefined {
  if (abroad && destination && destination !== "OTHER") return destination;
  if (abroad) return undefined;
  return origin;
}
