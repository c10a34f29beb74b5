import { z } from "zod";
import { CATEGORY_IDS, categoryIdSchema, type CategoryId } from "../content/categories";
import { langSchema, type Lang } from "../content/languages";
import { redFlagIdSchema, riskFromFlags, RED_FLAG_IDS, type RedFlagId } from "../content/red-flags";
import { detectLang } from "./lang";
import { LEXICONS, sharedConceptTerms } from "./lexicon";
import { Matcher, type Span } from "./matcher";
import { tokenize, type Tokens } from "./normalize";
import { NOUNS, RULES, type Level, type Rule } from "./rules";
import { CONCEPT_IDS, INDICATOR_IDS, type ConceptId, type IndicatorId } from "./types";

/**
 * Free-text triage: decides whether a message describes trafficking/forced labour that must go to a person
 * (and how urgently), which consultation category it belongs to, and the risk of a described job offer.
 * Pure and synchronous (no Node APIs): runs in the bot, the CLI and on Cloudflare Workers.
 *
 * Pipeline (docs/triage.md): tokenize + fold to a Latin skeleton → match all lexicon terms (one trie pass)
 * → indicator rules with negation / hypothetical / general-talk checks → combinations (wages + cannot leave,
 * minor, help now) → job-offer context → category and red flags → evidence.
 */

