/**
 * Reads whether a word of prose is asserted: not negated by a negator (not,
 * n't, never, no, nobody, no one, neither, nor, without, hardly, denied,
 * disputed, refused to, declined to, stopped short of, far from, rejected
 * claims …) in the same clause before it, within a few
 * words, unless that negator is itself negated ("did not deny it was a
 * draft" asserts); not left open ("neither confirm nor deny", "asked
 * whether"); and not in a question.
 */

/** A token of prose: a word (lower case, straight apostrophes), a comma, or a clause break. */
export interface ProseToken {
  kind: 'word' | 'comma' | 'break';
  /** The normalised word, or the punctuation mark ('' for a blank line). */
  word: string;
  start: number;
  end: number;
}

/** Words, commas and clause breaks (. ! ? ; : dashes, brackets, blank lines, but/although …). */
const TOKEN = /([\p{L}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{N}]+)*)|(,)|([.!?](?=[\s"'\u201D\u2019)\]*_]|$)|[;:()[\]{}\u2014\u2013\u2015]|\s-{1,2}\s|\n[ \t\r]*\n)/gu;
/** Conjunctions that start a new clause: a negation before them does not reach past. */
const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'whereas', 'instead', 'because']);

/** Splits prose into tokens, offsets relative to `offset`. */
export function proseTokens(text: string, offset = 0): ProseToken[] {
  const out: ProseToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const word = m[1].normalize('NFC').replace(/[\u2019\u02BC]/g, "'").toLowerCase();
      out.push({ kind: CLAUSE_WORDS.has(word) ? 'break' : 'word', word, start, end });
    } else out.push({ kind: m[2] !== undefined ? 'comma' : 'break', word: m[0].trim(), start, end });
  }
  return out;
}

/** Words a negator may be from the word it negates (words between them, not counting an aside in commas). */
const MAX_GAP = 8;

/** Single words that negate what follows them. */
const NEGATING_WORDS = new Set([
  'not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'cannot', 'whether', 'if',
  'deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'disputing', 'hardly', 'scarcely',
  'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'wouldnt', 'shouldnt',
]);
/** Verbs that negate an infinitive after them: "refused to retract", "has yet to withdraw". */
const BEFORE_TO = /^(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|yet)$/;
/** Verbs that, with "short of", negate what follows: "stopped short of retracting". */
const STOP = /^(?:stop(?:s|ped|ping)?|fell|falls|fall(?:ing)?)$/;
/** Verbs that negate the claims they reject: "rejected claims it was a draft". */
const REJECTING = /^(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)$/;
const CLAIMS = /^(?:claims?|suggestions?|reports?|allegations?|assertions?|accusations?|characteri[sz]ations?|idea|notion)$/;
/** A negator followed by these is not a negation: "not only", "no doubt". */
const NOT_NEGATING_AFTER: Record<string, Set<string>> = {
  not: new Set(['only', 'just', 'least', 'merely', 'simply']),
  no: new Set(['doubt', 'question']),
  nothing: new Set(['but']),
  without: new Set(['doubt', 'question']),
};
/** Negators that leave what follows open rather than deny it ("neither confirm nor deny", "asked whether"): never negated themselves. */
const OPENING = new Set(['neither', 'nor', 'whether', 'if']);
/** Breaks that end a sentence ('' for a blank line). */
const SENTENCE_ENDS = new Set(['.', '!', '?', '']);

/** The index of the last word of a negator starting at word `i` of `tokens`, or -1. */
function negatorEnd(tokens: ProseToken[], i: number): number {
  const t = tokens[i];
  if (t.kind !== 'word') return -1;
  const next = tokens[i + 1]?.kind === 'word' ? tokens[i + 1].word : '';
  if (NEGATING_WORDS.has(t.word) || t.word.endsWith("n't")) return NOT_NEGATING_AFTER[t.word]?.has(next) ? -1 : i;
  if (BEFORE_TO.test(t.word) && next === 'to') return i + 1;
  if (STOP.test(t.word) && next === 'short' && tokens[i + 2]?.word === 'of') return i + 2;
  if (t.word === 'far' && next === 'from') return i + 1;
  if (REJECTING.test(t.word)) {
    const k = next === 'the' || next === 'any' || next === 'all' ? i + 2 : i + 1;
    if (tokens[k]?.kind === 'word' && CLAIMS.test(tokens[k].word)) return k;
  }
  return -1;
}

/**
 * Whether a negator ending at token `last` reaches token `target`: no clause
 * break between, at most MAX_GAP words, and a comma ends it unless it opens an
 * aside right after the negator ("has not, so far, retracted").
 */
function reaches(tokens: ProseToken[], last: number, target: number): boolean {
  let gap = 0;
  let asideDone = false;
  for (let k = last + 1; k < target; k++) {
    const t = tokens[k];
    if (t.kind === 'break') return false;
    if (t.kind === 'comma') {
      if (asideDone || gap > 1) return false;
      // skip the aside to its closing comma
      k++;
      while (k < target && tokens[k].kind === 'word') k++;
      if (k >= target || tokens[k].kind !== 'comma') return false;
      asideDone = true;
      continue;
    }
    if (++gap > MAX_GAP) return false;
  }
  return true;
}

/** A word's polarity: said, denied, or left open ("neither confirm nor deny", "whether"). */
type Polarity = 'asserted' | 'negated' | 'open';

/** The polarity of token `target`, from the nearest negator that reaches it and that negator's own. */
function polarity(tokens: ProseToken[], target: number, depth: number): Polarity {
  if (depth > 8) return 'asserted';
  for (let i = target - 1; i >= 0 && i >= target - 4 * MAX_GAP; i--) {
    if (tokens[i].kind === 'break') return 'asserted';
    const last = negatorEnd(tokens, i);
    if (last < 0 || last >= target || !reaches(tokens, last, target)) continue;
    if (OPENING.has(tokens[i].word)) return 'open';
    const outer = polarity(tokens, i, depth + 1);
    return outer === 'asserted' ? 'negated' : outer === 'negated' ? 'asserted' : 'open';
  }
  return 'asserted';
}

/** Whether the word at token `target` is not asserted: negated, left open, or in a question. */
export function isNegated(tokens: ProseToken[], target: number): boolean {
  return polarity(tokens, target, 0) !== 'asserted' || inQuestion(tokens, target);
}

/** Whether the sentence holding token `i` ends with a question mark. */
function inQuestion(tokens: ProseToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'break' && SENTENCE_ENDS.has(t.word)) return t.word === '?';
  }
  return false;
}
