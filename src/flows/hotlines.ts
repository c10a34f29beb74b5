import { compactHotlines, hotlineLines } from "../content/hotline-text";
import { opt, type Turn } from "./ui";

export function hotlineText(turn: Turn): string {
  const s = turn.state;
  if (!s.origin) return turn.t("hotlines.ask_countries");
  if (turn.ctx.channel === "sms") return turn.t("sms.hotlines", { lines: compactHotlines(s) });
  return [turn.t("hotlines.title"), ...hotlineLines(turn.t, s)].join("\n");
}

export function showHotlines(turn: Turn): void {
  // On SMS the numbers alone, so the answer fits one segment; MENU still works.
  if (turn.ctx.channel === "sms" && turn.state.origin) return void turn.go({ name: "hotlines" }).say(hotlineText(turn));
  turn.go({ name: "hotlines" }).ask(hotlineText(turn), [
    opt("m:person", turn.t("menu.person")),
    opt("menu", turn.t("common.menu")),
  ]);
}
