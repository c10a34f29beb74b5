import type { ConceptId, IndicatorId } from "./types";

/**
 * Indicator rules: which concepts, found close together in one sentence, make an indicator, and how serious
 * it is on its own. "urgent" and "high" escalate; "signal" is reported but does not escalate alone (the
 * combinations in engine.ts may raise it).
 *
 * Every act concept (not a noun such as DOC or MONEY) is checked for negation ("they did NOT take", "olib
 * qo'ymadi", "алган жок", "никто не забирал") and for hypothetical framing ("can an employer keep...",
 * "olib qo'yishi mumkinmi", "если заберут"); a negated or hypothetical rule does not fire.
 */
export type Level = "urgent" | "high" | "signal";

export interface Rule {
  id: string;
  ind: IndicatorId;
  level: Level;
  /** Concepts that must all be present; the first is the anchor. */
  all: ConceptId[];
  /** Max tokens between the anchor and each other concept (default 8, same sentence); 0 = anywhere in the message. */
  win?: number;
  /**
   * Hypothetical markers block the rule (default true). Threats are conditional by nature ("if I leave they will ..."),
   * so not for them (false); "conditional": only plain conditionals ("if", "если", "agar", "эгер", -sa) are ignored, and
   * only outside a question, while modal questions ("can the employer call the police?") still block.
   */
  modal?: boolean | "conditional";
  /** The rule does not fire if one of these concepts is in the same sentence. */
  unless?: ConceptId[];
  /**
   * The rule does not fire if one of these concepts is within `nearWin` words (default 2) of the anchor in the same
   * clause: the thing the act is about ("telefonimni o'g'irlab ketishdi" is a theft, not a kidnapping; "кредит в
   * банке" is not debt bondage), while the same word further away ("kidnapped my brother and want money") is not.
   */
  unlessNear?: ConceptId[];
  nearWin?: number;
  /**
   * The rule needs context somewhere in the message: at least one of these groups with all its concepts present
   * (acts neither negated nor hypothetical).
   */
  context?: ConceptId[][];
  /** The concepts must be found in different words (a word listed under two concepts, "штраф" as cost and deduction, is one). */
  distinct?: boolean;
  /**
   * The act is not done by one of these ("police forced me to pay a fine", "politsiya qamab qo'ydi"): the rule does not
   * fire if one of them stands before the anchor in the same sentence (within 8 words, with no AGENT in between) or right
   * after it (within 3 words, same clause).
   */
  notBy?: ConceptId[];
  /** No span of these concepts between the anchor and the other concepts ("my sister said she knows where": the speaker). */
  notAcross?: ConceptId[];
  /** A span of one of these between the anchor (or on it) and each other concept ("promised a cafe, NOW with clients"). */
  via?: ConceptId[];
  /** Only strong terms count: a weak one-word term ("sauna", "clients", "клиент", "mijoz", "massage") is skipped (index.ts). */
  strong?: boolean;
  /** The other concepts must come after the anchor (the object of the verb in "know where my mother lives"). */
  after?: boolean;
  /** At least one of these concepts must be in the anchor's sentence (a span neither negated nor general talk). */
  needs?: ConceptId[];
  /**
   * A threat to call the police / migration or to deport: the rule needs a threat word, a condition ("if you leave",
   * "кетем десем") or a reported saying that is no instruction ("told me to go to the police"), and a past event
   * ("my friend was deported") is none (index.ts). "victim": a condition must be on what the victim does ("если уйдешь",
   * "кетем десем"), not any condition ("a friend said if the patent expires, migration fines you" is advice).
   */
  threatMarker?: boolean | "victim";
}

/** Nouns and context words: never checked for negation. */
export const NOUNS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  "DOC", "PHONE", "MONEY", "AGENT", "REL", "MINOR", "COST", "WORK", "ABROAD", "HARM_FAMILY", "NOW", "WENT",
  "POLICE", "LAWYER", "PAST_TIME", "RECRUIT_CHANNEL",
]);

