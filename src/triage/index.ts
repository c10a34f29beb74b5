import { z } from "zod";
import { CATEGORY_IDS, categoryIdSchema, type CategoryId } from "../content/categories";
import { langSchema, type Lang } from "../content/languages";
import { redFlagIdSchema, riskFromFlags, RED_FLAG_IDS, type RedFlagId } from "../content/red-flags";
import { detectLang } from "./lang";
import { LEXICONS, SHORT_DESTINATION_CODES, sharedConceptTerms } from "./lexicon";
import { Matcher, type Span, type SuffixLang } from "./matcher";
import { fold, tokenize, type Tokens } from "./normalize";
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

const suffixLang = (l: Lang): SuffixLang => (l === "uz" ? "uz" : l === "tk" ? "tk" : "other");
const matcher = new Matcher();
for (const lex of LEXICONS) {
  const sl = suffixLang(lex.lang);
  for (const [concept, terms] of Object.entries(lex.concepts)) for (const t of terms ?? []) matcher.add(`C:${concept}`, t, sl);
  for (const [cat, terms] of Object.entries(lex.categories)) for (const t of terms ?? []) matcher.add(`K:${cat}`, t, sl);
}
for (const [concept, terms] of sharedConceptTerms()) for (const t of terms) matcher.add(`C:${concept}`, t);

/**
 * Act terms that are negative themselves ("не отвечает", "jogap bermeýär", "javob bermay*", "занг намезан*", "not
 * paid"). A negative pronoun or particle in front of them is negative concord ("hiç kim jogap bermeýär" = nobody
 * answers, "никогда не платит" = never pays), not a denial of the act.
 */
const NEG_WORDS = new Set<string>(["no", "without", "bez", "ni"]);
for (const lex of LEXICONS) {
  for (const c of ["PRE_NEG", "POST_NEG"] as const) for (const t of lex.concepts[c] ?? []) for (const w of fold(t.replace(/[*+]/g, "")).split(" ")) if (w) NEG_WORDS.add(w);
}
/** Turkic negative verb forms after a stem: -may/-bay/-pay, -madi, -magan, -meýär, -bейт; Turkmen -anok/-enok. */
const TURKIC_NEG_FORM = /^[a-z]{2,}?(?:[mbp][aeo](?:i|d[iu]|g[ae]n)|[mbp]eid)/;
const TK_NEG_FORM = /(?:[ae]nok?|izok|mok)$/;
/** Tajik negative prefix на-/наме-/нами- ("намедиҳад", "надод", "нагирифт", "накард"). */
const TG_NEG_FORM = /^(?:name|nami|na(?:dod|girift|kard|shud|zad|raft|navisht|pardoht|dor|bud|mon|guzosht))/;
const NEG_TERMS = new Set<string>();
for (const lex of LEXICONS) {
  for (const [c, terms] of Object.entries(lex.concepts)) {
    if (NOUNS.has(c as ConceptId)) continue;
    for (const t of terms ?? []) {
      const words = fold(t.replace(/[*+]/g, "").replace(/\.\./g, " ")).split(/\s+/).filter(Boolean);
      let neg = words.some((w) => NEG_WORDS.has(w));
      if (!neg && (lex.lang === "uz" || lex.lang === "ky" || lex.lang === "kk" || lex.lang === "tk")) {
        neg = words.some((w) => TURKIC_NEG_FORM.test(w) || (lex.lang === "tk" && TK_NEG_FORM.test(w)));
      }
      if (!neg && lex.lang === "tg") neg = words.some((w) => TG_NEG_FORM.test(w));
      if (neg) NEG_TERMS.add(t);
    }
  }
}

/** Negative pronouns ("nobody", "hech kim", "эч ким", "ешкім", "ҳеҷ кас", "hiç kim", "никакой"): they negate their own clause. */
const NEG_PRONOUN = /^(?:nobod|no one|noone|no-one|nothing|neither|none|never|nik|nich|hech|hej|hich|hic|ech|esh)/;
const negPronounCache = new Map<string, boolean>();
function isNegPronoun(term: string): boolean {
  let v = negPronounCache.get(term);
  if (v === undefined) {
    v = NEG_PRONOUN.test(fold(term));
    negPronounCache.set(term, v);
  }
  return v;
}
/** Words that start a new clause inside a sentence ("nobody helps and they took ..."). Matched on the typed word. */
const CONJUNCTIONS = new Set<string>([
  "and", "but", "while", "i", "и", "но", "а", "однако", "va", "lekin", "ammo", "biroq", "ва", "лекин", "аммо", "бироқ", "жана", "бирок",
  "анан", "және", "бірақ", "вале", "we", "emma", "ýöne", "yone",
]);
/** Tokens whose skeleton collides with a negation ("нее" folds to "ne", like "не"). */
const NOT_NEGATION = new Set<string>(["нее", "nee"]);

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

/**
 * Category terms that say little alone (folded): the bare "телефон*", "telefoni", "telephone" under hotline_numbers is in
 * every message that mentions a phone ("телефон не отвечает", "telefoni o'chiq"); it weighs a quarter unless a strong term
 * of the category is there too ("номер", "горячая линия", "позвонить", "raqam").
 */
const WEAK_CATEGORY_TERM: Partial<Record<CategoryId, RegExp>> = {
  hotline_numbers: /^(?:telefon|telephon|phone)[a-z]*\*?$/,
};

const weakCache = new Map<string, boolean>();
function weakTerm(re: RegExp, term: string): boolean {
  let v = weakCache.get(term);
  if (v === undefined) {
    v = re.test(fold(term));
    weakCache.set(term, v);
  }
  return v;
}

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

/** A clause-starting conjunction strictly between tokens a and b. */
function conjunctionBetween(tk: Tokens, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (CONJUNCTIONS.has(tk.low[i]!)) return true;
  return false;
}

/**
 * "not/не/never" just before, "emas/жок/däl" just after, "nobody/никто/hech kim" in the same clause (not across
 * "and/but/и/но"), other scope words ("maybe broken", "мурун деле") nearby in the sentence. An act that is negative
 * itself ("не отвечает", "jogap bermeýär") is not cancelled by a negative word before it (negative concord).
 */
function negated(ctx: Ctx, sp: Span): boolean {
  const { clause, sentence, low } = ctx.tk;
  const negAct = NEG_TERMS.has(sp.term);
  if (!negAct) {
    for (const n of spans(ctx, "PRE_NEG")) {
      if (n.e < sp.s && n.e >= sp.s - 2 && clause[n.e] === clause[sp.s] && !(n.s === n.e && NOT_NEGATION.has(low[n.s]!))) return true;
    }
  }
  for (const n of spans(ctx, "POST_NEG")) {
    if (n.s === sp.e + 1 && clause[n.s] === clause[sp.e]) return true;
  }
  for (const n of spans(ctx, "SCOPE_NEG")) {
    if (sentence[n.s] !== sentence[sp.s]) continue;
    // inside the gap of an "a .. b" term: "бизди эч ким камап", "they lock nobody in at night"
    if (n.s > sp.s && n.e < sp.e && !negAct) return true;
    if (isNegPronoun(n.term)) {
      if (negAct) continue;
      if (n.e < sp.s && n.s >= sp.s - 6 && clause[n.e] === clause[sp.s] && !conjunctionBetween(ctx.tk, n.e, sp.s)) return true;
      if (n.s > sp.e && n.s <= sp.e + 2 && clause[n.s] === clause[sp.e] && !conjunctionBetween(ctx.tk, sp.e, n.s)) return true;
      continue;
    }
    if (n.e < sp.s && n.s >= sp.s - 6) return true;
    if (n.s > sp.e && n.s <= sp.e + 2) return true;
  }
  return false;
}

