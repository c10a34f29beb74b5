/**
 * Text normalisation for the triage: tokens with their place in the original text, sentence/clause ids, and a
 * folded Latin "skeleton" of every token.
 *
 * The skeleton is deliberately lossy so that the spellings people actually type meet in one form:
 *  - Cyrillic (Russian, Uzbek, Kyrgyz, Kazakh, Tajik) is transliterated to Latin;
 *  - Latin letters with diacritics (Turkmen, Kazakh Latin, Uzbek oʻ/gʻ) lose them;
 *  - kh/x/h → h, q → k, zh/j → j, ts (before a vowel)/c → c, w → v, y → i, ie → e, shch/sch → sh, "4" before a letter → ch
 *    (SMS Russian "4to"), apostrophes and soft/hard signs vanish, doubled letters become single; a Latin "j" ending a
 *    word after a vowel is "й" ("domoj", "so mnoj" = "домой", "со мной").
 * Before folding, Latin look-alike letters inside a mostly-Cyrillic word are made Cyrillic ("пacпорт" → "паспорт").
 * So "паспорт", "pasport", "passport", "паспортум" all start with "pasport"; "убьют", "ubyut", "ub'yut" are
 * "ubiut"; Uzbek "қамаб" and "qamab" are "kamab". Lexicon terms go through the same function.
 */

const CHAR_MAP: Record<string, string> = {
  // Russian
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "io", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "ch", ш: "sh",
  щ: "sh", ъ: "", ы: "i", ь: "", э: "e", ю: "iu", я: "ia",
  // Uzbek, Tajik, Kazakh, Kyrgyz Cyrillic
  ў: "o", қ: "k", ғ: "g", ҳ: "h", ӣ: "i", ӯ: "u", ҷ: "j", ә: "a", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
  ї: "i", є: "e", ґ: "g", ҙ: "z", ҡ: "k",
  // Latin with diacritics (Turkmen, Kazakh Latin, Turkish, typos)
  ä: "a", ö: "o", ü: "u", ý: "i", ň: "n", ş: "sh", ç: "ch", ž: "j", ı: "i", ğ: "g", ñ: "n", ū: "u", á: "a",
  ó: "o", ú: "u", ǵ: "g", ń: "n", é: "e", í: "i", ə: "a", ï: "i", à: "a", è: "e", ê: "e", â: "a", î: "i",
  ô: "o", û: "u", ë: "e", ŋ: "n", ș: "sh", ţ: "c", ț: "c", č: "ch", š: "sh", ś: "s", ź: "z", ż: "z", ō: "o",
  ē: "e", ā: "a", ī: "i", ĭ: "i", ŭ: "u", ǧ: "g", ç̧: "ch",
  // apostrophes (Uzbek oʻ gʻ, tutuq belgisi, English n't): dropped
  "'": "",
};

const SEQ = /shch|sch|kh|zh|ts(?=[aeiouy])|gh|[xqwy]|4(?=[a-z])/g;
const SEQ_MAP: Record<string, string> = {
  shch: "sh", sch: "sh", kh: "h", zh: "j", ts: "c", gh: "g", x: "h", q: "k", w: "v", y: "i", "4": "ch",
};
const IE = /ie/g;
const DOUBLE = /([^ \d])\1+/g;
/** A Latin "j" typed at the end of a word after a vowel is the Russian "й": "domoj", "so mnoj", "moj" meet "домой", "мной". */
const FINAL_J = /(?<=[aeiouy])j(?= |$)/g;

function mapChars(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (code < 128 && c !== "'") {
      out += c;
      continue;
    }
    const m = CHAR_MAP[c];
    out += m === undefined ? c : m;
  }
  return out;
}

/**
 * Fold a lowercase string (words separated by single spaces; spaces are kept one to one). `finalJ` (default true)
 * reads a word-final Latin "j" after a vowel as "й"; lexicon stems (`stem*`, `stem+`) are folded without it, since
 * their last letter is not the end of a word ("işberij*" must still match "işberiji").
 */
export function foldLower(s: string, finalJ = true): string {
  return mapChars(finalJ ? s.replace(FINAL_J, "i") : s)
    .replace(SEQ, (m) => SEQ_MAP[m] ?? m)
    .replace(IE, "e")
    .replace(DOUBLE, "$1");
}

