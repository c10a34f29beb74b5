import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../src/content/languages";
import { assess, assessmentSchema, detectLang } from "../src/triage";
import { evaluate, FALSE_ESCALATION_MAX, parseLabelled, RECALL_MIN } from "../src/triage/eval";
import { fold } from "../src/triage/normalize";

const DEV_DIR = "tests/fixtures/triage-dev";
/** The labelled development set: one JSON Lines file per language. */
function devSet() {
  return readdirSync(DEV_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => parseLabelled(readFileSync(join(DEV_DIR, f), "utf8")));
}

/**
 * The free-text triage: the labelled dev set through the same evaluation as `npm run eval:assess` (gate per
 * language), then the general rules one by one (negation, hypothetical questions, transliteration, evidence,
 * language detection) and the `assess` CLI over real stdin/stdout.
 */

describe("evaluation on the labelled dev set", () => {
  const items = devSet();
  const rep = evaluate(items, (t) => assess(t));

  it("has messages in every language", () => {
    for (const l of LANGS) expect(rep.perLang[l]?.n ?? 0, l).toBeGreaterThan(10);
  });

  it(`overall: escalation recall >= ${RECALL_MIN}, false-escalation rate <= ${FALSE_ESCALATION_MAX}`, () => {
    expect(rep.overall.recall).toBeGreaterThanOrEqual(RECALL_MIN);
    expect(rep.overall.falseEscalation).toBeLessThanOrEqual(FALSE_ESCALATION_MAX);
  });

  it.each(LANGS.map((l) => [l]))("%s: escalation recall and false-escalation rate within the gate", (l) => {
    const r = rep.perLang[l as Lang]!;
    if (!Number.isNaN(r.recall)) expect(r.recall).toBeGreaterThanOrEqual(RECALL_MIN);
    if (!Number.isNaN(r.falseEscalation)) expect(r.falseEscalation).toBeLessThanOrEqual(FALSE_ESCALATION_MAX);
  });

  it("urgency agreement and category accuracy stay high", () => {
    expect(rep.overall.urgency).toBeGreaterThanOrEqual(0.9);
    expect(rep.overall.category).toBeGreaterThanOrEqual(0.8);
  });
});

const esc = (text: string): string => assess(text).urgency;

describe("negation: a denied act is not an escalation", () => {
  it.each([
    ["en", "They did NOT take my passport, I keep it myself. How do I extend registration?"],
    ["en", "nobody forces me, I just want to change jobs"],
    ["ru", "Паспорт у меня, никто его не забирал. Как сделать патент?"],
    ["ru", "pasport ne zabirali, prosto hochu uznat pro patent"],
    ["uz", "xo'jayin pasportimni olib qo'ymadi, faqat patent haqida so'ramoqchiman"],
    ["uz", "паспортимни ҳеч ким олган эмас"],
    ["ky", "паспортумду эч ким алган жок, каттоону кантип узартам?"],
    ["kk", "төлқұжатымды ешкім алған жоқ, тіркеуді қалай ұзартамын?"],
    ["tg", "шиносномаамро ҳеч кас нагирифтааст, патентро чӣ тавр гирам?"],
    ["tk", "pasportymy hiç kim almady, patent barada soramak isleýärin"],
  ])("%s: %s", (_l, text) => {
    expect(esc(text)).toBe("none");
  });

  it("the same message without the negation escalates", () => {
    expect(esc("They took my passport")).toBe("high");
    expect(esc("xo'jayin pasportimni olib qo'ydi")).toBe("high");
    expect(esc("кожоюн паспортумду алып койду")).toBe("high");
    expect(esc("hojaýyn pasportymy aldy")).toBe("high");
  });
});

describe("hypothetical and general questions are not escalations", () => {
  it.each([
    ["en", "Can an employer keep my passport?"],
    ["en", "Is it legal to take the passport for registration?"],
    ["en", "what is human trafficking?"],
    ["ru", "Может ли работодатель забрать паспорт?"],
    ["ru", "Если хозяин заберет паспорт, что делать?"],
    ["uz", "Ish beruvchi pasportni olib qo'yishi mumkinmi?"],
    ["uz", "Агар иш берувчи паспортни олиб қўйса нима қилиш керак?"],
    ["ky", "иш берүүчү паспортту алып коюуга укугу барбы?"],
    ["kk", "жұмыс беруші төлқұжатты алып қоюға құқығы бар ма?"],
    ["tg", "оё корфармо метавонад шиносномаи маро гирад?"],
    ["tk", "iş beriji pasporty alyp goýsa näme etmeli?"],
  ])("%s: %s", (_l, text) => {
    expect(esc(text)).toBe("none");
  });

  it("a red-flag job offer before departure is a job-offer check with risk, not an escalation", () => {
    const a = assess("I got an offer in Dubai, they pay the ticket and will keep my passport, no contract. Is it ok?");
    expect(a.escalate).toBe(false);
    expect(a.category).toBe("job_offer_check");
    expect(a.job_offer_risk).toBe("high");
    expect(a.red_flags).toEqual(expect.arrayContaining(["paid_travel", "passport_kept", "no_contract"]));
    const low = assess("I have an offer from a licensed agency with a written contract, is that fine?");
    expect(low.category).toBe("job_offer_check");
    expect(low.job_offer_risk).toBe("low");
  });
});

