import { describe, expect, it } from "vitest";
import { translator } from "../src/content/i18n";
import { LANGS, type Lang } from "../src/content/languages";
import { RED_FLAG_IDS } from "../src/content/red-flags";
import { step } from "../src/flows/engine";
import { INITIAL_STATE, type FlowInput, type FlowState, type StepContext, type StepResult } from "../src/flows/types";
import { assess, detectLang } from "../src/triage";

/**
 * Every flow, step by step, as tables: input -> the screen it leads to, the options offered and the texts
 * shown (by locale key, so each language is checked in its own words). Pure engine, no database.
 */
function ctx(over: Partial<StepContext> = {}): StepContext {
  return { now: Date.UTC(2026, 10, 24, 8), channel: "web", openCase: null, reopenable: null, nextCaseRef: "HL-TEST1", afterHours: false, assess, detectLang, ...over };
}
const opt = (id: string): FlowInput => ({ kind: "option", id });
const txt = (text: string): FlowInput => ({ kind: "text", text });

interface Row {
  input: FlowInput;
  screen: FlowState["screen"]["name"];
  options?: string[];
  says?: string[]; // locale keys whose text must appear in the replies
  effects?: string[];
}

function play(rows: Row[], lang: Lang, start: FlowState = INITIAL_STATE, c: Partial<StepContext> = {}): { state: FlowState; results: StepResult[] } {
  const t = translator(lang);
  let state = start;
  const results: StepResult[] = [];
  for (const [i, row] of rows.entries()) {
    const r = step(state, row.input, ctx(c));
    results.push(r);
    const where = `${lang} step ${i + 1} (${JSON.stringify(row.input)})`;
    expect(r.state.screen.name, where).toBe(row.screen);
    if (row.options) expect(r.state.options, where).toEqual(row.options);
    const all = r.replies.map((x) => x.text).join("\n");
    for (const key of row.says ?? []) expect(all, `${where}: ${key}`).toContain(t(key).split("{{")[0]!.trim());
    if (row.effects) expect(r.effects.map((e) => (e.type === "escalate" ? `escalate:${e.urgency}` : e.type)), where).toEqual(row.effects);
    // Every option has a label, and the last reply carries them.
    for (const reply of r.replies) for (const o of reply.options ?? []) expect(o.label.trim().length, where).toBeGreaterThan(0);
    state = r.state;
  }
  return { state, results };
}

const MENU = ["m:job", "m:topics", "m:hotlines", "m:person", "m:about", "m:settings"];
const onboarding = (lang: Lang): Row[] => [
  { input: txt("/start"), screen: "lang", options: LANGS.map((l) => `lang:${l}`) },
  { input: opt(`lang:${lang}`), screen: "origin", says: ["lang.set", "onboard.origin"], options: ["origin:KZ", "origin:KG", "origin:TJ", "origin:TM", "origin:UZ"] },
  { input: opt("origin:KG"), screen: "destination", says: ["onboard.destination"] },
  { input: opt("dest:RU"), screen: "abroad", says: ["onboard.abroad"], options: ["abroad:yes", "abroad:no"] },
  { input: opt("abroad:yes"), screen: "menu", says: ["onboard.done", "menu.title"], options: MENU },
];

