import { COUNTRY_WORDS } from "../../content/country-words";
import type { ConceptId, LangLexicon } from "../types";
import { en } from "./en";
import { kk } from "./kk";
import { ky } from "./ky";
import { ru } from "./ru";
import { tg } from "./tg";
import { tk } from "./tk";
import { uz } from "./uz";

/** All lexicons. Every term of every language is active on every message (people mix languages). */
export const LEXICONS: readonly LangLexicon[] = [en, ru, uz, ky, tg, kk, tk];

/** Destination countries (stems shared with the rest of the product) and the word "abroad" in each language. */
const DESTINATIONS = ["RU", "TR", "AE", "KR", "KZ"] as const;
const ABROAD_WORDS = [
  "abroad", "overseas", "foreign country", "за границ*", "за рубеж*", "заграниц*", "чужбин*", "xorij*", "chet el*", "chet davlat*", "хориж*",
  "чет эл*", "чет өлкө*", "шетел*", "шет ел*", "хориҷ*", "ғурбат*", "daşary ýurt*", "dubai*", "дубай*", "дубае", "стамбул*", "istanbul*",
  "москв*", "moskva*", "moscow", "питер*", "petersburg", "санкт*", "новосибирск*", "екатеринбург*", "казан*", "korea*", "seoul", "сеул*",
  "turkey", "turkiye", "turkiya*", "türkiýe*", "туркия*", "түркия*", "туркия", "анталь*", "antaly*", "emirat*", "саудов*", "saudi*", "ар-рияд*",
  "польш*", "polsha*", "germaniya*", "германи*", "europe", "европ*", "yevropa*", "англи*", "britain", "uk", "usa", "america*", "америк*",
  "japan", "япони*", "china", "кита*", "xitoy*", "хитой*",
];

/** Words that cancel a job-offer red flag right next to it: "no fee", "не нужно платить", "to'lov yo'q". */
const FLAG_NEG_WORDS = [
  "no", "without", "free of", "not needed", "not required", "don't need", "dont need", "do not need", "no need", "never",
  "не нужно", "не надо", "не требуется", "не берут", "не просят", "нет", "без", "не",
  "kerak emas", "shart emas", "yo'q", "emas", "керак эмас", "шарт эмас",
  "керек эмес", "жок", "талап кылынбайт",
  "керек емес", "жоқ", "талап етілмейді",
  "лозим нест", "нест", "шарт нест",
  "gerek däl", "ýok", "däl",
];

export function sharedConceptTerms(): [ConceptId, string[]][] {
  const abroad: string[] = [...ABROAD_WORDS];
  for (const code of DESTINATIONS) {
    for (const stem of COUNTRY_WORDS[code] ?? []) abroad.push(stem.length <= 3 ? stem : `${stem}*`);
  }
  return [
    ["ABROAD", abroad],
    ["FLAG_NEG", FLAG_NEG_WORDS],
  ];
}

export { en, kk, ky, ru, tg, tk, uz };