export const evidenceSchema = z.object({ indicator: z.string(), match: z.string() });
export const assessmentSchema = z.object({
  escalate: z.boolean(),
  urgency: z.enum(["none", "high", "urgent"]),
  category: categoryIdSchema,
  job_offer_risk: z.enum(["low", "medium", "high"]).nullable(),
  indicators: z.array(z.string()),
  lang: langSchema,
  red_flags: z.array(redFlagIdSchema),
  evidence: z.array(evidenceSchema),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type { IndicatorId };
export { detectLang, INDICATOR_IDS };

// ---------------------------------------------------------------------------------------------------------
// Compile the lexicons once.

const matcher = new Matcher();
for (const lex of LEXICONS) {
  for (const [concept, terms] of Object.entries(lex.concepts)) for (const t of terms ?? []) matcher.add(`C:${concept}`, t);
  for (const [cat, terms] of Object.entries(lex.categories)) for (const t of terms ?? []) matcher.add(`K:${cat}`, t);
}
for (const [concept, terms] of sharedConceptTerms()) for (const t of terms) matcher.add(`C:${concept}`, t);

const CONCEPT_TID = new Map<ConceptId, number>(CONCEPT_IDS.map((c) => [c, matcher.targetId(`C:${c}`)]));
const CATEGORY_TID = new Map<CategoryId, number>(CATEGORY_IDS.map((c) => [c, matcher.targetId(`K:${c}`)]));
const EMPTY: readonly Span[] = [];

const FLAG_CONCEPT: Record<RedFlagId, ConceptId> = {
  paid_travel: "F_PAID_TRAVEL",
  passport_kept: "F_PASSPORT_KEPT",
  recruitment_fee: "F_FEE",
  no_work_permit: "F_NO_PERMIT",
  no_contract: "F_NO_CONTRACT",
  pay_too_high: "F_PAY_HIGH",
  secrecy: "F_SECRECY",
  informal_recruiter: "F_INFORMAL",
};

/** Category tie-break order (earlier wins a tie). */
const CATEGORY_PRIORITY: readonly CategoryId[] = [
  "what_is_trafficking", "hotline_numbers", "id_documents", "contacts_embassies", "marriage_abroad", "education_abroad",
  "business_trip", "tourist_trip", "permanent_residence", "rules_of_stay_abroad", "trip_to_kazakhstan", "return_home",
  "employment_abroad", "work_in_home_country", "family_health_social", "job_offer_check", "greeting_other",
];

// ---------------------------------------------------------------------------------------------------------

interface Ctx {
  tk: Tokens;
  found: Map<number, Span[]>;
}

function spans(ctx: Ctx, c: ConceptId): readonly Span[] {
  return ctx.found.get(CONCEPT_TID.get(c)!) ?? EMPTY;
}
function has(ctx: Ctx, c: ConceptId): boolean {
  return spans(ctx, c).length > 0;
}

/** "not/не/never" just before, "emas/жок/däl" just after, "nobody/никто/hech kim" nearby. */
function negated(ctx: Ctx, sp: Span): boolean {
  const { clause, sentence } = ctx.tk;
  for (const n of spans(ctx, "PRE_NEG")) {
    if (n.e < sp.s && n.e >= sp.s - 2 && clause[n.e] === clause[sp.s]) return true;
  }
  for (const n of spans(ctx, "POST_NEG")) {
    if (n.s === sp.e + 1 && clause[n.s] === clause[sp.e]) return true;
  }
  for (const n of spans(ctx, "SCOPE_NEG")) {
    if (sentence[n.s] !== sentence[sp.s]) continue;
    if (n.e < sp.s && n.s >= sp.s - 6) return true;
    if (n.s > sp.e && n.s <= sp.e + 2) return true;
  }
  return false;
}

const PAST_END = /(?:d[iu]|t[iu]|d[iu]l[ae]r|t[iu]l[ae]r|g[ae]n|k[ae]n|ft|ftand|ftaast|ftaand|dand|zad|dast|idi|udu)$/;
const RU_INFINITIVE = /(?:ть|ти|чь|ться)$/;

/** Hypothetical or general question: "can an employer keep ...", "если заберут", "olib qo'yishi mumkinmi". */
function hypothetical(ctx: Ctx, sp: Span): boolean {
  const { clause, sentence, skel, low, questionSentences } = ctx.tk;
  if (sp.cond) return true;
  for (const m of spans(ctx, "MODAL_PRE")) {
    if (m.e < sp.s && sentence[m.s] === sentence[sp.s]) return true;
  }
  const lastTok = skel[sp.e] ?? "";
  if (!PAST_END.test(lastTok)) {
    for (const m of spans(ctx, "MODAL_POST")) {
      if (m.s > sp.e && m.s <= sp.e + 3 && clause[m.s] === clause[sp.e]) return true;
    }
  }
  // Russian infinitive act in a question: "паспорт забирать можно?", "забрать паспорт имеют право?"
  if (RU_INFINITIVE.test(low[sp.s] ?? "") && questionSentences.has(sentence[sp.s]!)) return true;
  return false;
}

/** News, films, essays, school work: talk about trafficking, not a case. */
function generalTalk(ctx: Ctx, sp: Span): boolean {
  const { sentence } = ctx.tk;
  for (const g of spans(ctx, "GENERAL")) if (sentence[g.s] === sentence[sp.s]) return true;
  return false;
}

interface Fired {
  rule: Rule;
  ind: IndicatorId;
  level: Level;
  parts: Span[];
}

/** Evaluate one rule: the best set of spans (anchor + nearest others) that is neither negated nor hypothetical. */
function evalRule(ctx: Ctx, rule: Rule): { fired: Fired | null; blocked: boolean } {
  const { sentence } = ctx.tk;
  const anchorSpans = spans(ctx, rule.all[0]!);
  if (anchorSpans.length === 0) return { fired: null, blocked: false };
  const win = rule.win ?? 8;
  let blocked = false;
  for (const a of anchorSpans) {
    const parts: Span[] = [a];
    let ok = true;
    for (let i = 1; i < rule.all.length && ok; i++) {
      let best: Span | null = null;
      let bestDist = Infinity;
      for (const o of spans(ctx, rule.all[i]!)) {
        if (win > 0) {
          if (sentence[o.s] !== sentence[a.s]) continue;
          const dist = o.s > a.e ? o.s - a.e : a.s > o.e ? a.s - o.e : 0;
          if (dist > win) continue;
          if (dist < bestDist) {
            best = o;
            bestDist = dist;
          }
        } else if (!best) best = o;
      }
      if (best) parts.push(best);
      else ok = false;
    }
    if (!ok) continue;
    if (rule.unless) {
      let hit = false;
      for (const u of rule.unless) for (const x of spans(ctx, u)) if (sentence[x.s] === sentence[a.s]) hit = true;
      if (hit) {
        blocked = true;
        continue;
      }
    }
    let bad = false;
    for (let i = 0; i < parts.length; i++) {
      const c = rule.all[i]!;
      const p = parts[i]!;
      if (NOUNS.has(c)) continue;
      if (negated(ctx, p)) bad = true;
      else if (rule.modal !== false && hypothetical(ctx, p)) bad = true;
      else if (generalTalk(ctx, p)) bad = true;
    }
    if (bad) {
      blocked = true;
      continue;
    }
    return { fired: { rule, ind: rule.ind, level: rule.level, parts }, blocked };
  }
  return { fired: null, blocked };
}

/** A concept counts if one of its spans is neither negated nor hypothetical. */
function live(ctx: Ctx, c: ConceptId): Span | null {
  for (const sp of spans(ctx, c)) if (!negated(ctx, sp) && !hypothetical(ctx, sp)) return sp;
  return null;
}

function snippet(tk: Tokens, parts: readonly Span[]): string {
  let s = Infinity;
  let e = -1;
  for (const p of parts) {
    s = Math.min(s, p.s);
    e = Math.max(e, p.e);
  }
  if (e < 0) return "";
  // keep evidence short: if the parts are far apart, show each one
  if (e - s > 8) return parts.map((p) => tk.text.slice(tk.start[p.s], tk.end[p.e])).join(" … ");
  return tk.text.slice(tk.start[s], tk.end[e]);
}

const MONEY_AMOUNT = /(?:^|[^\d])(\d{1,3}(?:[ .,]?\d{3})+|\d{4,6})\s*(?:\$|usd|у\.е|долл|dollar|доллар|евро|euro|eur|€)|(?:\$|usd|€)\s*(\d{1,3}(?:[ .,]?\d{3})+|\d{4,6})/iu;

/** A monthly pay of 1,500 $/€ or more quoted in an offer; returns the quoted amount. */
function payTooHigh(text: string): string | null {
  const m = MONEY_AMOUNT.exec(text);
  if (!m) return null;
  const n = Number((m[1] ?? m[2] ?? "").replace(/[ .,]/g, ""));
  return n >= 1500 && n <= 100000 ? m[0].trim() : null;
}

/** Age words after a number ("15 year old", "15 лет", "15 yoshli", "15 жаштагы", "15 жасар", "15-сола", "15 ýaşly"). */
const AGE_WORD = /^(?:iosh|jash|jas|sol|iash|io$|iro$)/;
const AGE_GLUED = /^(\d{1,2})(?:io|iro|iosh|jash|jas|sol|iash)/;
const DURATION_BEFORE = new Set(["uje", "za", "cherez", "na", "for", "over", "after", "pochti", "bolshe", "bolee"]);

function ageAt(skel: readonly string[], i: number): { age: number; end: number } | null {
  const t = skel[i]!;
  const next = skel[i + 1] ?? "";
  const glued = AGE_GLUED.exec(t);
  if (glued) return { age: Number(glued[1]), end: i };
  if (!/^\d{1,2}$/.test(t)) return null;
  const age = Number(t);
  if (AGE_WORD.test(next)) return { age, end: i + 1 };
  // "15 year(s) old", "15-летняя", "15 лет" (not "15 лет назад", "уже 15 лет", "15 лет работаю")
  if (/^i?ears?$/.test(next) && skel[i + 2] === "old") return { age, end: i + 2 };
  if (/^letn/.test(next)) return { age, end: i + 1 };
  if (next === "let" || next === "goda" || next === "god") {
    const after = skel[i + 2] ?? "";
    const before = skel[i - 1] ?? "";
    if (after === "nazad" || /^(?:rabot|jiv|jil|tomu)/.test(after) || DURATION_BEFORE.has(before)) return null;
    return { age, end: i + 1 };
  }
  if ((skel[i - 1] === "age" || skel[i - 1] === "aged") && !/^i?ear/.test(next)) return { age, end: i };
  return null;
}

/** A stated age under 18 next to an age word counts as MINOR. */
function addAgeMinor(ctx: Ctx): void {
  const { skel } = ctx.tk;
  const id = CONCEPT_TID.get("MINOR")!;
  for (let i = 0; i < skel.length; i++) {
    const c = skel[i]!.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const r = ageAt(skel, i);
    if (r && r.age >= 1 && r.age < 18) {
      const list = ctx.found.get(id) ?? [];
      list.push({ s: i, e: r.end, cond: false, term: "<age>" });
      ctx.found.set(id, list);
    }
  }
}

/** Red flags of a described job offer (each with its evidence). */
function offerFlags(ctx: Ctx): { flags: Map<RedFlagId, Span[]>; amount: string | null } {
  const out = new Map<RedFlagId, Span[]>();
  const { sentence, clause } = ctx.tk;
  const flagNegated = (sp: Span): boolean => {
    if (negated(ctx, sp)) return true;
    for (const n of spans(ctx, "FLAG_NEG")) {
      if (n.s >= sp.s && n.e <= sp.e) continue; // part of the flag itself ("no contract")
      if (clause[n.s] !== clause[sp.s]) continue;
      if ((n.e < sp.s && n.e >= sp.s - 2) || (n.s > sp.e && n.s <= sp.e + 2)) return true;
    }
    return false;
  };
  for (const f of RED_FLAG_IDS) {
    for (const sp of spans(ctx, FLAG_CONCEPT[f])) {
      if (!flagNegated(sp)) {
        out.set(f, [sp]);
        break;
      }
    }
  }
  const near = (a: ConceptId, b: ConceptId, win: number): Span[] | null => {
    for (const x of spans(ctx, a)) {
      if (flagNegated(x)) continue;
      for (const y of spans(ctx, b)) {
        if (sentence[x.s] !== sentence[y.s]) continue;
        const d = y.s > x.e ? y.s - x.e : x.s > y.e ? x.s - y.e : 0;
        if (d <= win && !flagNegated(y)) return [x, y];
      }
    }
    return null;
  };
  if (!out.has("paid_travel")) {
    const p = near("COST", "PAY_VERB", 4) ?? near("DEBT", "COST", 6) ?? near("WORKOFF", "COST", 6);
    if (p) out.set("paid_travel", p);
  }
  if (!out.has("passport_kept")) {
    const p = near("DOC", "TAKE", 5);
    if (p) out.set("passport_kept", p);
  }
  const amount = out.has("pay_too_high") ? null : payTooHigh(ctx.tk.text);
  if (amount) out.set("pay_too_high", []);
  return { flags: out, amount };
}

/** Indicators that need a pre-departure check rather than an escalation when the person has not left yet. */
const OFFER_SOFT = new Set<IndicatorId>(["retention_of_documents", "debt_bondage", "withholding_of_wages", "forced_labour", "deception", "restriction_of_movement", "isolation"]);
/** Indicators that make a minor's case urgent. */
const MINOR_TRIGGERS = new Set<IndicatorId>([
  "forced_labour", "sold", "sexual_exploitation", "kidnapping", "confinement", "physical_violence", "withholding_of_wages", "debt_bondage",
  "retention_of_documents", "restriction_of_movement", "threats", "relative_missing", "sexual_violence", "past_trafficking",
]);

export interface Analysis extends Assessment {
  /** Indicators found but not counted (negated, hypothetical, general talk), for debugging. */
  blocked: string[];
}

export function analyse(text: string, hintLang?: Lang): Analysis {
  const lang = detectLang(text, hintLang);
  const tk = tokenize(text);
  const ctx: Ctx = { tk, found: matcher.match(tk.skel) };
  addAgeMinor(ctx);

  const fired: Fired[] = [];
  const blocked: string[] = [];
  for (const rule of RULES) {
    const r = evalRule(ctx, rule);
    if (r.fired) fired.push(r.fired);
    else if (r.blocked) blocked.push(rule.ind);
  }
  const byInd = new Map<IndicatorId, Fired>();
  const levelOf = new Map<IndicatorId, Level>();
  const rank = { signal: 0, high: 1, urgent: 2 } as const;
  const add = (f: Fired): void => {
    const prev = levelOf.get(f.ind);
    if (!prev || rank[f.level] > rank[prev]) {
      levelOf.set(f.ind, f.level);
      byInd.set(f.ind, f);
    }
  };
  for (const f of fired) add(f);
  const hasInd = (i: IndicatorId): boolean => byInd.has(i);
  const raise = (i: IndicatorId, level: Level): void => {
    const f = byInd.get(i);
    if (f && rank[level] > rank[levelOf.get(i)!]) levelOf.set(i, level);
  };

  const leaveFree = live(ctx, "LEAVE_FREE") !== null;
  // Unpaid wages or "I cannot leave" alone are labour disputes; together, or with debt/documents/threats, forced labour.
  const coercion =
    hasInd("retention_of_documents") || hasInd("debt_bondage") || hasInd("threats") || hasInd("forced_labour") || levelOf.get("restriction_of_movement") === "high";
  if (!leaveFree) {
    if (hasInd("withholding_of_wages") && (coercion || hasInd("restriction_of_movement"))) raise("withholding_of_wages", "high");
    if (hasInd("restriction_of_movement") && (hasInd("withholding_of_wages") || coercion || live(ctx, "DEBT"))) raise("restriction_of_movement", "high");
    if (hasInd("excessive_overtime") && coercion) raise("excessive_overtime", "high");
  }

  // Has the person not left yet? Then document/debt/wage terms describe an offer, not an exploitation.
  const offerWords = has(ctx, "OFFER") || has(ctx, "PRE_DEPART");
  const alreadyThere = has(ctx, "ABROAD_NOW") || has(ctx, "ESCAPED") || has(ctx, "VICTIM");
  const preDeparture = offerWords && !alreadyThere;
  if (preDeparture) {
    for (const i of OFFER_SOFT) if (levelOf.get(i) === "high") levelOf.set(i, "signal");
  }

  // A minor involved in any exploitation, or taken abroad for work: urgent.
  const minor = live(ctx, "MINOR");
  if (minor && !generalTalk(ctx, minor)) {
    let trigger: Fired | undefined;
    for (const [i, f] of byInd) if (MINOR_TRIGGERS.has(i) && (rank[levelOf.get(i)!] >= 1 || i === "sexual_exploitation" || i === "withholding_of_wages")) trigger = f;
    const workAbroad = has(ctx, "WORK") && (has(ctx, "WENT") || has(ctx, "ABROAD")) && !preDeparture;
    if (trigger || workAbroad) {
      const parts = trigger ? [minor, ...trigger.parts] : [minor];
      byInd.set("minor", { rule: { id: "minor", ind: "minor", level: "urgent", all: ["MINOR"] }, ind: "minor", level: "urgent", parts });
      levelOf.set("minor", "urgent");
    }
  }

  let urgency: "none" | "high" | "urgent" = "none";
  for (const [, l] of levelOf) {
    if (l === "urgent") urgency = "urgent";
    else if (l === "high" && urgency === "none") urgency = "high";
  }
  // "help me now" with an ongoing exploitation: urgent.
  if (urgency === "high" && hasInd("help_now")) urgency = "urgent";

  const escalate = urgency !== "none";
  // Before departure, document/debt terms are red flags of the offer (reported as such), not indicators.
  if (preDeparture && !escalate) for (const i of OFFER_SOFT) byInd.delete(i);
  const indicators = [...byInd.keys()];
  const evidence: Evidence[] = [];
  for (const [i, f] of byInd) evidence.push({ indicator: i, match: snippet(tk, f.parts) });

  // Category.
  let category: CategoryId;
  let red_flags: RedFlagId[] = [];
  let job_offer_risk: "low" | "medium" | "high" | null = null;
  const { flags: flagMap, amount } = offerFlags(ctx);
  if (escalate) {
    category = "trafficking_case";
  } else {
    category = pickCategory(ctx, lang, preDeparture, flagMap.size > 0);
  }
  if (category === "job_offer_check") {
    red_flags = [...flagMap.keys()];
    job_offer_risk = riskFromFlags(red_flags);
    for (const [f, parts] of flagMap) evidence.push({ indicator: `offer:${f}`, match: parts.length > 0 ? snippet(tk, parts) : (amount ?? "") });
  } else if (escalate) {
    red_flags = [...flagMap.keys()].filter((f) => f === "passport_kept" || f === "paid_travel");
  }

  return { escalate, urgency, category, job_offer_risk, indicators, lang, red_flags, evidence, blocked };
}

function pickCategory(ctx: Ctx, lang: Lang, preDeparture: boolean, anyFlag: boolean): CategoryId {
  const scores = new Map<CategoryId, number>();
  for (const c of CATEGORY_IDS) {
    const list = ctx.found.get(CATEGORY_TID.get(c)!);
    if (!list) continue;
    let s = 0;
    for (const sp of list) s += 1 + 0.5 * (sp.e - sp.s);
    scores.set(c, s);
  }
  // Kazakhstan is home for Kazakh speakers.
  if (lang === "kk" && scores.has("trip_to_kazakhstan")) {
    scores.set("work_in_home_country", (scores.get("work_in_home_country") ?? 0) + (scores.get("trip_to_kazakhstan") ?? 0));
    scores.delete("trip_to_kazakhstan");
  }
  // Talk about trafficking itself (not a case).
  if (has(ctx, "TRAFFICKING") || has(ctx, "GENERAL")) scores.set("what_is_trafficking", (scores.get("what_is_trafficking") ?? 0) + 1.5);
  // A described offer before departure.
  const jobWords = has(ctx, "OFFER") || has(ctx, "WORK");
  if (preDeparture && (has(ctx, "OFFER") || (anyFlag && jobWords))) scores.set("job_offer_check", (scores.get("job_offer_check") ?? 0) + 2 + (anyFlag ? 1 : 0));
  else if (has(ctx, "OFFER") && anyFlag) scores.set("job_offer_check", (scores.get("job_offer_check") ?? 0) + 1.5);
  // Greetings only win when nothing else is said.
  const g = scores.get("greeting_other");
  if (g !== undefined) scores.set("greeting_other", Math.min(g, 0.5));

  let best: CategoryId = "greeting_other";
  let bestScore = 0;
  for (const c of CATEGORY_PRIORITY) {
    const s = scores.get(c) ?? 0;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

export function assess(text: string, hintLang?: Lang): Assessment {
  const { blocked: _blocked, ...a } = analyse(text, hintLang);
  return a;
}

