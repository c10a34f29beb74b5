import { RED_FLAG_IDS, RED_FLAG_WEIGHT, riskFromFlags, type RedFlagId } from "../content/red-flags";
import { hotlineText } from "./hotlines";
import type { FlowState } from "./types";
import { opt, type Turn } from "./ui";

type Answers = Extract<FlowState["screen"], { name: "job" }>["answers"];

/** Eight yes / no / not-sure questions, one per core red flag (domain.md §4). Digits 1-3 answer on SMS. */
export function askJobQuestion(turn: Turn, index: number, answers: Answers): void {
  const id = RED_FLAG_IDS[index]!;
  // On SMS the introduction is its own message, so each question stays within its segment budget.
  if (index === 0 && turn.ctx.channel === "sms") turn.say(turn.t("job.intro"));
  const prefix = index === 0 && turn.ctx.channel !== "sms" ? `${turn.t("job.intro")}\n\n` : "";
  turn.go({ name: "job", index, answers }).ask(
    `${prefix}${turn.t("job.progress", { n: index + 1, total: RED_FLAG_IDS.length })}\n${turn.t(`job.q.${id}`)}`,
    [opt("ans:yes", turn.t("common.yes")), opt("ans:no", turn.t("common.no")), opt("ans:unsure", turn.t("common.unsure"))],
  );
}

export function startJobCheck(turn: Turn): void {
  askJobQuestion(turn, 0, {});
}

/**
 * Scoring: "yes" counts a flag with its weight; "not sure" about a high-weight flag counts as medium, because
 * not knowing who keeps your passport is itself a risk; "not sure" about a medium one is listed to check.
 */
export function scoreAnswers(answers: Answers): { risk: "low" | "medium" | "high"; flags: RedFlagId[]; unsure: RedFlagId[] } {
  const flags = RED_FLAG_IDS.filter((id) => answers[id] === "yes");
  const unsure = RED_FLAG_IDS.filter((id) => answers[id] === "unsure");
  let risk = riskFromFlags(flags);
  const unsureHigh = unsure.filter((id) => RED_FLAG_WEIGHT[id] === "H").length;
  const mediumCount = flags.filter((id) => RED_FLAG_WEIGHT[id] === "M").length + unsureHigh;
  if (risk === "low" && mediumCount === 1) risk = "medium";
  if (risk !== "high" && mediumCount >= 2) risk = "high";
  return { risk, flags, unsure };
}

export function answerJobQuestion(turn: Turn, index: number, answers: Answers, answer: "yes" | "no" | "unsure"): void {
  const id = RED_FLAG_IDS[index]!;
  const next = { ...answers, [id]: answer };
  if (index + 1 < RED_FLAG_IDS.length) return askJobQuestion(turn, index + 1, next);
  showJobResult(turn, scoreAnswers(next));
}

/** The result: risk level, the answers that raised it and why each matters, what to check, whom to call. */
export function showJobResult(turn: Turn, r: { risk: "low" | "medium" | "high"; flags: RedFlagId[]; unsure: RedFlagId[] }): void {
  const { t } = turn;
  turn.state = { ...turn.state, lastJob: r };
  // On SMS at most two signs are named (and "+N"), so the result stays within three segments.
  const names = (flags: RedFlagId[]) => {
    const max = turn.ctx.channel === "sms" ? 2 : flags.length;
    const list = flags.slice(0, max).map((f) => t(`job.flag.${f}`)).join(", ");
    return flags.length > max ? `${list} +${flags.length - max}` : list;
  };
  // A risk raised only by "not sure" answers names those answers as the signs (never an empty list).
  const shown = r.flags.length > 0 ? r.flags : r.unsure;
  const head = [t(`job.result.${r.risk}`, { flags: names(shown) })];
  if (r.unsure.length > 0 && r.flags.length > 0) head.push(t("job.unsure_note", { flags: names(r.unsure) }));
  turn.say(head.join("\n"));
  const sms = turn.ctx.channel === "sms";
  // On SMS the reasons cost segments, so they come only when asked for ("why").
  if (r.flags.length > 0 && !sms) turn.say([t("job.why_title"), ...r.flags.map((f) => `- ${t(`job.why.${f}`)}`)].join("\n"));
  turn.say(t("job.verify"));
  const options = [opt("job:again", t("job.again")), opt("menu", t("common.menu"))];
  if (r.flags.length > 0 && sms) options.unshift(opt("job:why", t("job.why_title")));
  if (r.risk !== "low") options.unshift(opt("m:person", t("menu.person")));
  turn.go({ name: "job_result" }).ask(hotlineText(turn), options);
}

/** SMS: the reasons behind the last result, one flag per message (each within the segment budget). */
export function showJobWhy(turn: Turn): void {
  const flags = turn.state.lastJob?.flags ?? [];
  for (const f of flags) turn.say(turn.t(`job.why.${f}`));
  const options = [opt("job:again", turn.t("job.again")), opt("menu", turn.t("common.menu"))];
  if (turn.state.lastJob && turn.state.lastJob.risk !== "low") options.unshift(opt("m:person", turn.t("menu.person")));
  turn.go({ name: "job_result" }).ask(hotlineText(turn), options);
}