export const RULES: readonly Rule[] = [
  // --- urgent: immediate danger
  // a locked phone is no confinement; police detaining someone is an arrest
  { id: "confine", ind: "confinement", level: "urgent", all: ["CONFINE"], unlessNear: ["PHONE"], nearWin: 1, notBy: ["POLICE"] },
  { id: "beat", ind: "physical_violence", level: "urgent", all: ["BEAT"] },
  { id: "rape", ind: "sexual_violence", level: "urgent", all: ["RAPE"] },
  { id: "kill", ind: "threat_to_life", level: "urgent", all: ["KILL"], modal: false },
  // blackmail ("will tell my family", "фото родным отправить") threatens the family's opinion, not their safety: `threat` (high)
  { id: "threat_family", ind: "threats", level: "urgent", all: ["THREAT", "HARM_FAMILY"], win: 12, modal: false, unless: ["EXPOSE"] },
  // "if you run we know where your mother lives", "onangni topamiz dedi", "анаңды табамын деп": a threat to the family is
  // conditional by nature; someone must be speaking or threatening in the sentence, and "find a job" is no threat. A plain
  // relative word ("my brother", "ukam") must be the object, after the verb ("know where my mother lives", "найдём твою
  // сестру"): "my brother said he will find us a flat" is none.
  {
    id: "threat_find", ind: "threats", level: "urgent", all: ["FIND_THREAT", "HARM_FAMILY"], win: 12, modal: false,
    needs: ["SPEECH", "THREAT", "AGENT", "MODAL_PRE"], unlessNear: ["WORK"], nearWin: 3, notAcross: ["SPEECH"], notBy: ["POLICE"],
  },
  {
    id: "threat_find_rel", ind: "threats", level: "urgent", all: ["FIND_THREAT", "REL"], win: 6, modal: false, after: true,
    needs: ["SPEECH", "THREAT", "AGENT", "MODAL_PRE"], unlessNear: ["WORK"], nearWin: 3, notAcross: ["SPEECH"], notBy: ["POLICE"],
  },
  // a forced marriage: forced in itself, or giving in marriage with force or against her will (a minor: index.ts)
  { id: "forced_marriage", ind: "forced_marriage", level: "urgent", all: ["FORCED_MARRIAGE"] },
  { id: "marry_unwilling", ind: "forced_marriage", level: "urgent", all: ["MARRY_OFF", "UNWILLING"], win: 12 },
  { id: "marry_forced", ind: "forced_marriage", level: "urgent", all: ["MARRY_OFF", "FORCE"], win: 8 },
  // "they said waitress, now she is in a club with men", "официанткой обещали, а там с мужчинами": deceived into sex work
  // (the deception first, then a turn: now / but there / instead / оказалось)
  // (not a weak sex word alone: "promised 1000, now clients complain", "теперь работаю в сауне уборщицей")
  { id: "sex_deceive", ind: "sexual_exploitation", level: "urgent", all: ["DECEIVE", "SEX"], win: 0, after: true, via: ["NOW"], unless: ["LEAVE_FREE"], strong: true },
  { id: "kidnap", ind: "kidnapping", level: "urgent", all: ["KIDNAP"], unlessNear: ["DOC", "PHONE", "MONEY"], notBy: ["POLICE"] },
  // a person put or pushed into a car and taken away (the person is named: a phone or money in the phrase goes with them)
  { id: "kidnap_car", ind: "kidnapping", level: "urgent", all: ["KIDNAP_CAR"], notBy: ["POLICE"] },
  // brought or driven somewhere and "I do not know where I am / which city"
  // (not a choice: "i dont know which city is better for work")
  { id: "lost_taken", ind: "kidnapping", level: "urgent", all: ["WHERE_AM_I", "BROUGHT"], win: 12, notBy: ["POLICE"], unlessNear: ["WORK"], nearWin: 4 },
  { id: "sex_forced", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "FORCE"], win: 10 },
  { id: "sex_sold", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "SOLD"], win: 12 },
  { id: "sex_confine", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "CONFINE"], win: 0 },
  { id: "sex_debt", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "DEBT"], win: 12 },
  { id: "help_now", ind: "help_now", level: "urgent", all: ["HELP_NOW"] },
  // --- high: exploitation going on or past
  // "foreman holding our salary 3 months and passports": the document may come a few words after the act
  { id: "doc_take", ind: "retention_of_documents", level: "high", all: ["DOC", "TAKE"], win: 7, unless: ["LOST", "HAVE_OWN"] },
  { id: "phone_take", ind: "isolation", level: "high", all: ["PHONE", "TAKE"], win: 4 },
  { id: "isolate", ind: "isolation", level: "signal", all: ["ISOLATE"] },
  { id: "restrict", ind: "restriction_of_movement", level: "high", all: ["RESTRICT"] },
  { id: "cant_leave", ind: "restriction_of_movement", level: "signal", all: ["CANT_LEAVE"] },
  { id: "threat", ind: "threats", level: "high", all: ["THREAT"], modal: false },
  // a threat to call the police / migration or to deport: needs a threat, a reported saying or a condition (index.ts)
  { id: "threat_denounce", ind: "threats", level: "high", all: ["DENOUNCE", "AGENT"], win: 12, modal: "conditional", threatMarker: true },
  // the boss left unnamed: "кетем десем миграционкага айтам дейт", "гуфт ба миграционка занг мезанам" (a saying with a condition,
  // a threat word or the speaker's own future act)
  { id: "threat_denounce_said", ind: "threats", level: "high", all: ["DENOUNCE", "SPEECH"], win: 8, modal: "conditional", threatMarker: "victim" },
  // a phone, money or a passport sold is no person sold
  { id: "sold", ind: "sold", level: "high", all: ["SOLD"], unlessNear: ["PHONE", "MONEY", "DOC"] },
  { id: "forced", ind: "forced_labour", level: "high", all: ["FORCE"], unless: ["LEAVE_FREE"], notBy: ["POLICE"] },
  { id: "victim", ind: "past_trafficking", level: "high", all: ["VICTIM"] },
  { id: "sex", ind: "sexual_exploitation", level: "signal", all: ["SEX"] },
  // a bank loan or consumer credit next to the debt word is not a debt to the employer ("они" / "they" is an AGENT)
  { id: "debt_workoff", ind: "debt_bondage", level: "high", all: ["DEBT", "WORKOFF"], win: 10, unlessNear: ["BANK"], nearWin: 3 },
  { id: "debt_cost", ind: "debt_bondage", level: "high", all: ["DEBT", "COST"], win: 8, unlessNear: ["BANK"], nearWin: 3 },
  { id: "debt_agent", ind: "debt_bondage", level: "high", all: ["DEBT", "AGENT"], win: 8, unless: ["BANK"] },
  { id: "workoff_cost", ind: "debt_bondage", level: "high", all: ["WORKOFF", "COST"], win: 8, distinct: true, unless: ["LEAVE_FREE"], unlessNear: ["BANK"], nearWin: 3 },
  { id: "nopay", ind: "withholding_of_wages", level: "signal", all: ["NOPAY"] },
  // A relative not answering is high only with a reason for suspicion: a job offer, deception, having gone for work,
  // a trip paid by someone, secrecy, a recruiter met on social media / through an ad or an acquaintance, or a long silence
  // (three weeks or more); otherwise it is a family worry
  // (family_health_social).
  {
    id: "missing", ind: "relative_missing", level: "high", all: ["UNREACH", "REL"], win: 0,
    context: [["OFFER"], ["DECEIVE"], ["WENT", "WORK"], ["F_PAID_TRAVEL"], ["F_SECRECY"], ["LONG_TIME"], ["RECRUIT_CHANNEL"]],
  },
  { id: "missing_plain", ind: "relative_missing", level: "signal", all: ["UNREACH", "REL"], win: 0 },
  { id: "overtime", ind: "excessive_overtime", level: "signal", all: ["OVERTIME"] },
  { id: "deceive", ind: "deception", level: "signal", all: ["DECEIVE"] },
  { id: "conditions", ind: "abusive_conditions", level: "signal", all: ["CONDITIONS"] },
  { id: "vuln", ind: "abuse_of_vulnerability", level: "signal", all: ["VULN"] },
  { id: "escaped", ind: "past_trafficking", level: "signal", all: ["ESCAPED"] },
];
