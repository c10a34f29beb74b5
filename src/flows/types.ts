import { z } from "zod";
import { destinationSchema, originSchema } from "../content/countries";
import { langSchema, type Lang } from "../content/languages";
import { redFlagIdSchema } from "../content/red-flags";
import { TOPIC_IDS } from "../content/topics";
import type { Assessment } from "../triage";

export const answerSchema = z.enum(["yes", "no", "unsure"]);
export const topicIdSchema = z.enum(TOPIC_IDS);

export const screenSchema = z.discriminatedUnion("name", [
  z.object({ name: z.literal("lang") }),
  z.object({ name: z.literal("origin") }),
  z.object({ name: z.literal("destination") }),
  z.object({ name: z.literal("abroad") }),
  z.object({ name: z.literal("menu") }),
  z.object({ name: z.literal("settings") }),
  z.object({
    name: z.literal("job"),
    index: z.number().int().min(0),
    answers: z.partialRecord(redFlagIdSchema, answerSchema),
  }),
  z.object({ name: z.literal("job_result") }),
  z.object({ name: z.literal("topics"), page: z.number().int().min(0) }),
  z.object({ name: z.literal("topic"), id: topicIdSchema, more: z.boolean() }),
  z.object({ name: z.literal("hotlines") }),
  z.object({ name: z.literal("about"), more: z.boolean() }),
  z.object({ name: z.literal("person_confirm"), fromJob: z.boolean() }),
]);
export type Screen = z.infer<typeof screenSchema>;

export const flowStateSchema = z.object({
  lang: langSchema.optional(),
  origin: originSchema.optional(),
  destination: destinationSchema.optional(),
  abroad: z.boolean().optional(),
  screen: screenSchema,
  /** Option ids of the last menu shown, in order: on SMS, digit n chooses options[n-1]. */
  options: z.array(z.string()).default([]),
  /** Free text typed before the user finished choosing language and countries, answered afterwards. */
  pending: z.string().max(1000).optional(),
  /** The last job-offer check, so "talk to a person" can pass it on. */
  lastJob: z
    .object({ risk: z.enum(["low", "medium", "high"]), flags: z.array(redFlagIdSchema), unsure: z.array(redFlagIdSchema) })
    .optional(),
  /** When we last told a user with an open case that their message was passed on (to not repeat it). */
  ackAt: z.number().optional(),
});
export type FlowState = z.infer<typeof flowStateSchema>;

export const INITIAL_STATE: FlowState = { screen: { name: "lang" }, options: [] };

export type FlowInput = { kind: "text"; text: string } | { kind: "option"; id: string };

export interface Option {
  id: string;
  label: string;
}
export interface Reply {
  text: string;
  options?: Option[];
}

export const caseReasonSchema = z.object({
  source: z.enum(["free_text", "job_offer", "user_request"]),
  indicators: z.array(z.string()),
  evidence: z.array(z.object({ indicator: z.string(), match: z.string() })),
  red_flags: z.array(z.string()),
  job_offer_risk: z.enum(["low", "medium", "high"]).nullable(),
});
export type CaseReason = z.infer<typeof caseReasonSchema>;
export type Urgency = "urgent" | "high" | "normal";

export type Effect =
  /** Open a case (or raise the urgency of the open one). */
  | { type: "escalate"; urgency: Urgency; reason: CaseReason }
  /** The inbound message belongs to the open case: the operator must see it. */
  | { type: "to_operator" }
  /** Reopen the recently closed case with this message. */
  | { type: "reopen" };

export interface OpenCase {
  ref: string;
  urgency: Urgency;
}

export interface StepContext {
  now: number;
  /** The channel of this conversation: SMS gets compact texts (every segment costs the user or the NGO). */
  channel: "web" | "telegram" | "sms" | "cli";
  /** The conversation's open case, if any. */
  openCase: OpenCase | null;
  /** A case closed recently enough that a new message reopens it. */
  reopenable: OpenCase | null;
  /** The platform's language hint (Telegram language_code), used for a new user. */
  langHint?: Lang;
  /** The reference the next case of this conversation will get (the store generated it). */
  nextCaseRef: string;
  /** Outside the hotline's working hours for this user. */
  afterHours: boolean;
  /** The free-text triage (src/triage), injected so flows stay pure and testable. */
  assess: (text: string, hint?: Lang) => Assessment;
  detectLang: (text: string, hint?: Lang) => Lang;
}

export interface StepResult {
  state: FlowState;
  replies: Reply[];
  effects: Effect[];
}

/** Longest text the flows read; the rest of a longer message is stored but not interpreted. */
export const MAX_TEXT = 4000;