const PAST_END = /(?:d[iu]|t[iu]|d[iu]l[ae]r|t[iu]l[ae]r|g[ae]n|k[ae]n|ft|ftand|ftaast|ftaand|dand|zad|dast|idi|udu)$/;
const RU_INFINITIVE = /(?:ть|ти|чь|ться)$/;

/** "if ...", "если", "agar", "эгер", "егер", "агар", "eger", "в случае": a plain conditional, not a modal question. */
const PLAIN_CONDITIONAL = /^(?:if |if$|esli|a esli|agar|eger|mabodo|basharti|v sluchae|na sluchai|in case|dar surate)/;
/** Any modal with a conditional in it: "what should i do if", "что делать если", "nima qilish kerak agar". */
const HAS_CONDITIONAL = /(?:^| )(?:if|esli|agar|eger|egerde|mabodo|basharti|sluchae|sluchai|case)(?: |$)/;
const condCache = new Map<string, number>();
/** 2: a plain conditional ("if ...", "если"); 1: a modal question with a conditional ("what to do if"); 0: other modals. */
function conditionalKind(term: string): number {
  let v = condCache.get(term);
  if (v === undefined) {
    const f = fold(term);
    v = PLAIN_CONDITIONAL.test(f) ? 2 : HAS_CONDITIONAL.test(f) ? 1 : 0;
    condCache.set(term, v);
  }
  return v;
}
function isPlainConditional(term: string): boolean {
  return conditionalKind(term) === 2;
}

/** Subjects of a condition on the victim's own action: "if you / I / we ...", "если я / ты", "agar sen". */
const VICTIM_SUBJECT = new Set([
  "i", "we", "you", "u", "я", "мы", "ты", "вы", "men", "biz", "sen", "siz", "мен", "биз", "сен", "сиз", "ман", "мо", "ту", "шумо", "ya", "my", "ty", "vy",
]);
/** 1st/2nd person verb forms: Turkic conditional -sam/-sak/-sang/-saň, Russian -ешь/-ишь/-у/-ю/-ем/-емся. */
const VICTIM_TURKIC = /s[aeo](?:m|k|n|ng|ngiz|niz|ngar|nar)$/;
const VICTIM_RU = /[\u0400-\u04FF](?:ешь|ёшь|ишь|емся|имся|ем|им|ете|ите|у|ю)$/;
/** The condition is about what the victim does (the word after "if" / "если" / "agar", or inside "if you"). */
function victimCondition(tk: Tokens, m: Span): boolean {
  for (let i = m.s + 1; i <= m.e + 1 && i < tk.low.length; i++) {
    const w = tk.low[i]!;
    if (VICTIM_SUBJECT.has(w) || VICTIM_TURKIC.test(tk.skel[i]!) || VICTIM_RU.test(w)) return true;
  }
  return false;
}

/** A speech verb ("said", "сказал", "dedi", "деп", "гуфт", "diýdi") before the modal or just after the act: a reported threat. */
function reported(ctx: Ctx, m: Span, sp: Span): boolean {
  const { sentence } = ctx.tk;
  for (const v of spans(ctx, "SPEECH")) {
    if (sentence[v.s] !== sentence[sp.s]) continue;
    if (v.e < m.s) return true;
    if (v.s > sp.e && v.s <= sp.e + 4) return true;
  }
  return false;
}

/**
 * Hypothetical or general question: "can an employer keep ...", "если заберут", "olib qo'yishi mumkinmi". A modal
 * before the act counts in the act's clause only ("если честно, паспорт забрали" is a statement), may overlap the act
 * ("do i owe" / "i owe"), and not when the speaker reports what someone said ("he said if I leave they ...").
 */
