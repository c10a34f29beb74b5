import { describe, expect, it } from "vitest";
import type { Lang } from "../src/content/languages";
import { step } from "../src/flows/engine";
import type { FlowState, StepContext } from "../src/flows/types";
import { assess, detectLang } from "../src/triage";

/**
 * Free text through the whole engine, in all seven languages: danger goes straight to a case with the
 * emergency number; questions are routed to the job-offer check, a topic or the hotlines; noise gets help.
 */
const ctx: StepContext = { now: 0, channel: "web", openCase: null, reopenable: null, nextCaseRef: "HL-FREE1", afterHours: false, assess, detectLang };
const ready = (lang: Lang): FlowState => ({ lang, origin: "UZ", destination: "RU", abroad: true, screen: { name: "menu" }, options: [] });

type Expect = { escalate: "urgent" | "high" } | { screen: FlowState["screen"]["name"]; topic?: string };
const cases: [Lang, string, Expect][] = [
  ["en", "please help they locked us in the basement and beat my brother", { escalate: "urgent" }],
  ["en", "my employer keeps my passport and says I owe him for the ticket", { escalate: "high" }],
  ["en", "what is human trafficking?", { screen: "about" }],
  ["en", "what are the hotline numbers", { screen: "hotlines" }],
  ["ru", "помогите нас закрыли и не выпускают, бьют", { escalate: "urgent" }],
  ["ru", "u menya zabrali pasport i ne platyat uzhe 3 mesyaca", { escalate: "high" }],
  ["ru", "паспорт у меня, никто не забирал, как продлить регистрацию?", { screen: "topic", topic: "rules_of_stay_abroad" }],
  ["uz", "yordam bering bizni qamab qo'yishdi, urishyapti", { escalate: "urgent" }],
  ["uz", "паспортимни хўжайин олиб қўйди, пул бермаяпти", { escalate: "high" }],
  ["uz", "odam savdosi nima?", { screen: "about" }],
  ["ky", "жардам бергиле, бизди камап салышты, уруп жатышат", { escalate: "urgent" }],
  ["ky", "кожоюн паспортумду алып койду, акча бербей жатат", { escalate: "high" }],
  ["tg", "ёрӣ диҳед, моро қулф карданд, мезананд", { escalate: "urgent" }],
  ["tg", "соҳибкор шиносномаамро гирифт, музд намедиҳад", { escalate: "high" }],
  ["kk", "көмектесіңіздер, бізді қамап қойды, ұрып жатыр", { escalate: "urgent" }],
  ["kk", "жұмыс беруші төлқұжатымды алып қойды, жалақы бермейді", { escalate: "high" }],
  ["tk", "kömek ediň, bizi gulpladylar, urýarlar", { escalate: "urgent" }],
  ["tk", "hojaýyn pasportymy aldy, aýlyk bermeýär", { escalate: "high" }],
];

describe("free text anywhere", () => {
  it.each(cases)("%s: %s", (lang, text, expected) => {
    const r = step(ready(lang), { kind: "text", text }, ctx);
    if ("escalate" in expected) {
      const e = r.effects.find((x) => x.type === "escalate");
      expect(e, "escalated").toBeDefined();
      expect(e!.type === "escalate" && e!.urgency).toBe(expected.escalate);
      expect(e!.type === "escalate" && e!.reason.evidence.length).toBeGreaterThan(0);
      expect(r.replies.map((x) => x.text).join("\n")).toContain("112");
    } else {
      expect(r.effects.filter((x) => x.type === "escalate")).toEqual([]);
      expect(r.state.screen.name).toBe(expected.screen);
      if (expected.topic) expect(r.state.screen).toMatchObject({ id: expected.topic });
    }
  });

  it("a new user who starts with a danger message gets help first, in their language, then the questions", () => {
    const r = step({ screen: { name: "lang" }, options: [] }, { kind: "text", text: "помогите меня держат взаперти" }, ctx);
    expect(r.effects[0]).toMatchObject({ type: "escalate", urgency: "urgent" });
    expect(r.state.lang).toBe("ru");
    expect(r.replies[0]!.text).toContain("112");
  });

  it("a red-flag job offer before leaving is not an escalation: it gets the risk and advice", () => {
    const r = step(ready("en"), { kind: "text", text: "I got an offer in Dubai, they pay the ticket and will keep my passport, no contract. Is it ok?" }, ctx);
    expect(r.effects).toEqual([]);
    expect(r.state.screen.name).toBe("job_result");
    expect(r.state.lastJob?.risk).toBe("high");
  });
});
