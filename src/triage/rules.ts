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
}

/** Nouns and context words: never checked for negation. */
export const NOUNS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  "DOC", "PHONE", "MONEY", "AGENT", "REL", "MINOR", "COST", "WORK", "ABROAD", "HARM_FAMILY", "NOW", "WENT",
]);

export const RULES: readonly Rule[] = [
  // --- urgent: immediate danger
  { id: "confine", ind: "confinement", level: "urgent", all: ["CONFINE"] },
  { id: "beat", ind: "physical_violence", level: "urgent", all: ["BEAT"] },
  { id: "rape", ind: "sexual_violence", level: "urgent", all: ["RAPE"] },
  { id: "kill", ind: "threat_to_life", level: "urgent", all: ["KILL"], modal: false },
  { id: "threat_family", ind: "threats", level: "urgent", all: ["THREAT", "HARM_FAMILY"], modal: false },
  { id: "kidnap", ind: "kidnapping", level: "urgent", all: ["KIDNAP"], unlessNear: ["DOC", "PHONE", "MONEY"] },
  { id: "sex_forced", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "FORCE"], win: 10 },
  { id: "sex_sold", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "SOLD"], win: 12 },
  { id: "sex_confine", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "CONFINE"], win: 0 },
  { id: "sex_debt", ind: "sexual_exploitation", level: "urgent", all: ["SEX", "DEBT"], win: 12 },
  { id: "help_now", ind: "help_now", level: "urgent", all: ["HELP_NOW"] },
  // --- high: exploitation going on or past
  { id: "doc_take", ind: "retention_of_documents", level: "high", all: ["DOC", "TAKE"], win: 5, unless: ["LOST", "HAVE_OWN"] },
  { id: "phone_take", ind: "isolation", level: "high", all: ["PHONE", "TAKE"], win: 4 },
  { id: "isolate", ind: "isolation", level: "signal", all: ["ISOLATE"] },
  { id: "restrict", ind: "restriction_of_movement", level: "high", all: ["RESTRICT"] },
  { id: "cant_leave", ind: "restriction_of_movement", level: "signal", all: ["CANT_LEAVE"] },
  { id: "threat", ind: "threats", level: "high", all: ["THREAT"], modal: false },
  { id: "threat_denounce", ind: "threats", level: "high", all: ["DENOUNCE", "AGENT"], win: 8, modal: "conditional" },
  { id: "sold", ind: "sold", level: "high", all: ["SOLD"] },
  { id: "forced", ind: "forced_labour", level: "high", all: ["FORCE"], unless: ["LEAVE_FREE"] },
  { id: "victim", ind: "past_trafficking", level: "high", all: ["VICTIM"] },
  { id: "sex", ind: "sexual_exploitation", level: "signal", all: ["SEX"] },
  // a bank loan or consumer credit next to the debt word is not a debt to the employer ("они" / "they" is an AGENT)
  { id: "debt_workoff", ind: "debt_bondage", level: "high", all: ["DEBT", "WORKOFF"], win: 10, unlessNear: ["BANK"], nearWin: 3 },
  { id: "debt_cost", ind: "debt_bondage", level: "high", all: ["DEBT", "COST"], win: 8, unlessNear: ["BANK"], nearWin: 3 },
  { id: "debt_agent", ind: "debt_bondage", level: "high", all: ["DEBT", "AGENT"], win: 8, unless: ["BANK"] },
  { id: "workoff_cost", ind: "debt_bondage", level: "high", all: ["WORKOFF", "COST"], win: 8 },
  { id: "nopay", ind: "withholding_of_wages", level: "signal", all: ["NOPAY"] },
  // A relative not answering is high only with a reason for suspicion: a job offer, deception, having gone for work,
  // a trip paid by someone, secrecy, or a long silence (three weeks or more); otherwise it is a family worry
  // (family_health_social).
  {
    id: "missing", ind: "relative_missing", level: "high", all: ["UNREACH", "REL"], win: 0,
    context: [["OFFER"], ["DECEIVE"], ["WENT", "WORK"], ["F_PAID_TRAVEL"], ["F_SECRECY"], ["LONG_TIME"]],
  },
  { id: "missing_plain", ind: "relative_missing", level: "signal", all: ["UNREACH", "REL"], win: 0 },
  { id: "overtime", ind: "excessive_overtime", level: "signal", all: ["OVERTIME"] },
  { id: "deceive", ind: "deception", level: "signal", all: ["DECEIVE"] },
  { id: "conditions", ind: "abusive_conditions", level: "signal", all: ["CONDITIONS"] },
  { id: "vuln", ind: "abuse_of_vulnerability", level: "signal", all: ["VULN"] },
  { id: "escaped", ind: "past_trafficking", level: "signal", all: ["ESCAPED"] },
];