function hypothetical(ctx: Ctx, sp: Span, threat = false): boolean {
  const { clause, skel, low, sentence, questionSentences } = ctx.tk;
  // a threat is a conditional on what the victim does ("если уйдешь, сдам в полицию", "if you leave we call the
  // police"): that "if" does not make it hypothetical, unless the sentence asks a question
  const plainIfOk = threat && !questionSentences.has(sentence[sp.s]!);
  if (sp.cond) return true;
  for (const m of spans(ctx, "MODAL_PRE")) {
    if (m.s >= sp.s || sentence[m.s] !== sentence[sp.s]) continue;
    if (plainIfOk && isPlainConditional(m.term) && victimCondition(ctx.tk, m)) continue;
    if (reported(ctx, m, sp)) continue;
    if (clause[m.s] === clause[sp.s]) return true;
    // "если я поеду, работодатель заберет паспорт?": in a question, a condition covers the rest of the sentence,
    // unless the act already happened ("если честно, паспорт забрали, что делать?")
    if (questionSentences.has(sentence[sp.s]!) && conditionalKind(m.term) > 0 && !pastTense(ctx.tk, sp)) return true;
  }
  if (turkicQuestion(ctx, sp)) return true;
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

/**
 * Turkic yes/no questions on a present or future verb: Uzbek "olib qo'yadimi", "olishadimi", "olarmikan"; Kyrgyz
 * "алабы", "алышабы", "берешеби"; Turkmen "alarmy", "alýarmy", "aljakmy"; Kazakh "алады ма", "алама"; not past questions
 * ("oldimi", "qo'ydimi", "алдыбы", "aldymy": did they take?).
 */
const TURKIC_Q_GLUED = /(?:[ae]i?dimi|iadimi|shadimi|shedimi|[ae]rmikan|[ae]rmi|iarmi|iermi|jakmi|jekmi|[aeo]bi|[aeo]bu|iobu|[ae]m[ae])$/;
/** Question particles as typed (not Russian "мы", "бы" nor English "my", "me"). */
const Q_PARTICLE = new Set(["mi", "mı", "mu", "mikan", "ми", "ма", "ме", "ба", "бе", "па", "пе", "бу", "пу", "мо"]);
const TURKIC_PRESENT = /(?:[ae]i?di|iadi|iedi|[ae]t|iar|iat|[aeo]r)$/;
function turkicQuestion(ctx: Ctx, sp: Span): boolean {
  const tk = ctx.tk;
  const { skel, low, sentence } = tk;
  const last = skel[sp.e] ?? "";
  let q = false;
  if (last.length >= 5 && TURKIC_Q_GLUED.test(last) && !RU_WORD.test(low[sp.e] ?? "")) q = true;
  else if (Q_PARTICLE.has(low[sp.e + 1] ?? "") && sentence[sp.e + 1] === sentence[sp.e] && TURKIC_PRESENT.test(last) && !PAST_END_STRICT.test(last)) q = true;
  if (!q) return false;
  // "pasportimni olib qo'yishdi, qaytarib beradimi?": the sentence reports a past event (another act in the past tense;
  // nouns are not looked at: the accusative "паспортту" ends like a past verb)
  for (const c of PAST_EVENT_CONCEPTS) {
    for (const o of spans(ctx, c)) {
      if (sentence[o.s] !== sentence[sp.s] || (o.s <= sp.e && sp.s <= o.e)) continue;
      if (pastTense(tk, o)) return false;
    }
  }
  return true;
}
const PAST_EVENT_CONCEPTS: readonly ConceptId[] = [
  "TAKE", "CONFINE", "RESTRICT", "BEAT", "RAPE", "THREAT", "NOPAY", "WENT", "DECEIVE", "FORCE", "SOLD", "KIDNAP", "UNREACH", "ESCAPED", "BROUGHT",
];
/** Russian words that end like a Turkic question ("мама", "тема", "схема"): Russian-only letters or endings. */
const RU_WORD = /^(?:мама|тема|схема|дама|рама|зима|панама|программа|система|проблема)$/;
const PAST_END_STRICT = /(?:(?<![ae]|[ae]i)d[iu]|t[iu]|g[ae]n|k[ae]n)$/;

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
        if (rule.distinct && o.s <= a.e && a.s <= o.e) continue;
        if (rule.strong && weakConceptTerm(rule.all[i]!, o)) continue;
        if (rule.after && o.s <= a.e) continue;
        if (rule.notAcross && between(ctx, rule.notAcross, a, o)) continue;
        if (rule.via && !rule.via.some((c) => spans(ctx, c).some((v) => v.e >= a.s && v.e < o.s))) continue;
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
      // "never gave it back" is no "gave it back": the exception itself must not be negated
      for (const u of rule.unless) for (const x of spans(ctx, u)) if (sentence[x.s] === sentence[a.s] && !negated(ctx, x)) hit = true;
      if (hit) {
        blocked = true;
        continue;
      }
    }
    if (rule.unlessNear) {
      const nw = rule.nearWin ?? 2;
      const { clause } = ctx.tk;
      let hit = false;
      for (const u of rule.unlessNear) {
        for (const x of spans(ctx, u)) {
          // a word of the act's own phrase ("увезли за выкуп деньги", "kidnapped for money") is not its object; a word in
          // the gap of an "a .. b" phrase is ("біреулер телефонымды алып кетті" is a theft), and so is the same word
          // in both ("кредит" as a debt and a bank)
          if (x.s >= a.s && x.e <= a.e && x.e - x.s < a.e - a.s && ownWords(ctx.tk, a, x)) continue;
          if (clause[x.s] !== clause[a.s] && clause[x.e] !== clause[a.e]) continue;
          const d = x.s > a.e ? x.s - a.e : a.s > x.e ? a.s - x.e : 0;
          if (d <= nw && !(x.s > a.e ? conjunctionBetween(ctx.tk, a.e, x.s) : conjunctionBetween(ctx.tk, x.e, a.s))) hit = true;
        }
      }
      if (hit) {
        blocked = true;
        continue;
      }
    }
    if (rule.context && !rule.context.some((group) => group.every((c) => (NOUNS.has(c) ? has(ctx, c) : live(ctx, c) !== null)))) {
      blocked = true;
      continue;
    }
    if (rule.notBy && doneBy(ctx, a, rule.notBy)) {
      blocked = true;
      continue;
    }
    if (rule.needs && !rule.needs.some((c) => spans(ctx, c).some((x) => sentence[x.s] === sentence[a.s] && !negated(ctx, x) && !generalTalk(ctx, x)))) {
      blocked = true;
      continue;
    }
    if (rule.threatMarker && !denounceThreat(ctx, a, rule.threatMarker === "victim")) {
      blocked = true;
      continue;
    }
    let bad = false;
    for (let i = 0; i < parts.length; i++) {
      const c = rule.all[i]!;
      const p = parts[i]!;
      if (NOUNS.has(c)) continue;
      if (negated(ctx, p)) bad = true;
      else if (rule.modal !== false && hypothetical(ctx, p, rule.modal === "conditional")) bad = true;
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

/**
 * One-word terms that say little alone, per concept: a sauna, clients, a massage, a club, men are sex work only with more
 * ("sit with clients", "be with men", "prostitution"). Rules with `strong` skip them.
 */
const WEAK_CONCEPT_TERM: Partial<Record<ConceptId, RegExp>> = {
  SEX: /^(?:saun|clent|klent|mijoz|kardar|mizoj|mushtari|mushderi|mihman|masa|klub|club|dosug|erkek|hostes|dancer|tancovsh|bishi|rakos|tanschi|biichi|strip)[a-z]*$/,
};
const weakConceptCache = new Map<string, boolean>();
function weakConceptTerm(c: ConceptId, sp: Span): boolean {
  const re = WEAK_CONCEPT_TERM[c];
  if (!re || sp.e > sp.s) return false;
  const key = `${c}|${sp.term}`;
  let v = weakConceptCache.get(key);
  if (v === undefined) {
    v = re.test(fold(sp.term.replace(/[*+]/g, ""), false));
    weakConceptCache.set(key, v);
  }
  return v;
}

const termWordsCache = new Map<string, string[]>();
/** Every token of x is a word of the term matched by a (not a token in one of its ".." gaps). */
function ownWords(tk: Tokens, a: Span, x: Span): boolean {
  let words = termWordsCache.get(a.term);
  if (!words) {
    words = fold(a.term.replace(/\.\./g, " ").replace(/[*+]/g, ""), false).split(/\s+/).filter(Boolean);
    termWordsCache.set(a.term, words);
  }
  for (let i = x.s; i <= x.e; i++) if (!words.some((w) => tk.skel[i]!.startsWith(w))) return false;
  return true;
}

/** A span of one of `cs` strictly between spans x and y. */
function between(ctx: Ctx, cs: readonly ConceptId[], x: Span, y: Span): boolean {
  const lo = Math.min(x.e, y.e);
  const hi = Math.max(x.s, y.s);
  for (const c of cs) for (const v of spans(ctx, c)) if (v.s > lo && v.e < hi) return true;
  return false;
}

/**
 * The act is done by one of `by` (police: "police forced me to pay a fine", "politsiya akamni qamab qo'ydi"): such a word
 * before it in the sentence (within 8 words, no AGENT in between: "boss said he calls the police, he locks us" is the
 * boss) or just after it in its clause ("qamab qo'yishdi militsiya"), and not inside a condition.
 */
function doneBy(ctx: Ctx, a: Span, by: readonly ConceptId[]): boolean {
  const { sentence, clause } = ctx.tk;
  const agents = spans(ctx, "AGENT");
  const { low, skel } = ctx.tk;
  for (const c of by) {
    for (const p of spans(ctx, c)) {
      if (sentence[p.s] !== sentence[a.s]) continue;
      // the police inside a condition ("agar politsiyaga borsang ...", "if you go to the police ...") do not act
      let inCondition = false;
      for (let i = Math.max(0, p.s - 3); i < p.s; i++) if (clause[i] === clause[p.s] && CONDITION_WORDS.has(low[i]!)) inCondition = true;
      for (let i = p.e + 1; i <= p.e + 2 && i < skel.length; i++) if (TURKIC_COND_WORD.test(skel[i]!)) inCondition = true;
      if (inCondition) continue;
      if (p.e < a.s && a.s - p.e <= 8) {
        if (agents.some((g) => g.s > p.e && g.e < a.s)) continue;
        if (clause[p.e] === clause[a.s]) return true;
        // the clause just before ("akam politsiyaga tushib qoldi, qamab qo'yishdi"), unless it denies the police acting
        // or a "but" turns away from it ("полиция рядом, но нас держат взаперти", "polisiýa gelmeýär, bizi gapap goýdular")
        if (clause[p.e] === clause[a.s]! - 1 && !conjunctionBetween(ctx.tk, p.e, a.s) && !clauseNegated(ctx, clause[p.e]!)) return true;
      } else if (p.s > a.e && p.s - a.e <= 3 && clause[p.s] === clause[a.e]) return true;
    }
  }
  return false;
}

/** A negation anywhere in the clause: a particle, a negative pronoun or a Turkic / Tajik negative verb form. */
function clauseNegated(ctx: Ctx, cl: number): boolean {
  const { clause, skel } = ctx.tk;
  for (const c of ["PRE_NEG", "POST_NEG", "SCOPE_NEG"] as const) for (const n of spans(ctx, c)) if (clause[n.s] === cl) return true;
  for (let i = 0; i < skel.length; i++) {
    if (clause[i] === cl && (TURKIC_NEG_FORM.test(skel[i]!) || TK_NEG_FORM.test(skel[i]!) || TG_NEG_FORM.test(skel[i]!))) return true;
  }
  return false;
}

/** Turkic 1st/2nd person conditional verb forms: "десем", "кетсек", "gitsem", "barsaň", "borsang", "качсан", "кетсең". */
const TURKIC_COND_WORD = /^[a-z]{2,}s[aeo](?:m|k|n|ng|ngiz|niz|ngar|nar|nglar)$/;
const NOT_COND_WORD = new Set(["sovsem", "pisem", "chasam", "vesen", "pesen", "osen", "kasam", "rasam", "nasan"]);
/** "if", "если", "agar", "эгер", "егер", "агар", "eger"; "who / кто" (whoever complains ...) outside a question. */
const CONDITION_WORDS = new Set(["if", "whoever", "who", "если", "esli", "кто", "agar", "агар", "эгер", "егер", "egerde", "eger", "egerde", "агарчи", "mabodo"]);
/** "told me to go to the police", "идти в полицию писать заявление", "politsiyaga borib ariza yoz": the person's own step. */
const GO_NEXT = /^(?:bor|bar|rav|git|gid|bori|bara)/;

/**
 * A threat to call the police / migration or to deport (rules.ts `threatMarker`): a threat word in the sentence; or,
 * outside a question, a condition ("если будем возникать", "if i quit", "кетем десем", "gitsem"); or a reported saying
 * ("гуфт", "дейт", "says") about a denunciation that is neither past ("my friend was deported") nor an instruction
 * ("хозяин сказал идти в полицию писать заявление").
 */
function denounceThreat(ctx: Ctx, a: Span, victimOnly: boolean): boolean {
  const { sentence, questionSentences, skel, low } = ctx.tk;
  const sent = sentence[a.s]!;
  for (const t of spans(ctx, "THREAT")) if (sentence[t.s] === sent && !negated(ctx, t) && !generalTalk(ctx, t)) return true;
  if (pastEvent(ctx.tk, a)) return false;
  if (!questionSentences.has(sent)) {
    for (const m of spans(ctx, "MODAL_PRE")) {
      if (sentence[m.s] === sent && isPlainConditional(m.term) && (!victimOnly || victimCondition(ctx.tk, m))) return true;
    }
    for (let i = 0; i < skel.length; i++) {
      if (sentence[i] !== sent) continue;
      if (CONDITION_WORDS.has(low[i]!) && (!victimOnly || victimCondition(ctx.tk, { s: i, e: i, cond: false, term: low[i]! }))) return true;
      if (TURKIC_COND_WORD.test(skel[i]!) && !NOT_COND_WORD.has(skel[i]!)) return true;
    }
  }
  let said = false;
  for (const v of spans(ctx, "SPEECH")) {
    if (sentence[v.s] !== sent) continue;
    // "the police said they will find my phone", "полиция сказала": the police speak, nobody threatens to call them
    if (v.s === a.e + 1) return false;
    said = true;
  }
  if (!said) return false;
  for (let i = Math.max(0, a.s - 3); i < a.s; i++) {
    if (sentence[i] !== sent) continue;
    if ((i >= a.s - 2 && RU_INFINITIVE.test(low[i]!)) || low[i] === "go") return false;
  }
  if (GO_NEXT.test(skel[a.e + 1] ?? "") && sentence[a.e + 1] === sent) return false;
  // the speaker's own act to come, next to the word: "занг мезанам", "айтам", "topshiraman", "сдам", "will call"
  const speech = spans(ctx, "SPEECH");
  for (let i = Math.max(0, a.s - 2); i <= Math.min(skel.length - 1, a.e + 3); i++) {
    if ((i >= a.s && i <= a.e) || sentence[i] !== sent || speech.some((v) => v.s <= i && i <= v.e)) continue;
    const cyr = /[\u0400-\u04FF]/.test(low[i]!);
    const ru = cyr && /[ыэъщ]|(?:ю|у|ут|ют|ит|ет|ст)$/.test(low[i]!) && !/[әіұқғңөүһҳҷӣӯў]/.test(low[i]!);
    if (ru ? RU_FUTURE.test(skel[i]!) : FUTURE_ACT.test(skel[i]!) || FUTURE_AUX.has(low[i]!)) return true;
  }
  return false;
}
/** The speaker's act to come: Tajik ме-...-ам/-ем/-ӣ, Turkic 1st person / imperative -am/-aman/-amin/-arin/-jak/-osun. */
const FUTURE_ACT = /^(?:me[a-z]+(?:am|em|i|ed)|[a-z]{2,}(?:aman|amiz|amin|emin|arin|erin|aris|eris|arys|jak|jek|osun|osin|asin|esin|ibiz|abiz|ebiz)|[a-z]{3,}[ae]m)$/;
/** Russian perfective future: "позвоню", "сдам", "вызову", "депортнут", "сдадут", "сдаст", "позвонит", "отправит". */
const RU_FUTURE = /^(?:[a-z]{3,}(?:iu|u)|[a-z]{3,}(?:nut|dut|st)|(?:po|vi|ot|za|sd|pere|do)[a-z]{3,}(?:it|et))$/;
const FUTURE_AUX = new Set(["will", "gonna", "would", "'ll", "ll", "будет", "буду", "будем", "станет"]);

/** A past event: a past-tense form, or an English participle after was/were/got/been ("was deported", "got arrested"). */
function pastEvent(tk: Tokens, sp: Span): boolean {
  if (pastTense(tk, sp)) return true;
  for (let i = sp.s; i <= sp.e; i++) {
    if (/^[a-z]+ed$/.test(tk.low[i]!) && /^(?:was|were|got|been|be|get|is|are)$/.test(tk.low[i - 1] ?? "")) return true;
  }
  return false;
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

const MONEY_AMOUNT = /(?:^|[^\d])(\d{1,3}(?:[ .,]?\d{3})+|\d{2,6})\s*(?:\$|usd|у\.е|долл|dollar|доллар|евро|euro|eur|€)|(?:\$|usd|€)\s*(\d{1,3}(?:[ .,]?\d{3})+|\d{2,6})/giu;
/** Words that make an amount the pay: "a month", "в месяц", "айына", "oyiga", "aýda", "моҳе", "salary", "зарплата", "oylik". */
const SALARY_WORD = /^(?:month|monthly|per$|salar|zarplat|zp$|mesiac|aina$|oiga$|oiiga$|oilik|aida$|aiga$|ailik|ailig|mohe$|mohona|maosh|maash)/;
/**
 * Words that make an amount something the worker pays (a fee, a debt, a ransom): "fee", "pay", "заплатить", "пул мехоҳад",
 * "сурап", "so'rayapti", "soraýar", "owe", "агентлик 700 dollar oladi" (takes).
 */
const FEE_WORD = /^(?:fee|pay|paid|zaplat|oplat|plat|dolj|dolg|owe|ask|want|surap|suraid|sura|sorai|sora|pursid|purs|mepurs|mehoh|talab|tole|tola|kariz|karz|berg|oladi$|aladi$|aliar$|megirad$)/;

interface Amount {
  /** first and last token */
  ti: number;
  te: number;
  n: number;
  text: string;
}

/** Sums of money in dollars or euros, with their tokens. */
function amounts(tk: Tokens): Amount[] {
  const out: Amount[] = [];
  const { text, start } = tk;
  MONEY_AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY_AMOUNT.exec(text)) !== null) {
    const n = Number((m[1] ?? m[2] ?? "").replace(/[ .,]/g, ""));
    const at = m.index + m[0].search(/\d|\$|€|usd/i);
    let ti = 0;
    while (ti + 1 < start.length && start[ti + 1]! <= at) ti++;
    let te = ti;
    while (te + 1 < start.length && start[te + 1]! < m.index + m[0].length) te++;
    out.push({ ti, te, n, text: m[0].trim() });
  }
  return out;
}

