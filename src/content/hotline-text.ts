import type { Translate } from "./i18n";
import { currentCountry, type Country, type Destination, type Origin } from "./countries";
import { emergencyLine, helpLines, isConfirmed, traffickingLine, type Hotline } from "./hotlines";

export interface Where {
  origin?: Origin | undefined;
  destination?: Destination | undefined;
  abroad?: boolean | undefined;
}

function numbersOf(t: Translate, h: Hotline, abroadFrom: Country | undefined): string {
  const nums = h.numbers.map((n) => {
    const parts = [n.display];
    if (abroadFrom && n.domestic_only) parts.push(t("hotlines.domestic", { country: t(`country.${h.country}`) }));
    return parts.join(" ");
  });
  const checked = isConfirmed(h) ? "" : ` ${t("hotlines.checked", { year: h.last_verified.slice(0, 4) })}`;
  return nums.join(", ") + checked;
}

/** The first emergency number of the country the person is in (112 if we do not know where that is). */
export function emergencyNumber(where: Where): string {
  const here = currentCountry(where.origin, where.destination, where.abroad);
  return here ? (emergencyLine(here)?.numbers[0]?.display ?? "112") : "112";
}

/**
 * Hotline numbers for this person: the counter-trafficking line of the home country, the help lines of the
 * country they are in now, and that country's emergency numbers. Confirmed numbers come first; uncertain
 * ones say when a source last confirmed them.
 */
export function hotlineLines(t: Translate, where: Where): string[] {
  const lines: string[] = [];
  const here = currentCountry(where.origin, where.destination, where.abroad);
  const abroad = Boolean(where.abroad && where.origin && here !== where.origin);
  if (where.origin) {
    const home = traffickingLine(where.origin);
    lines.push(
      home
        ? t("hotlines.home", { country: t(`country.${where.origin}`), numbers: numbersOf(t, home, abroad ? here ?? "KZ" : undefined) })
        : t("hotlines.none", { country: t(`country.${where.origin}`) }),
    );
  }
  if (here && here !== where.origin) {
    const local = helpLines(here);
    if (local.length > 0) {
      lines.push(t("hotlines.here", { country: t(`country.${here}`), numbers: local.map((h) => numbersOf(t, h, undefined)).join("; ") }));
    }
  }
  const em = here ? emergencyLine(here) : undefined;
  if (em && here) lines.push(t("hotlines.emergency", { country: t(`country.${here}`), numbers: numbersOf(t, em, undefined) }));
  if (where.abroad && !here) lines.push(t("hotlines.other_country"));
  return lines;
}

/**
 * The numbers alone, for one SMS segment: "KG 189, 0800 0000189; RU 112". The home country's
 * counter-trafficking line, then the help line and emergency number of the country the person is in.
 */
export function compactHotlines(where: Where): string {
  const parts: string[] = [];
  const here = currentCountry(where.origin, where.destination, where.abroad);
  const firstNumbers = (h: Hotline | undefined, max: number) => (h ? h.numbers.slice(0, max).map((n) => n.display) : []);
  if (where.origin) {
    const home = firstNumbers(traffickingLine(where.origin), 2);
    const homeEmergency = here === where.origin ? firstNumbers(emergencyLine(where.origin), 1) : [];
    const nums = [...home, ...homeEmergency];
    if (nums.length > 0) parts.push(`${where.origin} ${nums.join(", ")}`);
  }
  if (here && here !== where.origin) {
    const nums = [...firstNumbers(helpLines(here)[0], 1), ...firstNumbers(emergencyLine(here), 1)];
    if (nums.length > 0) parts.push(`${here} ${nums.join(", ")}`);
  }
  if (where.abroad && !here) parts.push("112");
  return parts.join("; ");
}
