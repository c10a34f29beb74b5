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

/**
 * Words that cancel a job-offer red flag right next to it: "no fee", "не нужно платить", "to'lov yo'q". English "no"
 * folds like Russian "но" (but), so index.ts counts it only when typed in Latin letters.
 */
const FLAG_NEG_WORDS = [
  "no", "without", "free of", "not needed", "not required", "don't need", "dont need", "do not need", "no need", "never",
  "не нужно", "не надо", "не требуется", "не берут", "не просят", "нет", "без", "не",
  "kerak emas", "shart emas", "yo'q", "emas", "керак эмас", "шарт эмас",
  "керек эмес", "жок", "талап кылынбайт",
  "керек емес", "жоқ", "талап етілмейді",
  "лозим нест", "нест", "шарт нест",
  "gerek däl", "ýok", "däl",
];

/**
 * Short country codes ("рф", "оаэ", "баа", "uae") are matched on the word as typed, not on the folded skeleton:
 * folded, "баа"/"баә" become "ba", the Tajik preposition "ба" (to), and would put a foreign country in nearly
 * every Tajik message. index.ts looks them up in this set (lower case, apostrophes unified).
 */
export const SHORT_DESTINATION_CODES: ReadonlySet<string> = new Set(
  DESTINATIONS.flatMap((code) => (COUNTRY_WORDS[code] ?? []).filter((stem) => stem.length <= 3)),
);

/** Said / told: a threat reported by the speaker ("he said if I leave ...", "... dedi") is not a hypothetical. */
const SPEECH_WORDS = [
  "said", "says", "told", "tells", "telling", "saying", "he say", "she say", "they say",
  "сказал*", "говорит", "говорят", "говорил*", "заявил*", "пригрозил*", "skazal*", "govorit", "govoryat",
  "dedi", "dedilar", "deydi", "deyapti", "deyishdi", "deyishyapti", "deb", "aytdi", "aytyapti", "дейди", "деди", "деб", "айтди",
  "деп", "дейт", "дешти", "деди", "айтты", "айтат", "деді", "дейді", "айтады",
  "гуфт", "гуфтанд", "гуфтааст", "мегӯяд", "мегӯянд", "мегуфт*",
  "diýdi", "diýdiler", "diýýär", "diýýärler", "diýip", "diýipdi", "aýtdy", "aýdýar", "diydi", "diyyar", "diyip",
];

/**
 * Banks and consumer credit (all languages): "кредит в банке", "bankdan kredit", "mortgage". "Кредит / kredit" is a
 * bank or microfinance loan in the region's usage; a debt to an employer or recruiter is "долг / qarz / карыз / bergi".
 */
const BANK_WORDS = [
  "bank*", "кредит*", "kredit*", "credit*", "банк*", "mortgage*", "ипотек*", "ipotek*", "микрокредит*", "микрозайм*", "mikrokredit*", "mikrozaim*", "microcredit*",
  "microloan*", "мфо", "ломбард*", "lombard*", "credit card*", "кредитк*", "рассрочк*", "nasiya*", "насия*", "насыя*", "несие*",
];

/** Places in the home countries of the users (not destinations), as typed in several scripts. */
const HOME_PLACES = [
  // Uzbekistan
  "tashkent*", "toshkent*", "ташкент*", "тошкент*", "samarkand*", "samarqand*", "самарканд*", "самарқанд*", "buxoro*", "bukhara*", "бухар*",
  "бухоро*", "andijan*", "andijon*", "андижан*", "андижон*", "namangan*", "наманган*", "fergana*", "farg'ona*", "фергана*", "фарғона*",
  "nukus*", "нукус*", "termez*", "termiz*", "термез*", "термиз*", "jizzax*", "jizzakh*",
  "джизак*", "жиззах*", "navoi*", "navoiy*", "навои*", "urganch*", "urgench*", "ургенч*", "урганч*", "xiva*", "khiva*", "хива*",
  "qo'qon*", "kokand*", "коканд*", "қўқон*", "guliston*", "гулистан*", "гулистон*",
  // Kyrgyzstan
  "bishkek*", "бишкек*", "жалал-абад*", "jalal-abad*", "жалалабад*", "karakol*", "каракол*", "naryn*", "нарын*", "talas", "талас", "таласта", "talasta",
  "batken*", "баткен*", "tokmok*", "токмок*", "ошто", "оштон", "ош шаар*", "osh city", "in osh",
  // Tajikistan
  "dushanbe*", "душанбе*", "khujand*", "khudjand*", "худжанд*", "хуҷанд*", "хужанд*", "kulob*", "kulyab*", "куляб*", "кӯлоб*", "кулоб*",
  "bokhtar*", "бохтар*", "istaravshan*", "истаравшан*", "panjakent*", "penjikent*", "панҷакент*", "пенджикент*", "хорог*", "khorog*",
  // Turkmenistan
  "ashgabat*", "ashkhabad*", "aşgabat*", "ашхабад*", "ашгабат*", "türkmenabat*", "turkmenabat*", "туркменабат*", "daşoguz*", "dashoguz*",
  "дашогуз*", "balkanabat*", "балканабат*", "türkmenbaşy*", "туркменбаши*",
  // the countries (not the nationality words: "a Kyrgyz citizen in Moscow" is abroad)
  "uzbekistan*", "o'zbekiston*", "ozbekiston*", "узбекистан*", "ўзбекистон*", "узбекистон*", "kyrgyzstan*", "kirgizstan*", "qirg'iziston*",
  "кыргызстан*", "киргизстан*", "киргизи*", "қирғизистон*", "tajikistan*", "tojikiston*", "таджикистан*", "тоҷикистон*", "тожикистон*",
  "turkmenistan*", "türkmenistan*", "туркменистан*", "туркманистон*",
  // Kazakh / Kyrgyz spellings
  "өзбекстан*", "қырғызстан*", "тәжікстан*", "тажикстан*", "түрікменстан*", "түркмөнстан*", "түркменстан*",
];

/** Kazakhstan and its cities: a destination for most users, home for Kazakh speakers. */
const KZ_PLACES = [
  ...(COUNTRY_WORDS.KZ ?? []).map((s) => `${s}*`),
  "almaty*", "алмат*", "astana*", "астан*", "shymkent*", "шымкент*", "чимкент*", "karaganda*", "қарағанд*", "караганд*", "aktobe*", "ақтөбе*",
  "актобе*", "atyrau*", "атырау*", "aktau*", "ақтау*", "актау*", "taraz*", "тараз*", "pavlodar*", "павлодар*", "oskemen*", "өскемен*",
  "kostanay*", "қостанай*", "костанай*", "kyzylorda*", "қызылорда*", "кызылорд*", "туркестан*", "түркістан*",
  "uralsk*", "уральск*", "petropavl*", "петропавл*",
];

export function sharedConceptTerms(): [ConceptId, string[]][] {
  const abroad: string[] = [...ABROAD_WORDS];
  for (const code of DESTINATIONS) {
    for (const stem of COUNTRY_WORDS[code] ?? []) if (stem.length > 3) abroad.push(`${stem}*`);
  }
  return [
    ["ABROAD", abroad],
    ["FLAG_NEG", FLAG_NEG_WORDS],
    ["SPEECH", SPEECH_WORDS],
    ["BANK", BANK_WORDS],
    ["HOME_PLACE", HOME_PLACES],
    ["KZ_PLACE", KZ_PLACES],
  ];
}

export { en, kk, ky, ru, tg, tk, uz };
