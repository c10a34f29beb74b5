import { answerOf, commandOf } from "../content/commands";
import { COUNTRY_WORDS } from "../content/country-words";
import { isTopic } from "../content/topics";
import { showAbout } from "./about";
import { routeFreeText } from "./free-text";
import { hotlineText, showHotlines } from "./hotlines";
import { answerJobQuestion, askJobQuestion, showJobWhy, startJobCheck } from "./job-offer";
import { showMenu, showSettings } from "./menu";
import { askAbroad, askDestination, askLanguage, askOrigin, chooseOnboarding, continueOnboarding, isOnboarded } from "./onboarding";
import { askPerson, escalateDanger, requestPerson } from "./person";
import { showTopic, showTopics } from "./topics";
import { MAX_TEXT, type FlowInput, type FlowState, type StepContext, type StepResult, type Urgency } from "./types";
import { Turn } from "./ui";

/**
 * The whole conversation logic: (state, input, context) -> (state, replies, effects). Pure: no clock, no
 * database, no network. Channels turn platform payloads into FlowInput and render the replies.
 */
export function step(state: FlowState, input: FlowInput, ctx: StepContext): StepResult {
  const turn = new Turn(state, ctx);
  if (!turn.state.lang && ctx.langHint) turn.setLang(ctx.langHint);
  if (input.kind === "option") handleOption(turn, input.id);
  else handleText(turn, input.text);
  return turn.result();
}

/** Option ids that make sense from any screen, so an old button still does what it says. */
function isGlobalOption(id: string): boolean {
  return id === "menu" || id.startsWith("m:") || id.startsWith("lang:") || id.startsWith("topic:");
}

const URGENCY_RANK: Record<Urgency | "none", number> = { none: 0, normal: 1, high: 2, urgent: 3 };

/** After language and countries are known: answer what the person typed first, or show the menu. */
function afterOnboarding(turn: Turn): void {
  const pending = turn.state.pending;
  if (pending) {
    turn.state = { ...turn.state, pending: undefined };
    return routeFreeText(turn, pending);
  }
  showMenu(turn);
}

function handleOption(turn: Turn, id: string): void {
  const screen = turn.state.screen;
  if (!turn.state.options.includes(id) && !isGlobalOption(id)) {
    turn.say(turn.t("common.stale"));
    return render(turn);
  }
  if (chooseOnboarding(turn, id, afterOnboarding)) return;
  if (id.startsWith("m:") && !isOnboarded(turn)) return continueOnboarding(turn);
  switch (id) {
    case "menu":
      return isOnboarded(turn) ? showMenu(turn) : continueOnboarding(turn);
    case "m:job":
    case "job:again":
      return startJobCheck(turn);
    case "job:why":
      return showJobWhy(turn);
    case "m:topics":
    case "topics:back":
      return showTopics(turn, 0);
    case "topics:next":
      return showTopics(turn, screen.name === "topics" ? screen.page + 1 : 0);
    case "m:hotlines":
      return showHotlines(turn);
    case "m:person":
      return askPerson(turn, screen.name === "job_result");
    case "m:about":
      return showAbout(turn);
    case "m:settings":
      return showSettings(turn);
    case "set:lang":
      return askLanguage(turn);
    case "set:countries":
      turn.state = { ...turn.state, origin: undefined, destination: undefined, abroad: undefined };
      return askOrigin(turn);
    case "more":
      if (screen.name === "topic") return showTopic(turn, screen.id, true);
      if (screen.name === "about") return showAbout(turn, true);
      return render(turn);
    case "ans:yes":
    case "ans:no":
    case "ans:unsure":
      if (screen.name !== "job") return render(turn);
      return answerJobQuestion(turn, screen.index, screen.answers, id.slice(4) as "yes" | "no" | "unsure");
    case "person:yes":
      return requestPerson(turn, screen.name === "person_confirm" && screen.fromJob);
    case "person:no":
      turn.say(turn.t("person.cancelled"));
      return showMenu(turn);
  }
  if (id.startsWith("topic:")) {
    const topic = id.slice("topic:".length);
    if (isTopic(topic)) return showTopic(turn, topic);
  }
  turn.say(turn.t("common.stale"));
  render(turn);
}

/** Shows the current screen again (after a stale button, an empty message or a wrong digit). */
function render(turn: Turn): void {
  const s = turn.state.screen;
  switch (s.name) {
    case "lang":
      return askLanguage(turn);
    case "origin":
      return askOrigin(turn);
    case "destination":
      return askDestination(turn);
    case "abroad":
      return askAbroad(turn);
    case "job":
      return askJobQuestion(turn, s.index, s.answers);
    case "topics":
      return showTopics(turn, s.page);
    case "topic":
      return showTopic(turn, s.id, s.more);
    case "hotlines":
      return showHotlines(turn);
    case "about":
      return showAbout(turn, s.more);
    case "person_confirm":
      return askPerson(turn, s.fromJob);
    case "settings":
      return showSettings(turn);
    case "menu":
    case "job_result":
      return isOnboarded(turn) ? showMenu(turn) : continueOnboarding(turn);
  }
}

