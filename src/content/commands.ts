/**
 * Words a user can type at any point, in every language we speak (and common Latin spellings), because a
 * person who is lost in a menu must always be able to get back. Matched as the whole message only, so
 * "помогите, у меня забрали паспорт" is never mistaken for the help command.
 */
export type Command = "start" | "menu" | "language" | "help" | "stop" | "resume";

const WORDS: Record<Command, string[]> = {
  start: ["/start", "start", "старт", "начать", "boshlash", "башта", "бастау", "оғоз", "başla"],
  menu: ["/menu", "menu", "меню", "menyu", "мәзір", "мазир", "menýu", "menyu", "0", "главное меню", "bosh menyu"],
  language: ["/language", "/lang", "language", "lang", "язык", "til", "тил", "тіл", "забон", "zabon", "dil"],
  help: ["/help", "help", "info", "помощь", "справка", "yordam", "жардам", "көмек", "кӯмак", "komak", "ýardam", "yardam"],
  // SMS opt-out words (Twilio's own, plus our languages). Only the SMS channel acts on these.
  stop: ["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "стоп", "отписаться", "to'xtat", "тохтат", "тоқтат", "бас", "ист", "bes"],
  resume: ["start", "yes", "unstop", "старт", "да", "начать", "boshlash", "башта", "бастау", "оғоз", "başla"],
};

const LOOKUP = new Map<string, Command[]>();
for (const [cmd, words] of Object.entries(WORDS) as [Command, string[]][]) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), cmd]);
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[ʻʼ’`‘]/g, "'")
    .replace(/[.!?]+$/, "")
    .replace(/^(\/[a-z]+)@\w+(\s.*)?$/, "$1")
    .replace(/^(\/[a-z]+)\s.*$/, "$1");
}

/** The command a whole message stands for, or undefined. "/start@MyBot payload" counts as /start. */
export function commandOf(text: string): Exclude<Command, "stop" | "resume"> | undefined {
  const hits = LOOKUP.get(normalise(text));
  return hits?.find((c): c is Exclude<Command, "stop" | "resume"> => c !== "stop" && c !== "resume");
}

/** SMS opt-out / opt-in keywords (the whole message). The SMS channel decides what they do. */
export function smsKeyword(text: string): "stop" | "resume" | undefined {
  const hits = LOOKUP.get(normalise(text));
  if (hits?.includes("stop")) return "stop";
  if (hits?.includes("resume")) return "resume";
  return undefined;
}

/** Answer words for yes / no / not sure questions, all languages, matched as the whole message. */
const ANSWERS: Record<"yes" | "no" | "unsure", string[]> = {
  yes: ["yes", "y", "yeah", "да", "da", "ha", "ҳа", "ха", "ооба", "ова", "иә", "ия", "ие", "hawa", "howa", "bəli", "ж", "д"],
  no: ["no", "n", "nope", "нет", "net", "yo'q", "yoq", "йўқ", "йок", "жок", "жоқ", "не", "нест", "ne", "ýok", "yok", "н"],
  unsure: ["not sure", "unsure", "don't know", "dont know", "idk", "не знаю", "незнаю", "ne znayu", "не уверен", "не уверена", "bilmayman", "bilmadim", "билбейм", "билбейим", "білмеймін", "намедонам", "bilemok", "bilmedim", "bilmeýärin", "?"],
};
export function answerOf(text: string): "yes" | "no" | "unsure" | undefined {
  const norm = normalise(text).replace(/\s+/g, " ");
  for (const [answer, words] of Object.entries(ANSWERS) as ["yes" | "no" | "unsure", string[]][]) {
    if (words.includes(norm)) return answer;
  }
  return undefined;
}
