import { z } from "zod";

/**
 * Job-offer red flags (domain.md §4, the eight "core" questions). The questionnaire asks them one by one;
 * the free-text triage recognises the same flags in a described offer. Weight H alone gives high risk.
 */
export const RED_FLAG_IDS = [
  "paid_travel", // Q1: ticket/visa paid by someone, to be repaid from wages
  "passport_kept", // Q2: employer/recruiter will keep the passport
  "recruitment_fee", // Q3: fee to the recruiter or agency
  "no_work_permit", // Q4: travel as a tourist and work without permit
  "no_contract", // Q5: no written contract, or one you cannot read
  "pay_too_high", // Q6: pay far above normal, no skills asked
  "secrecy", // Q7: asked not to tell anyone
  "informal_recruiter", // Q8: partner/new friend/relative or social media only
] as const;
export const redFlagIdSchema = z.enum(RED_FLAG_IDS);
export type RedFlagId = z.infer<typeof redFlagIdSchema>;

export const RED_FLAG_WEIGHT: Record<RedFlagId, "H" | "M"> = {
  paid_travel: "H",
  passport_kept: "H",
  recruitment_fee: "M",
  no_work_permit: "H",
  no_contract: "M",
  pay_too_high: "M",
  secrecy: "H",
  informal_recruiter: "M",
};

/** One H flag, or two M flags, make an offer high risk; one M flag medium; none low. */
export function riskFromFlags(flags: readonly RedFlagId[]): "low" | "medium" | "high" {
  const unique = [...new Set(flags)];
  const high = unique.filter((f) => RED_FLAG_WEIGHT[f] === "H").length;
  const medium = unique.length - high;
  if (high > 0 || medium >= 2) return "high";
  if (medium === 1) return "medium";
  return "low";
}