describe("shared rules: scope of negation and conditions, context, suffixes", () => {
  it.each([
    // "nobody" negates its own clause only, and not a verb that is negative itself
    ["en", "nobody helps us and the boss took our passports", "high"],
    ["ky", "кожоюн паспортумду алып койду, эч ким жардам бербейт", "high"],
    ["tk", "hiç kim aýlyk bermeýär, pasportlarymyz brigadirde", "high"],
    // "если/if" only in its own clause; a modal overlapping the act ("do i owe") counts
    ["ru", "если честно, паспорт забрали", "high"],
    ["en", "do i owe money to the agency if i quit early", "none"],
    // kidnapping with a ransom demand (money further away, after "and"); a stolen phone stays a theft
    ["en", "they kidnapped my brother and want money", "urgent"],
    ["ru", "похитили брата и требуют деньги", "urgent"],
    // a relative not answering: high only with a suspicious context or a long silence
    ["en", "my brother does not answer his phone since yesterday, i am worried", "none"],
    // a minor near the work/travel words, not a parent who works abroad; "ба" (Tajik "to") is not the UAE
    ["en", "my kids stayed home, I work in Moscow", "none"],
    ["tg", "писарам 16 сола аст, дар Хуҷанд ба кор меравад", "none"],
    ["ky", "кызым саат 17де жумушка кетет, мен Москвада иштейм", "none"],
    ["uz", "qizim faqat 15, uni Turkiyaga ishga olib ketishdi", "urgent"],
    ["ky", "карындашым 15-те, аны Орусияга жумушка алып кетишти", "urgent"],
    // a bank loan is not debt bondage, and does not hide a kept passport
    ["ru", "у меня кредит в банке, они звонят по долгу", "none"],
    ["en", "I have a bank loan, the boss took my passport", "high"],
    // before departure, a passport already taken is held now
    ["en", "the recruiter has taken my passport, I haven't left yet", "high"],
    // Uzbek future -asan is no conditional; Turkmen -maga / -maly are no negation
    ["uz", "xo'jayin pasportni olib qo'yasan deydi, ketolmayman", "high"],
    ["tk", "olar meni satmaga synanyşdylar", "high"],
    // Latin look-alike letters inside a Cyrillic word
    ["ru", "хозяин забрал паспоpт", "high"],
  ])("%s: %s → %s", (_l, text, urgency) => {
    expect(esc(text)).toBe(urgency);
  });

  it("picks the category from places: Kazakhstan for others, a home city, a marriage offer", () => {
    expect(assess("how long can I stay in Kazakhstan without registration").category).toBe("trip_to_kazakhstan");
    expect(assess("Самарқанддаги фабрикада ишлайман, иш берувчи шартнома тузмаяпти, бу қонунийми").category).toBe("work_in_home_country");
    expect(assess("bir turk yigit menga turmushga chiqishni taklif qildi").category).toBe("marriage_abroad");
    expect(assess("my brother does not answer his phone since yesterday, i am worried").category).toBe("family_health_social");
  });

  it("does not read Russian 'но' (but) as English 'no' next to a red flag", () => {
    const a = assess("предлагают работу в Дубае, но договора нет");
    expect(a.category).toBe("job_offer_check");
    expect(a.red_flags).toContain("no_contract");
  });
});

