import { fold } from "./normalize";

/**
 * Term matcher. Every lexicon term is compiled once into a character trie keyed by its first word; a message
 * is scanned token by token (work linear in the text length plus the few candidate terms per token).
 *
 * Word modes: exact ("hit"), prefix ("stem*"), Turkic verb stem ("stem+": any ending but a negative one,
 * -ma-/-me-/-ba-/-be-/-pa-/-pe-/-mo-/-bo-/-po- after folding; the infinitive -mak/-mek/-moq is not negative).
 * ".." between two words allows up to three words in between.
 */

export type WordMode = 0 | 1 | 2; // 0 exact, 1 prefix, 2 turkic stem
interface WordPat {
  w: string;
  mode: WordMode;
  gap: boolean; // up to 3 tokens may precede this word (never for the first)
}
interface Entry {
  target: number;
  words: WordPat[];
  term: string;
  sfx: SuffixRules;
}
interface Node {
  next: Map<string, Node>;
  prefix: Entry[]; // first word ends here, mode prefix or turkic
  exact: Entry[]; // first word ends here, mode exact
}

export interface Span {
  /** first token */
  s: number;
  /** last token (inclusive) */
  e: number;
  /** the act is in a Turkic conditional form (-sa/-se): "if they take" */
  cond: boolean;
  term: string;
}

/**
 * Suffix rules for `stem+` words, per language of the lexicon the term comes from:
 *  - negative: -ma-/-me-/-ba-/-be-/-pa-/-pe-/-mo-... after the stem, but not the infinitive -mak/-mek/-moq; in Turkmen
 *    also not -maly/-meli ("must") nor -magy/-maga/-mäge (verbal noun, "to do"), which are positive;
 *  - conditional: -sa/-se/-so + person ending. The bare 2nd person -san/-sen/-son (from -саң/-сең/-saň) is conditional
 *    in Kazakh, Kyrgyz and Turkmen; in Uzbek the conditional 2nd person is -sang and -asan/-ysan is the future
 *    ("berasan", "ishlaysan"), so Uzbek terms take only -sa, -sam, -sang, -sak, -sangiz, -salar.
 */
export type SuffixLang = "uz" | "tk" | "other";
interface SuffixRules {
  neg: RegExp;
  cond: RegExp;
}
const NEG_SUFFIX = /^(?!m[aeo]k)[mbp][aeo]/;
const NEG_SUFFIX_TK = /^(?!m[aeo]k|m[ae]g|m[ae]l)[mbp][aeo]/;
const COND_SUFFIX = /s[aeo](?:m|k|n|niz|ngiz|nar|ndar|nder|lar|ler|iz)?$/;
const COND_SUFFIX_UZ = /s[ae](?:m|k|ng|ngiz|ngizlar|lar|ler)?$/;
const SUFFIX_RULES: Record<SuffixLang, SuffixRules> = {
  uz: { neg: NEG_SUFFIX, cond: COND_SUFFIX_UZ },
  tk: { neg: NEG_SUFFIX_TK, cond: COND_SUFFIX },
  other: { neg: NEG_SUFFIX, cond: COND_SUFFIX },
};
const GAP = 3;

function newNode(): Node {
  return { next: new Map(), prefix: [], exact: [] };
}

/** A folded word ending in a vowel + "j": typed in Latin, that "j" is read as "й" at the end of a word (normalize.ts). */
const VOWEL_J = /[aeiou]j$/;

/**
 * Split a raw term into folded word patterns (splits "24/7", "re-sold"; keeps * + and ..). A word ending in a vowel + "j"
 * has two readings, so the term has two variants for it: "муж" / "iloj" (j from ж or typed j) as "muj" and "mui" (Latin
 * "muj" folds to "mui"), the stem "xorij*" also as the whole word "xorii" (Latin "xorij" alone).
 */
