import { z } from "zod";
import { categoryIdSchema } from "../content/categories";
import { LANGS, langSchema, type Lang } from "../content/languages";
import type { Assessment } from "./index";

/**
 * Evaluation of the triage on a labelled set (no Node APIs, so tests and scripts share it). The gate:
 * escalation recall >= 0.97 and false-escalation rate <= 0.05, overall and for every language.
 */

export const labelledSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: langSchema,
  escalate: z.boolean(),
  urgency: z.enum(["none", "high", "urgent"]),
  category: categoryIdSchema,
  job_offer_risk: z.enum(["low", "medium", "high"]).nullable(),
});
export type Labelled = z.infer<typeof labelledSchema>;

export const RECALL_MIN = 0.97;
export const FALSE_ESCALATION_MAX = 0.05;

export interface Row {
  n: number;
  positives: number;
  negatives: number;
  truePos: number;
  falsePos: number;
  urgencyOk: number;
  categoryOk: number;
  riskN: number;
  riskOk: number;
  langOk: number;
  /** NaN when the group has no positives (or negatives). */
  recall: number;
  falseEscalation: number;
  urgency: number;
  category: number;
  risk: number;
  lang: number;
}

export interface Miss {
  id: string;
  lang: Lang;
  kind: "missed_escalation" | "false_escalation" | "urgency" | "category" | "job_offer_risk" | "lang";
  expected: string;
  got: string;
  text: string;
  detail: string;
}

export interface Report {
  overall: Row;
  perLang: Partial<Record<Lang, Row>>;
  misses: Miss[];
  pass: boolean;
  failures: string[];
}

function emptyRow(): Row {
  return {
    n: 0, positives: 0, negatives: 0, truePos: 0, falsePos: 0, urgencyOk: 0, categoryOk: 0, riskN: 0, riskOk: 0, langOk: 0,
    recall: NaN, falseEscalation: NaN, urgency: NaN, category: NaN, risk: NaN, lang: NaN,
  };
}

function finish(r: Row): Row {
  r.recall = r.positives > 0 ? r.truePos / r.positives : NaN;
  r.falseEscalation = r.negatives > 0 ? r.falsePos / r.negatives : NaN;
  r.urgency = r.n > 0 ? r.urgencyOk / r.n : NaN;
  r.category = r.n > 0 ? r.categoryOk / r.n : NaN;
  r.risk = r.riskN > 0 ? r.riskOk / r.riskN : NaN;
  r.lang = r.n > 0 ? r.langOk / r.n : NaN;
  return r;
}

export function evaluate(items: readonly Labelled[], run: (text: string) => Assessment): Report {
  const overall = emptyRow();
  const perLang: Partial<Record<Lang, Row>> = {};
  const misses: Miss[] = [];
  for (const item of items) {
    const a = run(item.text);
    const rows = [overall, (perLang[item.lang] ??= emptyRow())];
    const detail = `urgency=${a.urgency} category=${a.category} risk=${a.job_offer_risk} indicators=[${a.indicators.join(",")}] flags=[${a.red_flags.join(",")}]`;
    const miss = (kind: Miss["kind"], expected: string, got: string): void => {
      misses.push({ id: item.id, lang: item.lang, kind, expected, got, text: item.text, detail });
    };
    for (const r of rows) {
      r.n++;
      if (item.escalate) {
        r.positives++;
        if (a.escalate) r.truePos++;
      } else {
        r.negatives++;
        if (a.escalate) r.falsePos++;
      }
      if (a.urgency === item.urgency) r.urgencyOk++;
      if (a.category === item.category) r.categoryOk++;
      if (item.job_offer_risk !== null) {
        r.riskN++;
        if (a.job_offer_risk === item.job_offer_risk) r.riskOk++;
      }
      if (a.lang === item.lang) r.langOk++;
    }
    if (item.escalate && !a.escalate) miss("missed_escalation", item.urgency, a.urgency);
    else if (!item.escalate && a.escalate) miss("false_escalation", "none", a.urgency);
    else if (a.urgency !== item.urgency) miss("urgency", item.urgency, a.urgency);
    if (a.category !== item.category && item.escalate === a.escalate) miss("category", item.category, a.category);
    if (item.job_offer_risk !== null && a.job_offer_risk !== item.job_offer_risk && a.category === item.category) {
      miss("job_offer_risk", String(item.job_offer_risk), String(a.job_offer_risk));
    }
    if (a.lang !== item.lang) miss("lang", item.lang, a.lang);
  }
  finish(overall);
  for (const l of LANGS) if (perLang[l]) finish(perLang[l]!);
  const failures: string[] = [];
  const gate = (name: string, r: Row): void => {
    if (!Number.isNaN(r.recall) && r.recall < RECALL_MIN) failures.push(`${name}: escalation recall ${r.recall.toFixed(3)} < ${RECALL_MIN}`);
    if (!Number.isNaN(r.falseEscalation) && r.falseEscalation > FALSE_ESCALATION_MAX) {
      failures.push(`${name}: false-escalation rate ${r.falseEscalation.toFixed(3)} > ${FALSE_ESCALATION_MAX}`);
    }
  };
  gate("overall", overall);
  for (const l of LANGS) if (perLang[l]) gate(l, perLang[l]!);
  return { overall, perLang, misses, pass: failures.length === 0, failures };
}

/** Parse JSON Lines of labelled messages; throws with the line number on a bad line. */
export function parseLabelled(jsonl: string): Labelled[] {
  const out: Labelled[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    const r = labelledSchema.safeParse(raw);
    if (!r.success) throw new Error(`line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    out.push(r.data);
  }
  return out;
}

const pct = (x: number): string => (Number.isNaN(x) ? "    -" : (x * 100).toFixed(1).padStart(5));

/** The table printed by `npm run eval:assess`. */
export function formatReport(rep: Report, title = ""): string {
  const head = "lang      n   pos  recall  false-esc  urgency  category  offer-risk  lang-id";
  const line = (name: string, r: Row): string =>
    `${name.padEnd(7)} ${String(r.n).padStart(4)} ${String(r.positives).padStart(5)}  ${pct(r.recall)}%    ${pct(r.falseEscalation)}%   ${pct(r.urgency)}%   ${pct(r.category)}%     ${pct(r.risk)}%   ${pct(r.lang)}%`;
  const out: string[] = [];
  if (title) out.push(title);
  out.push(head);
  for (const l of LANGS) if (rep.perLang[l]) out.push(line(l, rep.perLang[l]!));
  out.push(line("overall", rep.overall));
  out.push(rep.pass ? `gate: PASS (recall >= ${RECALL_MIN}, false-escalation <= ${FALSE_ESCALATION_MAX}, overall and per language)` : `gate: FAIL\n  ${rep.failures.join("\n  ")}`);
  return out.join("\n");
}
