import { emergencyNumber } from "../content/hotline-text";
import type { Assessment } from "../triage";
import { hotlineText } from "./hotlines";
import { continueOnboarding, isOnboarded } from "./onboarding";
import { showMenu } from "./menu";
import type { CaseReason } from "./types";
import { opt, type Turn } from "./ui";

/** "Talk to a person": confirm first, so a stray tap does not put someone in the operators' queue. */
export function askPerson(turn: Turn, fromJob = false): void {
  turn.go({ name: "person_confirm", fromJob }).ask(turn.t("person.confirm"), [
    opt("person:yes", turn.t("person.confirm_yes")),
    opt("person:no", turn.t("common.no")),
  ]);
}

export function requestPerson(turn: Turn, fromJob: boolean): void {
  const { afterHours, nextCaseRef, openCase } = turn.ctx;
  if (openCase) {
    turn.say(turn.t("person.already", { ref: openCase.ref }));
    return showMenu(turn);
  }
  const job = fromJob ? turn.state.lastJob : undefined;
  const reason: CaseReason = {
    source: job ? "job_offer" : "user_request",
    indicators: job ? job.flags.map((f) => `offer:${f}`) : [],
    evidence: [],
    red_flags: job ? job.flags : [],
    job_offer_risk: job ? job.risk : null,
  };
  turn.effect({ type: "escalate", urgency: "normal", reason });
  turn.say(turn.t("person.created", { ref: nextCaseRef }));
  if (afterHours) turn.say(turn.t("person.after_hours"));
  turn.say(`${turn.t("person.meanwhile")}\n${hotlineText(turn)}`);
  turn.go({ name: "menu" }).ask(turn.t("menu.title"), [opt("m:hotlines", turn.t("menu.hotlines")), opt("menu", turn.t("common.menu"))]);
}

/**
 * A message that describes danger goes straight to a case, before any menu or onboarding question: emergency
 * number first, then a calm word, then the hotlines if we know where the person is.
 */
export function escalateDanger(turn: Turn, a: Assessment): void {
  const { afterHours } = turn.ctx;
  const urgency = a.urgency === "urgent" ? "urgent" : "high";
  turn.effect({
    type: "escalate",
    urgency,
    reason: {
      source: "free_text",
      indicators: a.indicators,
      evidence: a.evidence,
      red_flags: a.red_flags,
      job_offer_risk: a.job_offer_risk,
    },
  });
  const t = turn.t;
  if (urgency === "urgent") turn.say(t("danger.urgent", { emergency: emergencyNumber(turn.state) }));
  else turn.say(t("danger.high"));
  if (afterHours) turn.say(t("person.after_hours"));
  if (turn.state.origin) turn.say(hotlineText(turn));
  turn.say(t("danger.safety"));
  if (isOnboarded(turn)) showMenu(turn);
  else continueOnboarding(turn);
}