describe("transliteration: Russian in Latin letters and Uzbek in Cyrillic meet the same stems", () => {
  it("folds spellings to one skeleton", () => {
    expect(fold("паспорт")).toBe(fold("pasport"));
    expect(fold("passport")).toBe(fold("pasport"));
    expect(fold("убьют")).toBe(fold("ub'yut"));
    expect(fold("жалаққы")).toBe(fold("jalaqqy"));
    expect(fold("qo'ydi")).toBe(fold("қўйди"));
    expect(fold("qoʻydi")).toBe(fold("qo‘ydi"));
    expect(fold("xo'jayin")).toBe(fold("хўжайин"));
    expect(fold("gulpladylar")).toBe(fold("гулпладылар"));
  });

  it.each([
    ["меня закрыли в подвале и бьют", "menya zakryli v podvale i byut"],
    ["хозяин забрал паспорт и не платит", "hozyain zabral pasport i ne platit"],
    ["xo'jayin pasportimni olib qo'ydi", "хўжайин паспортимни олиб қўйди"],
    ["bizni qamab qo'yishdi", "бизни қамаб қўйишди"],
  ])("%s ≡ %s", (a, b) => {
    const x = assess(a);
    const y = assess(b);
    expect(y.urgency).toBe(x.urgency);
    expect(y.indicators.sort()).toEqual(x.indicators.sort());
    expect(x.escalate).toBe(true);
  });

  it("handles SMS spellings and repeated letters", () => {
    expect(esc("POMOGITEEE nas zaperli!!!")).toBe("urgent");
    expect(esc("4to delat, zabrali pasport")).toBe("high");
  });
});

describe("evidence explains every escalation with the words that matched", () => {
  it("names the indicator and quotes the text", () => {
    const a = assess("My boss took my passport and says I owe him for the ticket");
    expect(assessmentSchema.parse(a)).toBeTruthy();
    expect(a.escalate).toBe(true);
    expect(a.indicators).toEqual(expect.arrayContaining(["retention_of_documents", "debt_bondage"]));
    const doc = a.evidence.find((e) => e.indicator === "retention_of_documents");
    expect(doc?.match).toMatch(/took my passport/i);
    for (const e of a.evidence) expect(e.match.length).toBeLessThanOrEqual(120);
  });

  it("keeps the original spelling in the evidence", () => {
    const a = assess("Помогите, нас ЗАПЕРЛИ на складе");
    expect(a.urgency).toBe("urgent");
    expect(a.evidence.some((e) => e.indicator === "confinement" && e.match.includes("ЗАПЕРЛИ"))).toBe(true);
  });

  it("every escalation in the dev set has evidence", () => {
    const items = devSet();
    for (const it of items) {
      const a = assess(it.text);
      if (a.escalate) expect(a.evidence.length, it.id).toBeGreaterThan(0);
    }
  });
});

describe("detectLang", () => {
  it.each<[Lang, string]>([
    ["en", "my employer keeps my passport"],
    ["ru", "работодатель забрал паспорт"],
    ["ru", "u menya zabrali pasport i ne platyat"],
    ["uz", "xo'jayin pasportimni olib qo'ydi"],
    ["uz", "хўжайин паспортимни олиб қўйди"],
    ["ky", "кожоюн паспортумду алып койду, акча бербей жатат"],
    ["tg", "соҳибкор шиносномаамро гирифт"],
    ["kk", "жұмыс беруші төлқұжатымды алып қойды"],
    ["tk", "hojaýyn pasportymy aldy, aýlyk bermeýär"],
    ["tk", "нәме адам сөвдасы? дүшүндирип берсеңиз"],
  ])("%s: %s", (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });

  it("uses the hint for very short or ambiguous texts", () => {
    expect(detectLang("ok", "tk")).toBe("tk");
    expect(detectLang("👍", "kk")).toBe("kk");
    expect(detectLang("паспорт", "ky")).toBe("ky");
  });
});

function runCli(input: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/assess.ts"], { cwd: process.cwd(), stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe("assess CLI (stdin → stdout, JSON Lines)", () => {
  it("answers every line in order, reports malformed lines and reads a last line without newline", async () => {
    const input = [
      JSON.stringify({ id: "a1", text: "помогите, нас заперли и бьют" }),
      "{not json",
      JSON.stringify({ id: "a2" }),
      "",
      JSON.stringify({ id: "a3", text: "I got an offer in Dubai, ticket paid, passport kept by the agency. Is it ok?" }),
      JSON.stringify({ id: "a4", text: "salom" }),
    ].join("\n"); // no trailing newline
    const { code, out } = await runCli(input);
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]!)).toEqual(["id", "escalate", "urgency", "category", "job_offer_risk", "indicators", "lang"]);
    expect(lines[0]).toMatchObject({ id: "a1", escalate: true, urgency: "urgent", category: "trafficking_case", lang: "ru" });
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(typeof lines[1]!.error).toBe("string");
    expect(lines[2]).toMatchObject({ id: "a2" });
    expect(typeof lines[2]!.error).toBe("string");
    expect(lines[3]).toMatchObject({ id: "a3", escalate: false, category: "job_offer_check", job_offer_risk: "high" });
    expect(lines[4]).toMatchObject({ id: "a4", escalate: false, lang: "uz" });
  });
});