describe.each(LANGS)("flows in %s", (lang) => {
  const t = translator(lang);
  const ready = () => play(onboarding(lang), lang).state;

  it("onboarding asks language, origin, destination, whether there now, then shows the menu", () => {
    const { state } = play(onboarding(lang), lang);
    expect(state).toMatchObject({ lang, origin: "KG", destination: "RU", abroad: true });
  });

  it("going to one's own country skips the 'are you there' question", () => {
    play(
      [
        { input: opt(`lang:${lang}`), screen: "origin" },
        { input: opt("origin:KZ"), screen: "destination" },
        { input: opt("dest:KZ"), screen: "menu", options: MENU },
      ],
      lang,
    );
  });

  it("job check: 8 questions by buttons, all yes -> high risk with reasons, verify, hotlines and a person", () => {
    const rows: Row[] = [{ input: opt("m:job"), screen: "job", options: ["ans:yes", "ans:no", "ans:unsure"], says: ["job.intro", `job.q.${RED_FLAG_IDS[0]}`] }];
    for (let i = 1; i < RED_FLAG_IDS.length; i++) rows.push({ input: opt("ans:yes"), screen: "job", says: [`job.q.${RED_FLAG_IDS[i]}`] });
    rows.push({ input: opt("ans:yes"), screen: "job_result", says: ["job.why_title", "job.why.passport_kept", "job.verify", "hotlines.title"], options: ["m:person", "job:again", "menu"] });
    const { results } = play(rows, lang, ready());
    expect(rows.length).toBeLessThanOrEqual(9); // menu choice + at most 8 answers
    expect(results.at(-1)!.replies[0]!.text).toContain(t("job.result.high", { flags: "" }).split(":")[0]!);
  });

  it("job check by single digits (SMS style): all 'no' -> low risk, no person offered", () => {
    const rows: Row[] = [{ input: opt("m:job"), screen: "job" }];
    for (let i = 1; i < RED_FLAG_IDS.length; i++) rows.push({ input: txt("2"), screen: "job" });
    rows.push({ input: txt("2"), screen: "job_result", says: ["job.result.low", "job.verify"], options: ["job:again", "menu"] });
    play(rows, lang, ready());
  });

  it("job check: one medium flag and 'not sure' -> medium risk and a note to ask", () => {
    // Q3 recruitment_fee = yes (M), Q5 no_contract = not sure, others no.
    const answers = ["2", "2", "1", "2", "3", "2", "2", "2"];
    const rows: Row[] = [{ input: opt("m:job"), screen: "job" }];
    answers.forEach((a, i) => rows.push({ input: txt(a), screen: i === answers.length - 1 ? "job_result" : "job" }));
    const { results } = play(rows, lang, ready());
    const all = results.at(-1)!.replies.map((r) => r.text).join("\n");
    expect(all).toContain(t("job.flag.recruitment_fee"));
    expect(all).toContain(t("job.flag.no_contract"));
    expect(results.at(-1)!.state.lastJob?.risk).toBe("medium");
  });

  it("a digit that is not an option, and a stale button, get a clear answer and the same question again", () => {
    play(
      [
        { input: opt("m:job"), screen: "job" },
        { input: txt("7"), screen: "job", says: ["common.not_option", `job.q.${RED_FLAG_IDS[0]}`] },
        { input: opt("origin:TJ"), screen: "job", says: ["common.stale"] },
        { input: opt("topics:next"), screen: "job", says: ["common.stale"] },
      ],
      lang,
      ready(),
    );
  });

  it("topics: pages, a destination-specific answer, more, back", () => {
    play(
      [
        { input: opt("m:topics"), screen: "topics", says: ["topics.title"] },
        { input: opt("topic:rules_of_stay_abroad"), screen: "topic", says: ["topics.rules_of_stay_abroad.short", "topics.rules_of_stay_abroad.RU"], options: ["more", "topics:back", "menu"] },
        { input: opt("more"), screen: "topic", says: ["topics.rules_of_stay_abroad.more"] },
        { input: opt("topics:back"), screen: "topics" },
        { input: opt("topic:employment_abroad"), screen: "topic", says: ["topics.employment_abroad.RU_eaeu"] },
        { input: opt("topics:back"), screen: "topics" },
        { input: opt("topics:next"), screen: "topics" },
        { input: opt("menu"), screen: "menu" },
      ],
      lang,
      ready(),
    );
  });

  it("hotlines: the home country's line, the help line and emergency number where the person is", () => {
    const { results } = play([{ input: opt("m:hotlines"), screen: "hotlines", says: ["hotlines.title"], options: ["m:person", "menu"] }], lang, ready());
    const text = results[0]!.replies.map((r) => r.text).join("\n");
    expect(text).toContain("189"); // Kyrgyzstan's counter-trafficking line
    expect(text).toContain("112"); // Russia's emergency number
    expect(text).not.toContain("8-800-333-00-16"); // marked not to publish before a test call
  });

  it("talk to a person: confirm, then a normal case, honest next steps and numbers", () => {
    play(
      [
        { input: opt("m:person"), screen: "person_confirm", options: ["person:yes", "person:no"], says: ["person.confirm"] },
        { input: opt("person:yes"), screen: "menu", says: ["person.meanwhile"], effects: ["escalate:normal"] },
      ],
      lang,
      ready(),
    );
    play(
      [
        { input: opt("m:person"), screen: "person_confirm" },
        { input: opt("person:no"), screen: "menu", says: ["person.cancelled"], effects: [] },
      ],
      lang,
      ready(),
    );
  });

  it("after hours the user is told at once, with the numbers", () => {
    play(
      [
        { input: opt("m:person"), screen: "person_confirm" },
        { input: opt("person:yes"), screen: "menu", says: ["person.after_hours", "hotlines.title"] },
      ],
      lang,
      ready(),
      { afterHours: true },
    );
  });

  it("what is trafficking, settings: change language and countries", () => {
    const other: Lang = lang === "ru" ? "en" : "ru";
    play(
      [
        { input: opt("m:about"), screen: "about", says: ["about.short"] },
        { input: opt("more"), screen: "about", says: ["about.more"] },
        { input: opt("m:settings"), screen: "settings" },
        { input: opt("set:countries"), screen: "origin" },
        { input: opt("origin:UZ"), screen: "destination" },
        { input: opt("dest:TR"), screen: "abroad" },
        { input: opt("abroad:no"), screen: "menu" },
        { input: txt(t("commands.language").length > 0 ? "/language" : "/language"), screen: "lang" },
        { input: opt(`lang:${other}`), screen: "menu" },
      ],
      lang,
      ready(),
    );
  });

  it("commands work anywhere: menu, help, start", () => {
    play(
      [
        { input: opt("m:job"), screen: "job" },
        { input: txt("/menu"), screen: "menu" },
        { input: txt("/help"), screen: "menu", says: ["help.text", "hotlines.title"] },
        { input: opt("m:topics"), screen: "topics" },
        { input: txt("0"), screen: "menu" },
      ],
      lang,
      ready(),
    );
  });

  it("empty text, emoji only and a 5,000-character message get a clear reply", () => {
    play(
      [
        { input: txt("   "), screen: "menu", says: ["common.empty"] },
        { input: txt("🙂🙂"), screen: "menu", says: ["common.empty"] },
        { input: txt("а".repeat(5000)), screen: "menu", says: ["common.too_long"] },
      ],
      lang,
      ready(),
    );
  });

  it("while a case is open, messages go to the operator and the bot stays quiet after one acknowledgement", () => {
    const open = { openCase: { ref: "HL-AAAAA", urgency: "normal" as const } };
    const { results } = play(
      [
        { input: txt("hello, are you there?"), screen: "menu", says: ["person.queued"], effects: ["to_operator"] },
        { input: txt("I am waiting"), screen: "menu", effects: ["to_operator"] },
      ],
      lang,
      ready(),
      open,
    );
    expect(results[1]!.replies).toHaveLength(0);
    // "menu" still works while a case is open.
    play([{ input: txt("/menu"), screen: "menu", options: MENU }], lang, ready(), open);
  });

  it("a closed case is reopened by a new message within the reopen window", () => {
    play([{ input: txt("I need help again"), screen: "menu", says: ["person.reopened"], effects: ["reopen", "to_operator"] }], lang, ready(), {
      reopenable: { ref: "HL-BBBBB", urgency: "high" },
    });
  });
});

describe("SMS renders compactly", () => {
  it("hotlines on SMS: the numbers alone", () => {
    const state = play(onboarding("ru"), "ru").state;
    const r = step(state, opt("m:hotlines"), ctx({ channel: "sms" }));
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.options).toBeUndefined();
    expect(r.replies[0]!.text).toContain("KG 189");
    expect(r.replies[0]!.text).toContain("RU 112");
  });
});
