import { hotlineLines } from "../content/hotline-text";
import { opt, type Turn } from "./ui";

export function hotlineText(turn: Turn): string {
  const s = turn.state;
  if (!s.origin) return turn.t("hotlines.ask_countries");
  return [turn.t("hotlines.title"), ...hotlineLines(turn.t, s)].join("\n");
}

export function showHotlines(turn: Turn): void {
  turn.go({ name: "hotlines" }).ask(hotlineText(turn), [
    opt("m:person", turn.t("menu.person")),
    opt("menu", turn.t("common.menu")),
  ]);
}
