import { DESTINATIONS, ORIGINS, type Destination, type Origin } from "../content/countries";
import { LANGS, LANG_NAMES, isLang } from "../content/languages";
import { opt, type Turn } from "./ui";
import { showMenu } from "./menu";

/** Language, then home country, then where the person is or plans to go, then whether they are there now. */

export function askLanguage(turn: Turn): void {
  turn.go({ name: "lang" }).ask(turn.t("lang.prompt"), LANGS.map((l) => opt(`lang:${l}`, LANG_NAMES[l])));
}

export function askOrigin(turn: Turn): void {
  turn.go({ name: "origin" }).ask(turn.t("onboard.origin"), ORIGINS.map((c) => opt(`origin:${c}`, turn.t(`country.${c}`))));
}

export function askDestination(turn: Turn): void {
  turn
    .go({ name: "destination" })
    .ask(turn.t("onboard.destination"), DESTINATIONS.map((c) => opt(`dest:${c}`, turn.t(`country.${c}`))));
}

export function askAbroad(turn: Turn): void {
  const dest = turn.state.destination ?? "OTHER";
  turn.go({ name: "abroad" }).ask(turn.t("onboard.abroad", { country: turn.t(`country.${dest}`) }), [
    opt("abroad:yes", turn.t("onboard.abroad_yes")),
    opt("abroad:no", turn.t("onboard.abroad_no")),
  ]);
}

export function isOnboarded(turn: Turn): boolean {
  const s = turn.state;
  return Boolean(s.lang && s.origin && s.destination && s.abroad !== undefined);
}

/** Ask the next missing piece; when nothing is missing, hand over to `then` (the menu by default). */
export function continueOnboarding(turn: Turn, then: (turn: Turn) => void = showMenu): void {
  const s = turn.state;
  if (!s.lang) return askLanguage(turn);
  if (!s.origin) return askOrigin(turn);
  if (!s.destination) return askDestination(turn);
  if (s.abroad === undefined) return askAbroad(turn);
  then(turn);
}

/** Handles an onboarding option; returns false if the id is not an onboarding option. */
export function chooseOnboarding(turn: Turn, id: string, afterwards: (turn: Turn) => void): boolean {
  const [kind, value] = id.split(":");
  // "Thank you" is said once, on the answer that completes onboarding (not on later changes of one field).
  const wasOnboarded = isOnboarded(turn);
  if (kind === "lang" && isLang(value)) {
    turn.setLang(value);
    turn.say(turn.t("lang.set"));
  } else if (kind === "origin" && (ORIGINS as readonly string[]).includes(value ?? "")) {
    const origin = value as Origin;
    const sameAsDest = turn.state.destination === origin;
    turn.state = { ...turn.state, origin, ...(sameAsDest ? { abroad: false } : {}) };
  } else if (kind === "dest" && (DESTINATIONS as readonly string[]).includes(value ?? "")) {
    const destination = value as Destination;
    // Someone from Kazakhstan working in Kazakhstan is at home: no need to ask whether they are there.
    const home = destination === turn.state.origin;
    turn.state = { ...turn.state, destination, abroad: home ? false : undefined };
  } else if (kind === "abroad" && (value === "yes" || value === "no")) {
    turn.state = { ...turn.state, abroad: value === "yes" };
  } else {
    return false;
  }
  const finishing = !wasOnboarded && isOnboarded(turn);
  continueOnboarding(turn, (t) => {
    if (finishing) t.say(t.t("onboard.done"));
    afterwards(t);
  });
  return true;
}
