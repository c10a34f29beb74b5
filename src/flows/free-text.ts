import { isTopic } from "../content/topics";
import { riskFromFlags } from "../content/red-flags";
import { showAbout } from "./about";
import { showHotlines } from "./hotlines";
import { showJobResult, startJobCheck } from "./job-offer";
import { showMenu } from "./menu";
import { askPerson, escalateDanger } from "./person";
import { showTopic } from "./topics";
import type { Turn } from "./ui";

const GREETING = /^(hi|hello|hey|salom|assalom|assalomu|привет|здравствуйте|здрасте|салам|салем|сәлем|ассалом|салом|salam|privet|zdravstvuyte|добрый|hayirli|good\s)/i;

/**
 * Free text anywhere: danger first (straight to a case), then the matching topic or the job-offer check,
 * else a short help and the menu. The triage (src/triage) decides; this only routes.
 */
export function routeFreeText(turn: Turn, text: string): void {
  const a = turn.ctx.assess(text, turn.state.lang);
  if (a.escalate) return escalateDanger(turn, a);
  switch (a.category) {
    case "job_offer_check": {
      if (a.red_flags.length > 0) {
        showJobResult(turn, { risk: a.job_offer_risk ?? riskFromFlags(a.red_flags), flags: a.red_flags, unsure: [] });
        return;
      }
      return startJobCheck(turn);
    }
    case "hotline_numbers":
      return showHotlines(turn);
    case "what_is_trafficking":
      return showAbout(turn);
    case "trafficking_case":
      return askPerson(turn);
    case "greeting_other": {
      const greeting = GREETING.test(text.trim());
      turn.say(turn.t(greeting ? "help.text" : "common.not_understood"));
      return showMenu(turn);
    }
    default:
      if (isTopic(a.category)) return showTopic(turn, a.category);
      turn.say(turn.t("common.not_understood"));
      return showMenu(turn);
  }
}