/** Fold any text: lowercase, unify apostrophes, then foldLower. Used for lexicon terms. */
export function fold(s: string, finalJ = true): string {
  return foldLower(unifyApostrophes(s.normalize("NFC").toLowerCase()), finalJ);
}

const APOS = /[ʻʼ’‘`´′ʹ]/g;
export function unifyApostrophes(s: string): string {
  return s.replace(APOS, "'");
}

export interface Tokens {
  /** The text after NFC (token offsets refer to it). */
  text: string;
  /** Lowercased tokens with unified apostrophes. */
  low: string[];
  /** Folded skeleton per token (same index). */
  skel: string[];
  start: number[];
  end: number[];
  /** Sentence id per token (split at . ! ? ; newline). */
  sentence: number[];
  /** Clause id per token (also split at , : and dashes). */
  clause: number[];
  /** Sentence ids that end with a question mark. */
  questionSentences: Set<number>;
  /** " " + skel.join(" ") + " " */
  joined: string;
  /** Start offset of each token in `joined`. */
  jStart: number[];
}

/** Latin letters that look like Cyrillic ones (a c e o p x y, and capitals H B K M T once lowercased). */
const HOMOGLYPH: Record<string, string> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", h: "н", b: "в", k: "к", m: "м", t: "т",
};

/**
 * A mostly-Cyrillic word with Latin look-alike letters in it ("пacпорт", "xoзяин", "ПAСПOРТ") is the Cyrillic word:
 * the look-alikes become Cyrillic before folding. Words with any other Latin letter are left alone.
 */
export function fixHomoglyphs(tok: string): string {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < tok.length; i++) {
    const code = tok.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) cyr++;
    else if (code >= 97 && code <= 122) {
      if (HOMOGLYPH[tok[i]!] === undefined) return tok;
      lat++;
    }
  }
  if (lat === 0 || cyr < lat) return tok;
  let out = "";
  for (const ch of tok) out += HOMOGLYPH[ch] ?? ch;
  return out;
}

const TOKEN = /[\p{L}\p{M}\p{N}'ʻʼ’‘`´$]+/gu;
const HAS_CYRILLIC = /[\u0400-\u04FF]/;
const HAS_LATIN = /[a-z]/;
const SENT_BREAK = /[.!?;\n…؟。]/;
const CLAUSE_BREAK = /[,:—–()\-/]/;
const EDGE_APOS = /^'+|'+$/g;

export function tokenize(input: string): Tokens {
  const text = input.normalize("NFC");
  const low: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentence: number[] = [];
  const clause: number[] = [];
  const questionSentences = new Set<number>();
  let sent = 0;
  let cl = 0;
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const gap = text.slice(prevEnd, m.index);
    if (low.length > 0 && gap.length > 0) {
      if (SENT_BREAK.test(gap)) {
        if (gap.includes("?") || gap.includes("؟")) questionSentences.add(sent);
        sent++;
        cl++;
      } else if (CLAUSE_BREAK.test(gap)) cl++;
    }
    let tok = unifyApostrophes(m[0].toLowerCase());
    if (tok.includes("'")) tok = tok.replace(EDGE_APOS, "");
    if (HAS_LATIN.test(tok) && HAS_CYRILLIC.test(tok)) tok = fixHomoglyphs(tok);
    if (tok.length === 0) {
      prevEnd = m.index + m[0].length;
      continue;
    }
    low.push(tok);
    start.push(m.index);
    end.push(m.index + m[0].length);
    sentence.push(sent);
    clause.push(cl);
    prevEnd = m.index + m[0].length;
  }
  if (text.slice(prevEnd).includes("?")) questionSentences.add(sent);
  const foldedAll = foldLower(low.join(" "));
  let skel = foldedAll.length > 0 ? foldedAll.split(" ") : [];
  if (skel.length !== low.length) skel = low.map((t) => foldLower(t)); // safety: never expected
  const jStart: number[] = new Array(skel.length);
  let pos = 1;
  for (let i = 0; i < skel.length; i++) {
    jStart[i] = pos;
    pos += skel[i]!.length + 1;
  }
  return { text, low, skel, start, end, sentence, clause, questionSentences, joined: " " + skel.join(" ") + " ", jStart };
}
