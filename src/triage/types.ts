import type { CategoryId } from "../content/categories";
import type { Lang } from "../content/languages";
import type { RedFlagId } from "../content/red-flags";

/**
 * Indicators the triage can report. The first eleven follow the ILO indicators of forced labour (domain.md §3);
 * the rest name the Palermo "means"/purposes and the urgent signals (minor, help now, kidnapping ...).
 */
export const INDICATOR_IDS = [
  // ILO forced-labour indicators
  "abuse_of_vulnerability",
  "deception",
  "restriction_of_movement",
  "isolation",
  "physical_violence",
  "threats",
  "retention_of_documents",
  "withholding_of_wages",
  "debt_bondage",
  "abusive_conditions",
  "excessive_overtime",
  // urgent signals and Palermo means / purposes
  "confinement",
  "sexual_violence",
  "sexual_exploitation",
  "threat_to_life",
  "minor",
  "help_now",
  "kidnapping",
  "sold",
  "forced_labour",
  "relative_missing",
  "past_trafficking",
  "forced_marriage",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Word classes ("concepts"). A lexicon lists, per language, the stems and phrases that express each one;
 * rules (rules.ts) combine concepts into indicators.
 */
export const CONCEPT_IDS = [
  // things and people
  "DOC", // passport, ID, documents
  "PHONE",
  "MONEY", // wages, salary, money
  "AGENT", // employer, boss, recruiter, agency, landlord, "they"
  "REL", // a specific relative or friend: my sister, брат, ukam
  "MINOR", // child, minor, school girl
  "COST", // ticket, visa, flight, housing, food (things charged to a worker)
  "WORK", // work, job (noun or verb)
  "ABROAD", // a destination country or "abroad" (from content/country-words.ts plus the lexicons)
  // acts
  "TAKE", // took / keeps / holds / won't give back (documents, phone)
  "HAVE_OWN", // the document is with me
  "LOST", // lost / stolen by a thief
  "CONFINE", // locked in, not let out, guarded (urgent)
  "RESTRICT", // not allowed to leave / quit (imposed by someone)
  "CANT_LEAVE", // I cannot leave / quit / go home (stated inability)
  "BEAT", // physical violence
  "RAPE", // sexual violence
  "KILL", // threat to life
  "THREAT", // threaten, intimidate
  "DENOUNCE", // report to police/migration, deport (as a threat)
  "HARM_FAMILY", // harm to the family (as a threat)
  "HELP_NOW", // save me, come get me, SOS, help now
  "HELP", // help (generic)
  "SEX", // prostitution, clients, brothel
  "FORCE", // forced, made to
  "KIDNAP",
  "SOLD", // sold / resold / bought (a person)
  "DEBT", // debt, owe
  "WORKOFF", // work off, deduct from wages
  "NOPAY", // not paid, wages withheld
  "UNREACH", // cannot reach, missing, phone off
  "WENT", // went / left (abroad, for work)
  "OFFER", // job offer, vacancy, invited
  "PRE_DEPART", // going to go, should I go, not left yet
  "ABROAD_NOW", // already here, I work here
  "OVERTIME", // no days off, 16 hours a day
  "ISOLATE", // do not know where I am, not allowed to call
  "DECEIVE", // promised ... / deceived
  "CONDITIONS", // sleep on the floor, no water, container
  "VULN", // no papers, nowhere to go
  "TRAFFICKING", // human trafficking, slavery, forced labour (as a subject)
  "VICTIM", // I was a victim / was trafficked
  "NOW", // now, urgently
  "ESCAPED", // I escaped / ran away
  "LEAVE_FREE", // I can leave / quit / change job
  "LONG_TIME", // three weeks or more, months, a year ("2 oydan beri", "уже 3 недели"); added by index.ts, not by lexicons
  "SPEECH", // said / сказал / dedi / деди / гуфт / diýdi: a reported threat is not a hypothetical (shared terms)
  "BANK", // bank, credit, mortgage, microloan: a debt to a bank is not debt bondage (shared terms)
  "HOME_PLACE", // a place in the speaker's home region (Tashkent, Bishkek, Dushanbe ...), for the category (shared terms)
  "KZ_PLACE", // Kazakhstan and its cities: home for Kazakh speakers (shared terms)
  "POLICE", // police, militia, cops: as the one who acts, an arrest or a fine, not the employer (shared terms)
  "WHERE_AM_I", // I do not know where I am / which city (shared terms)
  "BROUGHT", // brought / taken / driven somewhere by someone (shared terms)
  "KIDNAP_CAR", // a person put / pushed into a car and taken away (shared terms)
  "FIND_THREAT", // we will find / know where they live / something will happen (a threat with a family word; shared terms)
  "LAWYER", // lawyer, court, have them punished (shared terms)
  "PAST_TIME", // ago, last year, before, раньше, былтыр, мурда, o'tgan yili, соли гузашта (shared terms)
  "HOME_NOW", // I am home now / came back home (shared terms)
  "HELD", // a person kept / held: меня держали, i was kept (shared terms)
  "RECRUIT_CHANNEL", // social media, an ad, an acquaintance as the recruiter (shared terms)
  "MARRY_OFF", // giving a woman or girl in marriage (shared terms)
  "FORCED_MARRIAGE", // a marriage forced in itself (shared terms)
  "UNWILLING", // did not want / against her will (shared terms)
  "EXPOSE", // tell the family, photos, shaming: blackmail, a threat to reputation rather than safety (shared terms)
  "NANNY", // nanny, looking after children as a job: those children are no minors at risk (shared terms)
  // grammar
  "PRE_NEG", // not, не (directly before the verb)
  "POST_NEG", // emas, yo'q, жок, жоқ, däl, ýok, нест (after the verb)
  "SCOPE_NEG", // nobody, никто, hech kim (anywhere near)
  "MODAL_PRE", // can an employer ..., можно ли, если, what if (before the act)
  "MODAL_POST", // ... mumkinmi, болобу, бола ма, bolýarmy (after the act, Turkic / Tajik)
  "GENERAL", // news, film, essay, in general, usually, people say
  "QUESTION_WORD", // what, how, where
  // job-offer red flags (expressed directly)
  "F_PAID_TRAVEL",
  "F_PASSPORT_KEPT",
  "F_FEE",
  "F_NO_PERMIT",
  "F_NO_CONTRACT",
  "F_PAY_HIGH",
  "F_SECRECY",
  "F_INFORMAL",
  "F_SAFE", // licensed agency, written contract (lowers nothing, but marks a checked offer)
  "PAY_VERB", // pay / cover (ticket paid)
  "FLAG_NEG", // no / without / not needed (negates a red flag next to it)
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

/** Words that point to a consultation category (the non-escalation categories). */
export type CategoryTerms = Partial<Record<CategoryId, string[]>>;

/**
 * One language's lexicon. Term syntax (matched on the folded Latin "skeleton", see normalize.ts):
 *  - words separated by spaces must follow each other; ".." between words allows up to 3 words in between;
 *  - `stem*` matches any word starting with stem; a bare word matches exactly;
 *  - `stem+` is a Turkic verb stem: any ending, except a negative one (-ma-/-me-/-ba-/-pa-...), so
 *    "olib qo'y+" matches "olib qo'ydi" but not "olib qo'ymadi";
 *  - Cyrillic and Latin spellings are both fine: every term is transliterated and folded like the text.
 */
export interface LangLexicon {
  lang: Lang;
  /** Frequent words typical of the language (for detectLang), in its usual script(s). */
  markers: string[];
  concepts: Partial<Record<ConceptId, string[]>>;
  categories: CategoryTerms;
}

export type { CategoryId, Lang, RedFlagId };