function parseTerm(raw: string): WordPat[][] | null {
  let outs: WordPat[][] = [[]];
  let gap = false;
  for (const part of raw.trim().split(/\s+/)) {
    if (part === "..") {
      gap = true;
      continue;
    }
    let mode: WordMode = 0;
    let body = part;
    if (body.endsWith("*")) {
      mode = 1;
      body = body.slice(0, -1);
    } else if (body.endsWith("+")) {
      mode = 2;
      body = body.slice(0, -1);
    }
    // split inner punctuation the way the tokenizer does
    const pieces = body.split(/[^\p{L}\p{M}\p{N}'ʻʼ’‘`´$]+/u).filter((p) => p.length > 0);
    for (let i = 0; i < pieces.length; i++) {
      const last = i === pieces.length - 1;
      const m: WordMode = last ? mode : 0;
      // folded without the word-final "j" → "й" reading; both readings are added below
      const w = fold(pieces[i]!, false);
      if (w.length === 0) continue;
      const g = outs[0]!.length > 0 && i === 0 ? gap : false;
      const opts: WordPat[] = [{ w, mode: m, gap: g }];
      // (doubled letters fold to one, as in the text: "xorij" → "horii" → "hori")
      if (VOWEL_J.test(w) && outs.length < 4) opts.push({ w: (w.slice(0, -1) + "i").replace(/(.)\1+$/, "$1"), mode: 0, gap: g });
      outs = opts.length === 1 ? outs.map((o) => [...o, opts[0]!]) : outs.flatMap((o) => opts.map((p) => [...o, p]));
    }
    gap = false;
  }
  return outs[0]!.length > 0 ? outs : null;
}

/** Cyrillic letters people often replace with plain ones (Tajik ҷ→ч, Uzbek ў→у): add that spelling too. */
function variants(term: string): string[] {
  const out = [term];
  if (term.includes("ҷ")) out.push(term.replace(/ҷ/g, "ч"));
  if (term.includes("ў")) out.push(term.replace(/ў/g, "у"));
  return out;
}

export class Matcher {
  private root = newNode();
  private seen = new Set<string>();
  readonly targets: string[] = [];
  private targetIndex = new Map<string, number>();

  targetId(name: string): number {
    let id = this.targetIndex.get(name);
    if (id === undefined) {
      id = this.targets.length;
      this.targets.push(name);
      this.targetIndex.set(name, id);
    }
    return id;
  }

  /** Add a term; `lang` picks the suffix rules of its `stem+` words (see SUFFIX_RULES). */
  add(target: string, rawTerm: string, lang: SuffixLang = "other"): void {
    const t = this.targetId(target);
    const sfx = SUFFIX_RULES[lang];
    for (const v of variants(rawTerm)) for (const words of parseTerm(v) ?? []) {
      const turkic = words.some((w) => w.mode === 2);
      const key = `${t}|${turkic ? lang : ""}|${words.map((w) => `${w.gap ? ".." : ""}${w.w}${w.mode}`).join(" ")}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const first = words[0]!;
      let node = this.root;
      for (const ch of first.w) {
        let n = node.next.get(ch);
        if (!n) {
          n = newNode();
          node.next.set(ch, n);
        }
        node = n;
      }
      const entry: Entry = { target: t, words, term: rawTerm, sfx };
      if (first.mode === 0) node.exact.push(entry);
      else node.prefix.push(entry);
    }
  }

  /**
   * All matches in a token list, as spans per target id. A span is recorded once per (target, start token);
   * the longest one wins.
   */
  match(skel: readonly string[]): Map<number, Span[]> {
    const found = new Map<number, Span[]>();
    const n = skel.length;
    for (let i = 0; i < n; i++) {
      const tok = skel[i]!;
      let node: Node | undefined = this.root;
      for (let k = 0; k <= tok.length && node; k++) {
        if (node.prefix.length > 0) {
          for (const entry of node.prefix) {
            const first = entry.words[0]!;
            let cond = false;
            if (first.mode === 2) {
              const rest = tok.slice(k);
              if (entry.sfx.neg.test(rest)) continue;
              cond = entry.sfx.cond.test(rest);
            }
            this.tryEntry(entry, skel, i, cond, found);
          }
        }
        if (k === tok.length) {
          for (const entry of node.exact) this.tryEntry(entry, skel, i, false, found);
          break;
        }
        node = node.next.get(tok[k]!);
      }
    }
    return found;
  }

  private tryEntry(entry: Entry, skel: readonly string[], i: number, cond0: boolean, found: Map<number, Span[]>): void {
    const words = entry.words;
    let end = i;
    let cond = cond0;
    if (words.length > 1) {
      const r = matchRest(words, 1, skel, i + 1, entry.sfx);
      if (r === null) return;
      end = r.end;
      cond = cond || r.cond;
    }
    let list = found.get(entry.target);
    if (!list) {
      list = [];
      found.set(entry.target, list);
    }
    const last = list[list.length - 1];
    if (last && last.s === i) {
      if (end > last.e) {
        last.e = end;
        last.term = entry.term;
      }
      last.cond = last.cond || cond;
      return;
    }
    list.push({ s: i, e: end, cond, term: entry.term });
  }
}

function wordOk(p: WordPat, tok: string, sfx: SuffixRules): { ok: boolean; cond: boolean } {
  if (p.mode === 0) return { ok: tok === p.w, cond: false };
  if (!tok.startsWith(p.w)) return { ok: false, cond: false };
  if (p.mode === 2) {
    const rest = tok.slice(p.w.length);
    if (sfx.neg.test(rest)) return { ok: false, cond: false };
    return { ok: true, cond: sfx.cond.test(rest) };
  }
  return { ok: true, cond: false };
}

function matchRest(words: WordPat[], wi: number, skel: readonly string[], ti: number, sfx: SuffixRules): { end: number; cond: boolean } | null {
  if (wi >= words.length) return { end: ti - 1, cond: false };
  const p = words[wi]!;
  const maxSkip = p.gap ? GAP : 0;
  for (let skip = 0; skip <= maxSkip; skip++) {
    const j = ti + skip;
    if (j >= skel.length) return null;
    const r = wordOk(p, skel[j]!, sfx);
    if (r.ok) {
      const rest = matchRest(words, wi + 1, skel, j + 1, sfx);
      if (rest) return { end: rest.end, cond: rest.cond || r.cond };
    }
  }
  return null;
}