/**
 * A monthly pay of 1,500 $/€ or more quoted in an offer; returns the quoted amount. An amount next to a fee word
 * ("агентство 1500 доллар пул мехоҳад", "they want 2000$ fee", "надо заплатить 2000$") is what the worker pays, not the
 * pay, unless a pay word is next to it too ("2000$ per month").
 */
function payTooHigh(ctx: Ctx, list: readonly Amount[]): string | null {
  for (const a of list) if (a.n >= 1500 && a.n <= 100000 && !feeAmount(ctx, a.ti, a.te)) return a.text;
  return null;
}

/**
 * The amount at tokens ti..te is something the worker pays (a fee word within 3 words; with `offerOnly`, not a debt), not
 * the pay (no pay word next to it).
 */
function feeAmount(ctx: Ctx, ti: number, te: number, offerOnly = false): boolean {
  const { skel } = ctx.tk;
  let salary = false;
  let isFee = false;
  for (let j = Math.max(0, ti - 3); j <= Math.min(skel.length - 1, te + 3); j++) {
    if (j >= ti && j <= te) continue;
    if (SALARY_WORD.test(skel[j]!)) salary = true;
    if (FEE_WORD.test(skel[j]!) && !(offerOnly && /^(?:dolj|dolg|owe|kariz|karz|berg)/.test(skel[j]!))) isFee = true;
  }
  if (!isFee) {
    for (const c of offerOnly ? FEE_CONCEPTS_OFFER : FEE_CONCEPTS) for (const f of spans(ctx, c)) if (f.e >= ti - 3 && f.s <= te + 3) isFee = true;
  }
  return isFee && !salary;
}
const FEE_CONCEPTS: readonly ConceptId[] = ["F_FEE", "DEBT", "PAY_VERB"];
const FEE_CONCEPTS_OFFER: readonly ConceptId[] = ["F_FEE", "PAY_VERB"];