const MEANINGFUL = /[\p{L}\p{N}]/u;
const ACK_EVERY_MS = 6 * 60 * 60 * 1000;

function handleText(turn: Turn, raw: string): void {
  const { t, ctx } = turn;
  let text = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
  if (text.length > MAX_TEXT) {
    text = text.slice(0, MAX_TEXT);
    turn.say(t("common.too_long"));
  }
  if (!MEANINGFUL.test(text)) {
    turn.say(t("common.empty"));
    return render(turn);
  }

  const command = commandOf(text);
  if (command === "language") return askLanguage(turn);
  if (command === "start" || command === "menu") return isOnboarded(turn) ? showMenu(turn) : continueOnboarding(turn);
  if (command === "help" && ctx.channel === "sms") {
    // SMS HELP: the numbers first (one segment), then how to use the service.
    if (turn.state.origin) turn.say(hotlineText(turn));
    turn.say(t("sms.help"));
    return;
  }
  if (command === "help") {
    turn.say(t("help.text"));
    if (turn.state.origin) turn.say(hotlineText(turn));
    return isOnboarded(turn) ? showMenu(turn) : continueOnboarding(turn);
  }

  // While a hotline worker has the conversation, free text is for them, not for the bot.
  if (ctx.openCase || ctx.reopenable) {
    const current = ctx.openCase ?? ctx.reopenable!;
    const a = ctx.assess(text, turn.state.lang);
    if (!ctx.openCase) turn.effect({ type: "reopen" });
    turn.effect({ type: "to_operator" });
    if (a.escalate && URGENCY_RANK[a.urgency] > URGENCY_RANK[current.urgency]) {
      escalateDanger(turn, a);
      return;
    }
    if (!ctx.openCase) turn.say(t("person.reopened"));
    else if (!turn.state.ackAt || ctx.now - turn.state.ackAt > ACK_EVERY_MS) turn.say(t("person.queued"));
    else return;
    turn.state = { ...turn.state, ackAt: ctx.now };
    return;
  }

  // A digit chooses an option of the last menu (SMS and anyone who prefers typing).
  const digit = /^\d{1,2}$/.test(text) ? Number(text) : undefined;
  if (digit !== undefined && turn.state.options.length > 0) {
    const id = turn.state.options[digit - 1];
    if (id) return handleOption(turn, id);
    turn.say(t("common.not_option"));
    return render(turn);
  }

  const screen = turn.state.screen;
  const answer = answerOf(text);
  if (screen.name === "job" && answer) return answerJobQuestion(turn, screen.index, screen.answers, answer);
  if (screen.name === "person_confirm" && answer) return handleOption(turn, answer === "yes" ? "person:yes" : "person:no");
  if (screen.name === "abroad" && (answer === "yes" || answer === "no")) return handleOption(turn, `abroad:${answer}`);
  if (screen.name === "origin" || screen.name === "destination") {
    const country = countryIn(text, screen.name);
    if (country) return handleOption(turn, country);
  }

  const a = ctx.assess(text, turn.state.lang);
  if (!turn.state.lang) {
    // First words from someone new: answer in the language they wrote in; a bare greeting gets the picker.
    if (a.category === "greeting_other" && !a.escalate) return askLanguage(turn);
    turn.setLang(a.lang);
  }
  if (a.escalate) return escalateDanger(turn, a);
  if (screen.name === "job") {
    turn.say(turn.t("job.answer_prompt"));
    return render(turn);
  }
  if (!isOnboarded(turn)) {
    if (a.category !== "greeting_other") turn.state = { ...turn.state, pending: text.slice(0, 1000) };
    return continueOnboarding(turn, afterOnboarding);
  }
  routeFreeText(turn, text);
}

/** "Кыргызстан", "from russia", "Turkiya": a typed country name answers the country question. */
function countryIn(text: string, question: "origin" | "destination"): string | undefined {
  const typed = text.toLowerCase().replace(/[ʻʼ’`‘]/g, "'").split(/[^\p{L}']+/u).filter(Boolean);
  for (const [code, stems] of Object.entries(COUNTRY_WORDS)) {
    // Short stems ("рф", "uae") must be the whole word; longer ones may start a word ("казахстана").
    const hit = typed.some((word) => stems.some((stem) => (stem.length <= 3 ? word === stem : word.startsWith(stem))));
    if (!hit) continue;
    if (question === "origin" && ["KZ", "KG", "TJ", "TM", "UZ"].includes(code)) return `origin:${code}`;
    if (question === "destination" && ["RU", "KZ", "TR", "AE", "KR"].includes(code)) return `dest:${code}`;
  }
  return undefined;
}
