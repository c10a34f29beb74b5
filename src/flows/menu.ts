import { opt, type Turn } from "./ui";

export const MENU_ITEMS = ["job", "topics", "hotlines", "person", "about", "settings"] as const;

export function showMenu(turn: Turn): void {
  turn.go({ name: "menu" }).ask(
    turn.t("menu.title"),
    MENU_ITEMS.map((item) => opt(`m:${item}`, turn.t(`menu.${item}`))),
  );
}

export function showSettings(turn: Turn): void {
  turn.go({ name: "settings" }).ask(turn.t("settings.title"), [
    opt("set:lang", turn.t("settings.language")),
    opt("set:countries", turn.t("settings.countries")),
    opt("menu", turn.t("common.menu")),
  ]);
}