/** Age words after a number ("15 year old", "15 лет", "15 yoshli", "15 жаштагы", "15 жасар", "15-сола", "15 ýaşly", "15 yasly"). */
const AGE_WORD = /^(?:iosh|jash|jas|sol|iash|ias|io$|iro$)/;
const AGE_GLUED = /^(\d{1,2})(?:io|iro|iosh|jash|jas|sol|iash|ias)/;
/** Tajik "N сол" as a duration: "5 сол кор кардам", "2 сол боз", "3 сол шуд", "2 сол пеш", "то 2 сол". */
const TG_DURATION_AFTER = /^(?:pesh|boz|ast$|shud|kor|meshav|mond|zindag|dar$|inja)/;
const TG_DURATION_BEFORE = new Set(["to", "baroi", "ba", "az", "kariib", "kareb", "kamakam", "beshtar", "ziiod", "kam"]);
const DURATION_BEFORE = new Set(["uje", "za", "cherez", "na", "for", "over", "after", "pochti", "bolshe", "bolee"]);
/** A case ending on a bare age, glued or after a hyphen: Kyrgyz/Kazakh "15те", "16-да", "17де", "13тө"; Uzbek "16da". */
const AGE_CASE_GLUED = /^(\d{1,2})(?:d[aeo]|t[aeo]|g[aeo]|k[aeo])$/;
const AGE_CASE = /^(?:d[aeo]|t[aeo]|g[aeo]|k[aeo])$/;
/** Between a person word and a bare age: "son is 15", "brother only 15", "иниминин жашы 15", "ukam faqat 16". */
const AGE_FILLER = new Set([
  "is", "only", "just", "aged", "age", "vsego", "tolko", "lish", "faqat", "atigi", "hali", "endi", "jashi", "jasi", "ioshi", "iashi", "sinnash",
  "sinash", "hamagi", "fakat", "bolgonu", "bari", "nebari", "gana",
]);
/** Pronouns before a bare age ("he is 15", "she 16", "ол 15 жаста" is covered by the age word). */
const AGE_PRONOUN = new Set(["he", "she", "hes", "shes", "ol", "vai", "emu", "ei"]);
/** A unit after a bare number: "my brother 3 months", "sister 2 times", "son 15 dollars" are no ages. */
const NOT_AGE_UNIT =
  /^(?:god|let|iear|iil|jil|sol|mesiac|mes$|month|oi|ai$|aidan|moh|nedel|week|hafta|apta|juma|hepde|den|dn|day|kun|ruz|gun|chas|hour|soat|saat|sagat|min|sekund|dollar|usd|rubl|rub|som|sum|manat|tenge|evro|euro|kishi|adam|nafar|chelovek|people|odam|raz|marta|jolu|time|kg|km|metr|iash|ias)/;

