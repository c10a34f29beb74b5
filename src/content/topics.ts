import type { CategoryId } from "./categories";
import type { Destination, Origin } from "./countries";

/**
 * Safe-migration topics, one per hotline consultation category (domain.md §1). Words live in
 * locales/<lang>.json under topics.<id>.{title,short,more}; destination-specific lines under topics.<id>.<KEY>.
 * "what_is_trafficking" has its own menu item and "trafficking_case" goes to a person, so neither is a topic.
 */
export const TOPIC_IDS = [
  "employment_abroad",
  "rules_of_stay_abroad",
  "id_documents",
  "contacts_embassies",
  "trip_to_kazakhstan",
  "return_home",
  "work_in_home_country",
  "education_abroad",
  "business_trip",
  "tourist_trip",
  "marriage_abroad",
  "permanent_residence",
  "family_health_social",
] as const satisfies readonly CategoryId[];
export type TopicId = (typeof TOPIC_IDS)[number];

/** Pages of the topic menu: at most 7 options each so an SMS menu stays within three segments. */
export const TOPIC_PAGES: readonly (readonly TopicId[])[] = [TOPIC_IDS.slice(0, 6), TOPIC_IDS.slice(6)];

export function isTopic(id: string): id is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(id);
}

const EAEU: readonly Origin[] = ["KZ", "KG"];

/** The destination-specific line of a topic, as a locale key suffix, or undefined if the topic is general. */
export function destinationKey(topic: TopicId, origin: Origin | undefined, destination: Destination | undefined): string | undefined {
  const dest = destination ?? "OTHER";
  if (topic === "employment_abroad") {
    if (dest === "RU") return origin && EAEU.includes(origin) ? "RU_eaeu" : "RU_patent";
    if (dest === "KZ") return origin === "KG" ? "KZ_eaeu" : origin === "KZ" ? undefined : "KZ_permit";
    return dest;
  }
  if (topic === "rules_of_stay_abroad") {
    if (dest === "KZ" && origin === "KZ") return undefined;
    return dest;
  }
  return undefined;
}

/** IOM mission e-mails by origin country (domain.md §11, July 2021). */
export const IOM_CONTACTS: Record<Origin, string> = {
  KZ: "iomastana@iom.int, iomalmaty@iom.int",
  KG: "iomkyrgyzstan@iom.int",
  TJ: "dushanbe@iom.int",
  TM: "iomashgabat@iom.int",
  UZ: "iomtashkent@iom.int",
};
