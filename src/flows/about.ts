import { opt, type Turn } from "./ui";

/** "What is human trafficking?" in plain words (domain.md §2), short first with "more". */
export function showAbout(turn: Turn, more = false): void {
  const options = [opt("m:hotlines", turn.t("menu.hotlines")), opt("menu", turn.t("common.menu"))];
  turn.go({ name: "about", more });
  if (more) turn.ask(turn.t("about.more"), options);
  else turn.ask(turn.t("about.short"), [opt("more", turn.t("common.more")), ...options]);
}