function ageAt(skel: readonly string[], i: number): { age: number; end: number } | null {
  const t = skel[i]!;
  const next = skel[i + 1] ?? "";
  const glued = AGE_GLUED.exec(t);
  if (glued) return { age: Number(glued[1]), end: i };
  if (!/^\d{1,2}$/.test(t)) return null;
  const age = Number(t);
  if (AGE_WORD.test(next)) {
    // Tajik "5 сол кор кардам", "2 сол боз", "то 2 сол", "3 сол шуд": a duration, not an age ("16 сола", "16 солаам" are ages)
    if (next === "sol" && (TG_DURATION_AFTER.test(skel[i + 2] ?? "") || TG_DURATION_BEFORE.has(skel[i - 1] ?? ""))) return null;
    return { age, end: i + 1 };
  }
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

/**
 * A bare number right after a person word is an age: "my son is 15", "brother only 15", "иним 15те", "ukam 16da",
 * "qizim 15" (not "my brother 3 months", not "саат 17де": the number must follow the person word).
 */
function bareAgeAfterPerson(ctx: Ctx, relEnds: ReadonlySet<number>, i: number): { age: number; end: number } | null {
  const { skel } = ctx.tk;
  const t = skel[i]!;
  let age: number;
  let end = i;
  const glued = AGE_CASE_GLUED.exec(t);
  if (glued) age = Number(glued[1]);
  else if (/^\d{1,2}$/.test(t)) {
    age = Number(t);
    const next = skel[i + 1] ?? "";
    if (AGE_CASE.test(next)) end = i + 1;
    else if (NOT_AGE_UNIT.test(next)) return null;
  } else return null;
  const person = (j: number): boolean => j >= 0 && (relEnds.has(j) || AGE_PRONOUN.has(skel[j]!));
  if (person(i - 1) || (AGE_FILLER.has(skel[i - 1] ?? "") && (person(i - 2) || (AGE_FILLER.has(skel[i - 2] ?? "") && person(i - 3))))) {
    return { age, end };
  }
  return null;
}

/** A stated age under 18 next to an age word, or right after a person word, counts as MINOR. */
function addAgeMinor(ctx: Ctx): void {
  const { skel } = ctx.tk;
  let relEnds: Set<number> | null = null;
  for (let i = 0; i < skel.length; i++) {
    const c = skel[i]!.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    let r = ageAt(skel, i);
    if (!r) {
      relEnds ??= new Set(spans(ctx, "REL").map((sp) => sp.e));
      r = bareAgeAfterPerson(ctx, relEnds, i);
      // a person word right before "N сол" is an age, whatever follows ("писарам 16 сол аст")
      if (!r && skel[i + 1] === "sol" && relEnds.has(i - 1) && /^\d{1,2}$/.test(skel[i]!)) r = { age: Number(skel[i]), end: i + 1 };
    }
    if (r && r.age >= 1 && r.age < 18) addSpan(ctx, "MINOR", { s: i, e: r.end, cond: false, term: "<age>" });
  }
}

/** The children a nanny looks after ("бала күтуші", "çaga seredýär", "сидеть с детьми") are no minors at risk. */
function dropNannyChildren(ctx: Ctx): void {
  const nanny = spans(ctx, "NANNY");
  if (nanny.length === 0) return;
  const id = CONCEPT_TID.get("MINOR")!;
  const list = ctx.found.get(id);
  if (!list) return;
  ctx.found.set(id, list.filter((m) => !nanny.some((n) => n.s <= m.e && m.s <= n.e)));
}

/** Add a span found outside the trie (ages, short country codes, durations), keeping the list in token order. */
function addSpan(ctx: Ctx, c: ConceptId, sp: Span): void {
  const id = CONCEPT_TID.get(c)!;
  const list = ctx.found.get(id) ?? [];
  list.push(sp);
  if (list.length > 1 && list[list.length - 2]!.s > sp.s) list.sort((a, b) => a.s - b.s);
  ctx.found.set(id, list);
}

/** Short country codes ("рф", "оаэ", "баа", "uae") as typed: folded, "баа" would be the Tajik "ба" (to). */
function addShortCodes(ctx: Ctx): void {
  const { low } = ctx.tk;
  for (let i = 0; i < low.length; i++) {
    const w = low[i]!;
    if (w.length <= 3 && SHORT_DESTINATION_CODES.has(w)) addSpan(ctx, "ABROAD", { s: i, e: i, cond: false, term: w });
  }
}

/**
 * Durations as skeletons. Month forms that cannot be anything else ("месяц", "months", "oydan", "айдан", "ailap")
 * count alone; short ones ("oy", "ай", "моҳ", "год", "yil") need a number before them ("ой" is also "oh", "моҳӣ" a fish);
 * weeks count from three ("уже 3 недели", "for weeks", "бир нече жума", "третью неделю"), with the durative "-dir" from two
 * ("2 haftadir"). "бир айдай" is about a month, Kazakh "айдайды" (drives) is not.
 */
const MONTH_ALONE = /^(?:months?$|mesiac|mesac|oidan|oidir|oilab|oilar|aidan|aidir|ailap|ailar|aidai(?!d)|godami|iears$|iildan|jildan|iildir)/;
const MONTH_COUNTED = /^(?:month|oi$|ai$|moh$|mohi$|moho|god$|goda$|iear$|iil$|jil$|sol$)/;
const WEEK_UNIT = /^(?:week|nedel|hafta|apta|hepde|juma$|jumadan|jumadai)/;
const NUMBER_WORD = new Set([
  "a", "one", "two", "odin", "odnu", "odna", "dva", "dve", "bir", "ikki", "eki", "iki", "iak", "du", "bir", "ber",
]);
const MANY = new Set([
  "three", "four", "five", "six", "seven", "eight", "several", "many", "few", "tri", "chetire", "piat", "shest", "neskolko", "mnogo", "uch", "tort",
  "besh", "olti", "necha", "neche", "ush", "bes", "neshe", "birneshe", "se", "chor", "panj", "chand", "dort", "bash", "birnache", "nache",
]);
/** Ordinals from the third: "третью неделю", "четвертый месяц", "third week", "uchinchi hafta", "үчүнчү жума". */
const ORDINAL_3 = /^(?:tret|chetvert|piat|shest|sedm|third|fourth|fifth|sixth|uchinchi|tortinchi|beshinchi|uchunchu|tortunchu|beshinchi|ushinshi|tortinshi|besinshi|seiom|chorum|panjum|ucunji|dordunji|basinji)/;
/** "уже 3 недели", "2 oydan beri", "бир айдан бери", "for weeks": a silence of three weeks or more adds LONG_TIME. */
function addLongTime(ctx: Ctx): void {
  const { skel } = ctx.tk;
  for (let i = 0; i < skel.length; i++) {
    const w = skel[i]!;
    const prev = skel[i - 1] ?? "";
    const counted = /^\d+$/.test(prev) || NUMBER_WORD.has(prev) || MANY.has(prev);
    let long = MONTH_ALONE.test(w) || (counted && MONTH_COUNTED.test(w));
    if (!long && WEEK_UNIT.test(w)) {
      // "уже 3 недели", "for weeks", "третью неделю тишина", "6 ҳафта боз"; with the durative "-dir" from two ("2 haftadir")
      const n = /^\d+$/.test(prev) ? Number(prev) : NUMBER_WORD.has(prev) && /^(?:two|dva|dve|ikki|eki|iki|du)$/.test(prev) ? 2 : 0;
      long = n >= 3 || MANY.has(prev) || ORDINAL_3.test(prev) || w === "weeks" || w === "nedeliami" || (n >= 2 && /dir$/.test(w));
    }
    if (long) {
      addSpan(ctx, "LONG_TIME", { s: i, e: i, cond: false, term: "<duration>" });
      return;
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
      if (n.term === "no" && ctx.tk.low[n.s] !== "no") continue; // Russian "но" (but) folds to "no"
      if (clause[n.s] !== clause[sp.s]) continue;
      if ((n.e < sp.s && n.e >= sp.s - 2) || (n.s > sp.e && n.s <= sp.e + 2)) return true;
    }
    return false;
  };
  for (const f of RED_FLAG_IDS) {
    for (const sp of spans(ctx, FLAG_CONCEPT[f])) {
      // a quoted amount ("1500 доллар") is the pay only if it is not what the worker is asked to pay
      if (f === "pay_too_high" && /\d/.test(ctx.tk.skel[sp.s]!) && feeAmount(ctx, sp.s, sp.e)) continue;
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
  const sums = amounts(ctx.tk);
  const amount = out.has("pay_too_high") ? null : payTooHigh(ctx, sums);
  if (amount) out.set("pay_too_high", []);
  // a sum the worker is asked to pay ("агенттик 1500 доллар сурап жатат", "agentlik 700 dollar oladi") is a fee
  if (!out.has("recruitment_fee")) {
    for (const a of sums) {
      if (feeAmount(ctx, a.ti, a.te, true)) {
        out.set("recruitment_fee", [{ s: a.ti, e: a.te, cond: false, term: "<amount>" }]);
        break;
      }
    }
  }
  return { flags: out, amount };
}

/** Object pronouns that carry a minor into the next clause: "my son is 16, they took HIM to Russia", "иним 15 жашта, АНЫ ...". */
const OBJECT_PRONOUNS = new Set([
  "him", "her", "them", "его", "ее", "её", "их", "ego", "ee", "ih", "uni", "ularni", "уни", "уларни", "аны", "аларды", "оны", "оларды",
  "ӯро", "уро", "вайро", "онҳоро", "ony", "olary",
]);

/**
 * The minor is the one sent or taken away for work: a minor and a work or travel word in the same clause, or in the
 * next clauses of the sentence when an object pronoun carries the minor there ("my son is 16, they took him to work").
 * "My kids stayed home, I work in Moscow" is a parent working abroad.
 */
function minorSentAway(ctx: Ctx): [Span, Span] | null {
  const { sentence, clause, low, questionSentences } = ctx.tk;
  for (const m of spans(ctx, "MINOR")) {
    if (negated(ctx, m) || hypothetical(ctx, m)) continue;
    for (const c of ["WORK", "WENT"] as const) {
      for (const w of spans(ctx, c)) {
        if (sentence[w.s] !== sentence[m.s]) continue;
        const d = w.s > m.e ? w.s - m.e : m.s > w.e ? m.s - w.e : 0;
        if (d > 14) continue;
        // a question or a hypothetical about the trip ("can my son (16) work in Russia?"), unless it already happened
        if (hypothetical(ctx, w) || (questionSentences.has(sentence[w.s]!) && !pastTense(ctx.tk, w))) continue;
        if (clause[w.s] === clause[m.s]) {
          if (d <= 10) return [m, w];
          continue;
        }
        if (w.s > m.e) {
          for (let i = m.e + 1; i <= w.e; i++) if (clause[i] !== clause[m.s] && OBJECT_PRONOUNS.has(low[i]!)) return [m, w];
          // "інім 16 жаста, біреу ресейге жұмысқа алып кетті": a stated age, then the next clause with someone taking
          // the minor away (the object left unsaid), with no "I / мен / я" in between (a parent who works abroad)
          if (m.term === "<age>" && c === "WENT" && clause[w.s] === clause[m.e]! + 1) {
            let self = false;
            for (let i = m.e + 1; i < w.s; i++) if (SELF_PRONOUNS.has(low[i]!)) self = true;
            if (!self) return [m, w];
          }
        }
      }
    }
  }
  return null;
}
const SELF_PRONOUNS = new Set(["i", "we", "я", "мы", "men", "biz", "мен", "биз", "ман", "мо", "ya", "my"]);

const RU_PAST = /[аеиоуыяюё]л(?:и|а|о|ся|ась|ись)?$/;
const RU_PAST_LATIN = /[aeiouy]l(?:i|a|o)?$/;
/** English: a simple past or "has/have" (possession), or a participle after has/have/had or an agent ("they kept"). */
const EN_PAST = /^(?:took|stole|snatched|grabbed|has|have|had)$/;
const EN_PARTICIPLE = /^(?:taken|kept|held|stolen|[a-z]+ed)$/;
const EN_PERFECT_OR_SUBJECT = new Set([
  "has", "have", "had", "hav", "already", "they", "he", "she", "boss", "employer", "recruiter", "agency", "agent", "owner", "brigadier", "broker",
]);
/**
 * Turkic past (-di/-ti/-dy, -gan/-kan, -ipti, -dilar), not the present -adi/-aydi/-aidi nor the future participles
 * -(y)digan / -а турган; Tajik past (-ft, -dand, -dast), not the present me-/mi-.
 */
const TURKIC_PAST = /(?:(?<![ae]|[ae]i)[dt][iu]|[dt][iu]l[ae]r|(?<!di|tur)g[ae]n|k[ae]n|ipti|ibdi|ipdi|ipdir|ishdi|ishti)$/;
const TG_PAST = /^(?!me|mi)[a-z]+(?:ft|ftand|tand|dand|ftast|dast)$/;

/** The act of taking is in the past tense (or the document is held now): "забрали", "olib qo'yishdi", "гирифтанд", "has taken". */
function heldAlready(tk: Tokens, parts: readonly Span[]): boolean {
  for (const p of parts.slice(1)) if (pastTense(tk, p)) return true;
  return false;
}

/** A word of the span is a past-tense (or "has/had") verb form in one of the languages. */
function pastTense(tk: Tokens, p: Span): boolean {
  for (let i = p.s; i <= p.e; i++) {
    const w = tk.low[i]!;
    const k = tk.skel[i]!;
    if (/[\u0400-\u04FF]/.test(w)) {
      if (RU_PAST.test(w)) return true;
    } else if (RU_PAST_LATIN.test(w) || EN_PAST.test(w)) return true;
    else if (EN_PARTICIPLE.test(w) && (EN_PERFECT_OR_SUBJECT.has(tk.low[i - 1] ?? "") || EN_PERFECT_OR_SUBJECT.has(tk.low[i - 2] ?? ""))) return true;
    if (TURKIC_PAST.test(k) || TG_PAST.test(k)) return true;
  }
  return false;
}

/** A year in the past ("в 2023", "2022 yilda"): a past time, like "last year". */
const PAST_YEAR = /^(?:19[89]\d|20[012]\d)/;

/**
 * A past exploitation and a need now (see analyse): two signs of exploitation (unpaid or forced work, sexual
 * exploitation, deception into work, held, escaped, "I was a victim"), a sign that it is over (escaped, back home,
 * a past time) and a request for help or a lawyer, a threat or an extortion. Returns the evidence spans.
 */
function pastExploitation(ctx: Ctx, hasInd: (i: IndicatorId) => boolean): Span[] | null {
  const ok = (c: ConceptId): Span | null => {
    for (const sp of spans(ctx, c)) if (!negated(ctx, sp) && !generalTalk(ctx, sp)) return sp;
    return null;
  };
  const escaped = live(ctx, "ESCAPED");
  const victim = live(ctx, "VICTIM");
  const held = live(ctx, "HELD");
  const signs =
    (hasInd("withholding_of_wages") ? 1 : 0) + (hasInd("forced_labour") ? 1 : 0) + (hasInd("sexual_exploitation") ? 1 : 0) +
    (hasInd("deception") && has(ctx, "WORK") ? 1 : 0) + (held ? 1 : 0) + (escaped ? 1 : 0) + (victim ? 1 : 0);
  if (signs < 2) return null;
  let pastYear: Span | null = null;
  for (let i = 0; i < ctx.tk.skel.length; i++) if (/^\d{4}$/.test(ctx.tk.skel[i]!) && PAST_YEAR.test(ctx.tk.skel[i]!)) pastYear = { s: i, e: i, cond: false, term: "<year>" };
  const over = escaped ?? victim ?? ok("HOME_NOW") ?? ok("PAST_TIME") ?? pastYear;
  if (!over) return null;
  const need = ok("HELP") ?? ok("LAWYER") ?? ok("HELP_NOW") ?? live(ctx, "THREAT") ?? live(ctx, "DEBT") ?? (hasInd("threats") ? over : null);
  if (!need) return null;
  return need === over ? [over] : [over, need];
}

/**
 * Sexual exploitation that is over: escaped or back home ("я вернулась домой"), or a victim term with a past time ("i ran
 * from the sauna last year"), and no confinement, violence or "help now" ("алдап алып кетти, енди ..." is not over).
 */
function sexOver(ctx: Ctx, levelOf: ReadonlyMap<IndicatorId, Level>): boolean {
  if (!(live(ctx, "ESCAPED") || live(ctx, "HOME_NOW") || (live(ctx, "VICTIM") && has(ctx, "PAST_TIME")))) return false;
  for (const [i, l] of levelOf) {
    if (l !== "urgent" || i === "sexual_exploitation" || i === "threats") continue;
    return false;
  }
  return true;
}

/** Indicators that need a pre-departure check rather than an escalation when the person has not left yet. */
const OFFER_SOFT = new Set<IndicatorId>(["retention_of_documents", "debt_bondage", "withholding_of_wages", "forced_labour", "deception", "restriction_of_movement", "isolation"]);
/** Indicators that make a minor's case urgent. */
const MINOR_TRIGGERS = new Set<IndicatorId>([
  "forced_labour", "sold", "sexual_exploitation", "kidnapping", "confinement", "physical_violence", "withholding_of_wages", "debt_bondage",
  "retention_of_documents", "restriction_of_movement", "threats", "relative_missing", "sexual_violence", "past_trafficking", "forced_marriage",
]);

export interface Analysis extends Assessment {
  /** Indicators found but not counted (negated, hypothetical, general talk), for debugging. */
  blocked: string[];
}

export function analyse(text: string, hintLang?: Lang): Analysis {
  const lang = detectLang(text, hintLang);
  const tk = tokenize(text);
  const ctx: Ctx = { tk, found: matcher.match(tk.skel) };
  addShortCodes(ctx);
  dropNannyChildren(ctx);
  addAgeMinor(ctx);
  addLongTime(ctx);

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
  // a debt to the employer (not a bank loan) with unpaid wages: the worker cannot get out of it
  const employerDebt = spans(ctx, "DEBT").some((d) => !negated(ctx, d) && !hypothetical(ctx, d) && !spans(ctx, "BANK").some((b) => tk.sentence[b.s] === tk.sentence[d.s]));
  if (!leaveFree) {
    if (hasInd("withholding_of_wages") && (coercion || hasInd("restriction_of_movement") || employerDebt)) raise("withholding_of_wages", "high");
    if (hasInd("restriction_of_movement") && (hasInd("withholding_of_wages") || coercion || live(ctx, "DEBT"))) raise("restriction_of_movement", "high");
    if (hasInd("excessive_overtime") && coercion) raise("excessive_overtime", "high");
  }

  // Exploited before (unpaid or forced work, deception into work, held, sexual exploitation, escaped) and now asking for
  // help or a lawyer, threatened or extorted: a past trafficking case that needs help now (high). Unpaid wages alone with
  // a lawyer asked for stay a labour dispute.
  const pastCase = pastExploitation(ctx, hasInd);
  if (pastCase) {
    const prev = levelOf.get("past_trafficking");
    if (!prev || rank[prev] < rank.high) {
      byInd.set("past_trafficking", { rule: { id: "past_case", ind: "past_trafficking", level: "high", all: [] }, ind: "past_trafficking", level: "high", parts: pastCase });
      levelOf.set("past_trafficking", "high");
    }
  }
  // Sexual exploitation that is over (escaped, back home), with nothing urgent going on now: high.
  if (levelOf.get("sexual_exploitation") === "urgent" && sexOver(ctx, levelOf)) levelOf.set("sexual_exploitation", "high");

  // Has the person not left yet? Then document/debt/wage terms describe an offer, not an exploitation.
  const offerWords = has(ctx, "OFFER") || has(ctx, "PRE_DEPART");
  const alreadyThere = has(ctx, "ABROAD_NOW") || has(ctx, "ESCAPED") || has(ctx, "VICTIM");
  const preDeparture = offerWords && !alreadyThere;
  if (preDeparture) {
    for (const i of OFFER_SOFT) {
      if (levelOf.get(i) !== "high") continue;
      // a recruiter who already took the passport holds it now, before departure or not
      if (i === "retention_of_documents" && heldAlready(tk, byInd.get(i)!.parts)) continue;
      levelOf.set(i, "signal");
    }
  }

  // A minor involved in any exploitation, or taken abroad for work: urgent.
  const minor = live(ctx, "MINOR");
  if (minor && !generalTalk(ctx, minor)) {
    let trigger: Fired | undefined;
    for (const [i, f] of byInd) if (MINOR_TRIGGERS.has(i) && (rank[levelOf.get(i)!] >= 1 || i === "sexual_exploitation" || i === "withholding_of_wages")) trigger = f;
    // a minor given in marriage
    const marry = trigger ? null : live(ctx, "MARRY_OFF");
    if (marry && !generalTalk(ctx, marry)) {
      trigger = { rule: { id: "minor_marriage", ind: "forced_marriage", level: "urgent", all: ["MARRY_OFF"] }, ind: "forced_marriage", level: "urgent", parts: [marry] };
    }
    // taken away for work (Kazakhstan is no foreign country for a Kazakh speaker), not asked about ("can my 16-year-old
    // work in Russia?"); before departure too ("a woman is taking her to Turkey next week to work")
    const workAbroad = has(ctx, "WORK") && (has(ctx, "WENT") || foreignPlace(ctx, lang)) ? minorSentAway(ctx) : null;
    if (trigger || workAbroad) {
      const parts = trigger ? [minor, ...trigger.parts] : workAbroad ? [...workAbroad] : [minor];
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
    category = pickCategory(ctx, lang, preDeparture, flagMap.size > 0, byInd.has("relative_missing"));
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

/** "из Ташкента", "Toshkentdan", "аз Душанбе", "from Bishkek": a place of origin, not where the person is. */
const ABLATIVE = /(?:dan|den|tan|ten|nan|nen|don|ton)$/;
const FROM_WORDS = new Set(["from", "iz", "az", "ot"]);
function originForm(tk: Tokens, sp: Span): boolean {
  return ABLATIVE.test(tk.skel[sp.e]!) || FROM_WORDS.has(tk.skel[sp.s - 1] ?? "");
}

/** A home-country place (Kazakhstan too for Kazakh speakers) named as where the person is, not where they come from. */
function inHomePlace(ctx: Ctx, lang: Lang): boolean {
  for (const sp of spans(ctx, "HOME_PLACE")) if (!originForm(ctx.tk, sp)) return true;
  if (lang === "kk") for (const sp of spans(ctx, "KZ_PLACE")) if (!originForm(ctx.tk, sp)) return true;
  return false;
}

/** A foreign destination is named (Kazakhstan is not foreign for Kazakh speakers; short codes count). */
function foreignPlace(ctx: Ctx, lang: Lang): boolean {
  const kz = lang === "kk" ? spans(ctx, "KZ_PLACE") : EMPTY;
  for (const sp of spans(ctx, "ABROAD")) {
    let home = false;
    for (const k of kz) if (k.s <= sp.e && sp.s <= k.e) home = true;
    if (!home) return true;
  }
  return false;
}

/** Someone who came from another country (ablative place + came/arrived): for Kazakh speakers, a trip to Kazakhstan. */
const CAME = /^(?:kel|gel|priieh|priezj|omad|came|come|arriv)/;
function cameFromAbroad(ctx: Ctx): boolean {
  const { skel } = ctx.tk;
  for (const sp of spans(ctx, "HOME_PLACE")) {
    if (originForm(ctx.tk, sp) && (CAME.test(skel[sp.e + 1] ?? "") || CAME.test(skel[sp.e + 2] ?? ""))) return true;
  }
  return false;
}

function pickCategory(ctx: Ctx, lang: Lang, preDeparture: boolean, anyFlag: boolean, relativeSilent: boolean): CategoryId {
  const scores = new Map<CategoryId, number>();
  for (const c of CATEGORY_IDS) {
    const list = ctx.found.get(CATEGORY_TID.get(c)!);
    if (!list) continue;
    const weak = WEAK_CATEGORY_TERM[c];
    // a weak term counts fully only next to a strong one of the same category ("телефон" with "номер", "горячая линия")
    const isWeak = (sp: Span): boolean => weak !== undefined && weakTerm(weak, sp.term);
    const strong = weak ? list.some((sp) => !isWeak(sp)) : true;
    let s = 0;
    for (const sp of list) s += !strong && isWeak(sp) ? 0.25 : 1 + 0.5 * (sp.e - sp.s);
    scores.set(c, s);
  }
  const merge = (from: CategoryId, into: CategoryId): void => {
    const v = scores.get(from);
    if (v === undefined) return;
    scores.set(into, (scores.get(into) ?? 0) + v);
    scores.delete(from);
  };
  if (lang === "kk") {
    // Kazakhstan is home for Kazakh speakers, unless the message is about someone who came from elsewhere
    // ("Өзбекстаннан келген көршім Қазақстанда жұмыс істегісі келеді").
    if (!cameFromAbroad(ctx)) merge("trip_to_kazakhstan", "work_in_home_country");
    else merge("work_in_home_country", "trip_to_kazakhstan");
  } else if (scores.has("trip_to_kazakhstan")) {
    // For everyone else, staying, registering or working in Kazakhstan is the Kazakhstan trip consultation.
    merge("rules_of_stay_abroad", "trip_to_kazakhstan");
    merge("employment_abroad", "trip_to_kazakhstan");
  }
  // Work in a named place of the home country, with no foreign destination: the labour questions are about work at
  // home (the stronger of the two scores, so that a described offer still wins).
  const employment = scores.get("employment_abroad");
  if (employment !== undefined && inHomePlace(ctx, lang) && !foreignPlace(ctx, lang)) {
    scores.set("work_in_home_country", Math.max(scores.get("work_in_home_country") ?? 0, employment));
    scores.delete("employment_abroad");
  }
  // A relative not answering, with nothing suspicious: a family worry.
  if (relativeSilent) scores.set("family_health_social", (scores.get("family_health_social") ?? 0) + 1);
  // Talk about trafficking itself (not a case).
  if (has(ctx, "TRAFFICKING") || has(ctx, "GENERAL")) scores.set("what_is_trafficking", (scores.get("what_is_trafficking") ?? 0) + 1.5);
  // A described offer before departure ("offer / taklif / teklip" of marriage is a marriage question, not a job offer).
  const marriageOffer = scores.has("marriage_abroad") && !has(ctx, "WORK");
  const jobWords = has(ctx, "OFFER") || has(ctx, "WORK");
  if (marriageOffer) {
    // no job-offer boost
  } else if (preDeparture && (has(ctx, "OFFER") || (anyFlag && jobWords))) scores.set("job_offer_check", (scores.get("job_offer_check") ?? 0) + 2 + (anyFlag ? 1 : 0));
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

