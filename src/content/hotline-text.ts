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
