import { ORIGINS, DESTINATIONS } from "../../content/countries";
import { translator } from "../../content/i18n";
import { LANGS, type Lang } from "../../content/languages";
import { RED_FLAG_IDS } from "../../content/red-flags";
import { TOPIC_IDS } from "../../content/topics";
import { step } from "../../flows/engine";
import { INITIAL_STATE, type FlowInput, type FlowState, type StepContext } from "../../flows/types";
import { assess, detectLang } from "../../triage";
import { renderSms } from "./render";
import { countSegments } from "./segments";

/**
 * Every SMS the service can send, rendered exactly as the SMS channel sends it, for the segment budget test
 * and the distribution in docs/sms.md: every screen for every pair of countries, job results with many
 * flags, escalations, opt-out confirmations and the operators' canned replies.
 */
export interface RenderedSms {
  lang: Lang;
  kind: string;
  text: string;
  segments: number;
}

const ctx = (over: Partial<StepContext> = {}): StepContext => ({
  now: 0,
  channel: "sms",
  openCase: null,
  reopenable: null,
  nextCaseRef: "HL-ABCDE",
  afterHours: false,
  assess,
  detectLang,
  ...over,
});

export function allSmsTexts(): RenderedSms[] {
  const out: RenderedSms[] = [];
  for (const lang of LANGS) {
    const t = translator(lang);
    const label = t("common.operator_label");
    const seen = new Set<string>();
    const add = (kind: string, r: { text: string; options?: { id: string; label: string }[] }, author: "bot" | "operator" = "bot") => {
      const text = renderSms({ text: r.text, ...(r.options ? { options: r.options } : {}), author }, label);
      const key = `${kind}\u0000${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ lang, kind, text, segments: countSegments(text).segments });
    };
    const run = (state: FlowState, input: FlowInput, kind: string, over: Partial<StepContext> = {}) => {
      const r = step(state, input, ctx(over));
      for (const reply of r.replies) add(kind, reply);
      return r.state;
    };
    const opt = (id: string): FlowInput => ({ kind: "option", id });
    let s = run(INITIAL_STATE, { kind: "text", text: "/start" }, "language");
    s = run(s, opt(`lang:${lang}`), "onboarding");
    for (const origin of ORIGINS) {
      for (const dest of DESTINATIONS) {
        for (const abroad of [true, false]) {
          let st = run(s, opt(`origin:${origin}`), "onboarding");
          st = run(st, opt(`dest:${dest}`), "onboarding");
          if (st.screen.name === "abroad") st = run(st, opt(abroad ? "abroad:yes" : "abroad:no"), "onboarding");
          run(st, opt("m:hotlines"), "hotlines");
          run(st, { kind: "text", text: "HELP" }, "help");
          for (const topic of TOPIC_IDS) {
            const tp = run(st, opt(`topic:${topic}`), "topic");
            run(tp, opt("more"), "topic");
          }
          run(st, opt("m:topics"), "menu");
          run(run(st, opt("m:topics"), "menu"), opt("topics:next"), "menu");
          run(st, opt("m:about"), "about");
          run(run(st, opt("m:about"), "about"), opt("more"), "about");
          run(run(st, opt("m:person"), "person"), opt("person:yes"), "person", { afterHours: true });
          run(st, { kind: "text", text: "they locked me in and beat me, help" }, "danger", { afterHours: true });
          run(st, { kind: "text", text: "the boss keeps my passport" }, "danger");
          // Job check: every question, and results with none, some and all flags, plus "why".
          let job = run(st, opt("m:job"), "job");
          for (let i = 0; i < RED_FLAG_IDS.length; i++) job = run(job, opt("ans:yes"), i === RED_FLAG_IDS.length - 1 ? "job_result" : "job");
          run(job, opt("job:why"), "job_why");
          let low = run(st, opt("m:job"), "job");
          for (let i = 0; i < RED_FLAG_IDS.length; i++) low = run(low, opt(i % 3 === 0 ? "ans:unsure" : "ans:no"), "job_result");
        }
      }
    }
    run(s, opt("m:settings"), "menu");
    run(s, { kind: "text", text: "" }, "error");
    run(s, { kind: "text", text: "x".repeat(5000) }, "error");
    for (const key of ["sms.stopped", "sms.started", "sms.help", "person.queued", "person.reopened", "person.closed", "common.stale", "common.not_understood"]) add("service", { text: t(key) });
    for (const key of ["greeting", "location", "safe_to_talk", "emergency", "consulate", "followup"]) add("canned", { text: t(`canned.${key}`) }, "operator");
  }
  return out;
}
