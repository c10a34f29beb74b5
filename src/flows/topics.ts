import { destinationKey, IOM_CONTACTS, TOPIC_PAGES, type TopicId } from "../content/topics";
import { opt, type Turn } from "./ui";

export function showTopics(turn: Turn, page = 0): void {
  const topics = TOPIC_PAGES[page] ?? TOPIC_PAGES[0]!;
  const options = topics.map((id) => opt(`topic:${id}`, turn.t(`topics.${id}.title`)));
  if (page + 1 < TOPIC_PAGES.length) options.push(opt("topics:next", turn.t("topics.next_page")));
  options.push(opt("menu", turn.t("common.menu")));
  turn.go({ name: "topics", page }).ask(turn.t("topics.title"), options);
}

/** A topic's short answer, with the line for the user's destination where the rules differ by country. */
export function showTopic(turn: Turn, id: TopicId, more = false): void {
  const { t, state } = turn;
  const vars = { iom: state.origin ? IOM_CONTACTS[state.origin] : Object.values(IOM_CONTACTS).join(", ") };
  const options = [opt("topics:back", t("topics.other")), opt("menu", t("common.menu"))];
  turn.go({ name: "topic", id, more });
  if (more) {
    turn.ask(t(`topics.${id}.more`, vars), options);
    return;
  }
  const destKey = destinationKey(id, state.origin, state.destination);
  const text = [t(`topics.${id}.short`, vars), destKey ? t(`topics.${id}.${destKey}`) : ""].filter(Boolean).join("\n");
  turn.ask(text, [opt("more", t("common.more")), ...options]);
}
