/**
 * Finds who a quote is attributed to and by which cue: after the quote
 * ("…," said Milley / "…," Milley said) or before it (Milley said: "…",
 * according to Reuters, "…"; PENCE: "…").
 */
import type { TextSpan } from '../types.ts';
import { ADVERB, CUE, DESCRIPTION, DETERMINER, NAME, PRONOUN_SOURCE } from './grammar.ts';
import type { Lexicon } from './model.ts';
import type { RawQuote } from './quotes.ts';

/** A speaker and cue found for a quote, as written. */
export interface RawAttribution {
  speaker: TextSpan | null;
  cue: TextSpan | null;
  /** True when the speaker is only the first name in the sentence: no cue, no subject position. */
  weak?: boolean;
  /** Which pattern found it (for measuring the rules). */
  rule?: string;
}

/** Compiled attribution patterns (lexicon names included). */
export interface AttributionPatterns {
  after: RegExp[];
  before: RegExp[];
  /** The subject at the start of the sentence holding the quote, when no cue names a speaker. */
  subject: RegExp;
  /** The first name or description in the sentence before the quote: the last resort. */
  first: RegExp;
  /** An attribution closing the sentence a partial quote sits in. */
  sentenceEnd: RegExp[];
}

const cache = new WeakMap<Lexicon, AttributionPatterns>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const APPOSITION = `(?:,\\s[^,"“”«»\\n]{1,90}(?:,\\s[^,"“”«»\\n]{1,60}){0,3},)?`;
const OPENERS = /["“«„»「『‹‚]/;
/**
 * Right after a quote, any short phrase before a cue is its speaker: "…,"
 * Republican National Committee chairman Reince Priebus said; "…," the investor said.
 */
const ROLE_PHRASE = `(?!(?:When|After|Before|As|In|On|At|Since|While|If|Though|Although|Because|Some|Many|According|Despite|Amid|During|Until|Once|Unless|From|With|For|By|Of|To)\\b)(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}\\p{N}'’.()&-]+\\s+){0,4}?[\\p{L}\\p{N}'’.()&-]+|(?:[\\p{L}\\p{N}'’.()&-]+\\s+){0,6}?\\p{Lu}[\\p{L}\\p{N}'’.()&-]*)`;
/** A lone capitalised -ing word opens a clause ("Reprising one of her lines, …"); it names nobody. */
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
/** A document relayed by someone: "a letter seen by Reuters", "a memo obtained by AP". */
const RELAY = `(?:\\s+(?:seen|obtained|reviewed|sent|signed|written|published|released|issued|quoted|cited)\\s+by\\s+[^,.!?"“”«»\\n]{1,60}?)?`;

function compile(names: string[]): AttributionPatterns {
  const known = names.filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length).map(escape);
  const speakerAlternatives = `${known.length ? `(?:${known.join('|')})(?![\\p{L}])|` : ''}${DESCRIPTION}|${PRONOUN_SOURCE}|${NAME}`;
  const speaker = `(${speakerAlternatives})`;
  return {
    after: [
      new RegExp(`^[\\s,;:\\u2014\\u2013-]*(${CUE})\\s+(${speakerAlternatives}|(?:[a-z][\\p{L}-]*\\s+){1,4}?${NAME}|${DETERMINER}\\s+[^,.!?"“”«»\\n]{1,40}?(?=[,.!?;]|$))`, 'u'),
      new RegExp(`^[\\s,;:\\u2014\\u2013-]*(${speakerAlternatives}|${ROLE_PHRASE})${RELAY}${APPOSITION}${ADVERB}\\s+(${CUE})`, 'u'),
      // “…,” Trump barked: any verb right after a name that follows a quote is its attribution
      new RegExp(`^[\\s,;:\\u2014\\u2013-]*${speaker}${APPOSITION}${ADVERB}\\s+([a-z]{3,}(?:ed|es|s))\\b`, 'u'),
    ],
    sentenceEnd: [
      // a partial quote inside a sentence that ends “…, DFA spokesman Neil Sroka said.”
      new RegExp(`^[^.!?"“”«»\\n]*?,\\s+${speaker}${APPOSITION}${ADVERB}\\s+(${CUE})[^.!?"“”«»\\n]{0,60}[.!?]`, 'du'),
      new RegExp(`^[^.!?"“”«»\\n]*?,\\s+(${CUE})\\s+${speaker}[^.!?"“”«»\\n]{0,80}[.!?]`, 'du'),
    ],
    before: [
      // (not "In a statement, Brian Fallon … said": a document after "in" is where, not who)
      new RegExp(`(?<!\\b[Ii]n\\s)(${speakerAlternatives}|(?<=^|[.!?]\\s+|\\n)${ROLE_PHRASE})${RELAY}${APPOSITION}${ADVERB}\\s+(${CUE})(?:[^.!?"“”«»]{0,180})$`, 'gu'),
      new RegExp(`\\b([Aa]ccording\\s+to)\\s+${speaker}[^.!?"“”«»]{0,80}$`, 'gu'),
      new RegExp(`(?:^|\\n|[.!?]\\s+)${speaker}\\s*:\\s*$`, 'gu'),
      // a relative clause: “… Obama, who called the nominee “unfit to serve””
      new RegExp(`,\\s+(who)\\s+(?:[a-z]+\\s+){0,2}?(${CUE})\\b[^.!?"“”«»]{0,140}$`, 'gu'),
    ],
    first: new RegExp(`(?:^|[.!?:]["”’]?\\s+|\\n\\s*)[^.!?"“”«»\\n]*?\\b(${known.length ? `(?:${known.join('|')})(?![\\p{L}])|` : ''}${DESCRIPTION}|${NAME}|\\b[Ww]ho\\b)[^.!?"“”«»\\n]*$`, 'du'),
    subject: new RegExp(`(?:^|[.!?:]["”’]?\\s+|\\n\\s*)(?:(?:And|But|So|Then|Later|Earlier|Still|Yet|Now|Meanwhile|However|Hours later|On \\w+)[,\\s]+|[^.!?"“”«»\\n]{1,200}?[,\\u2014\\u2013]\\s+)?${speaker}${APPOSITION}(?=\\s+(?:(?:also|later|then|has|had|have|is|was|would|will|\\w+ly)\\s+)?(?!(?:of|and|or|the|a|an|in|on|at|to|for|with|from|by|as|than|that|which|who|whose|said)\\b)[a-z]{2,}\\b)[^.!?"“”«»]*$`, 'du'),
  };
}

/** The attribution patterns for a lexicon (compiled once). */
export function patternsFor(lexicon: Lexicon | undefined): AttributionPatterns {
  if (!lexicon) return (cache.get(NO_LEXICON) ?? cache.set(NO_LEXICON, compile([])).get(NO_LEXICON))!;
  let p = cache.get(lexicon);
  if (!p) {
    p = compile([...lexicon.speakerNames(), ...lexicon.sourceAliases()]);
    cache.set(lexicon, p);
  }
  return p;
}

const NO_LEXICON: Lexicon = {
  speakerNames: () => [],
  lookupSpeaker: () => undefined,
  sourceAliases: () => [],
  lookupSource: () => undefined,
};

/** How far around a quote an attribution is looked for. */
const AFTER = 160;
const BEFORE = 260;

/**
 * Attributions reused while a draft is edited, by the text of the chunk that
 * holds the quote and the quote's place in it (its windows never leave the
 * chunk): last run's and this run's.
 */
export interface AttributionCache {
  previous: Map<string, Map<string, RawAttribution>>;
  current: Map<string, Map<string, RawAttribution>>;
}

/** Finds the speaker and cue of one quote within its paragraph(s). */
export function attribute(
  masked: string,
  quote: RawQuote,
  blockStart: number,
  blockEnd: number,
  patterns: AttributionPatterns,
  cache?: AttributionCache,
  chunk?: { start: number; masked: string },
): RawAttribution {
  const inChunk = cache && chunk && quote.firstBlock === quote.lastBlock && blockStart >= chunk.start && blockEnd <= chunk.start + chunk.masked.length;
  let memo: Map<string, RawAttribution> | undefined;
  let key = '';
  if (inChunk) {
    memo = cache.current.get(chunk.masked);
    if (!memo) cache.current.set(chunk.masked, (memo = cache.previous.get(chunk.masked) ?? new Map()));
    key = `${quote.outer.start - chunk.start},${quote.outer.end - chunk.start}`;
  }
  const found = memo?.get(key) ?? attributeAround(masked, quote, blockStart, blockEnd, patterns);
  memo?.set(key, found);
  // window-relative offsets: negative = in the text before the quote (from its start), else after its end
  const place = (s: TextSpan | null): TextSpan | null =>
    s && { text: s.text, start: s.start < 0 ? quote.outer.start + s.start : quote.outer.end + s.start, end: (s.start < 0 ? quote.outer.start + s.start : quote.outer.end + s.start) + s.text.length };
  return { speaker: place(found.speaker), cue: place(found.cue), ...(found.weak ? { weak: true } : {}), rule: found.rule };
}

/** The attribution around one quote, in window-relative offsets. */
function attributeAround(masked: string, quote: RawQuote, blockStart: number, blockEnd: number, patterns: AttributionPatterns): RawAttribution {
  // after the quote, up to the next quote mark or the end of the paragraph
  let afterEnd = Math.min(blockEnd, quote.outer.end + AFTER);
  for (let i = quote.outer.end + 2; i < afterEnd; i++) if (OPENERS.test(masked[i])) { afterEnd = i; break; }
  // a quote closing its sentence (“… the end.” Next …) takes no attribution from what follows,
  // unless a question or exclamation runs on in lower case (“… why?” he asked)
  const lastPart = quote.parts[quote.parts.length - 1];
  const last = lastPart ? lastWordChar(masked, lastPart) : '';
  const closes = last === '.';
  const after = closes ? '' : masked.slice(quote.outer.end, afterEnd);
  const from = Math.max(blockStart, quote.outer.start - BEFORE);
  const before = masked.slice(from, quote.outer.start);
  return attributeWindows(before, after, patterns);
}

/**
 * The attribution in the text after and before a quote; offsets are relative:
 * into `after` (≥ 0), or from the end of `before` (< 0).
 */
function attributeWindows(before: string, after: string, patterns: AttributionPatterns): RawAttribution {
  for (const re of patterns.after) {
    const m = re.exec(after);
    if (m) {
      const cueFirst = re === patterns.after[0];
      const cueText = cueFirst ? m[1] : m[m.length - 1];
      const speakerText = cueFirst ? m[2] : m[1];
      const cueAt = m.index + m[0].lastIndexOf(cueText, cueFirst ? m[0].length - speakerText.length : undefined);
      const speakerAt = m.index + (cueFirst ? m[0].length - speakerText.length : m[0].indexOf(speakerText));
      return { speaker: span(speakerText, speakerAt), cue: span(cueText, cueAt), rule: `after${patterns.after.indexOf(re)}` };
    }
  }
  for (const re of patterns.sentenceEnd) {
    const m = re.exec(after);
    if (m?.indices?.[1] && m.indices[2]) {
      const cueFirst = re === patterns.sentenceEnd[1];
      const [sp, cu] = cueFirst ? [2, 1] : [1, 2];
      return { speaker: span(m[sp], m.indices[sp][0]), cue: span(m[cu], m.indices[cu][0]), rule: 'sentenceEnd' };
    }
  }
  const back = before.length;
  for (const re of patterns.before) {
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      last = m;
      if (m[0].length === 0) re.lastIndex++;
    }
    if (!last) continue;
    const isAccording = re === patterns.before[1];
    const isTurn = re === patterns.before[2];
    const speakerText = isAccording ? last[2] : last[1];
    const speakerAt = last.index + last[0].indexOf(speakerText, isTurn ? 0 : isAccording ? last[1].length : 0);
    let cue: TextSpan | null = null;
    if (isAccording) cue = span(last[1], last.index - back);
    else if (!isTurn) {
      const cueText = last[last.length - 1] ?? last[2];
      cue = span(cueText, last.index + last[0].indexOf(cueText, speakerAt - last.index + speakerText.length) - back);
    }
    return { speaker: span(speakerText, speakerAt - back), cue, rule: `before${patterns.before.indexOf(re)}` };
  }
  const subject = patterns.subject.exec(before);
  if (subject?.indices?.[1] && !GERUND.test(subject[1])) return { speaker: span(subject[1], subject.indices[1][0] - back), cue: null, rule: 'subject' };
  const first = patterns.first.exec(before);
  if (first?.indices?.[1] && !GERUND.test(first[1])) return { speaker: span(first[1], first.indices[1][0] - back), cue: null, weak: true, rule: 'first' };
  return { speaker: null, cue: null };
}

/** The attribution in a lead-in paragraph ("Cruz continued:") for a quote that opens the next paragraph. */
export function attributeLeadIn(masked: string, leadStart: number, leadEnd: number, patterns: AttributionPatterns): RawAttribution {
  const from = Math.max(leadStart, leadEnd - BEFORE);
  const before = masked.slice(from, leadEnd).replace(/[\s.!?:]+$/, '');
  const found = attributeWindows(before, '', patterns);
  const end = from + before.length;
  const place = (s: TextSpan | null): TextSpan | null => s && { text: s.text, start: end + s.start, end: end + s.start + s.text.length };
  return { speaker: place(found.speaker), cue: place(found.cue), weak: found.weak, rule: found.rule && `lead-in ${found.rule}` };
}

/** The last non-space character inside a span. */
function lastWordChar(text: string, part: { start: number; end: number }): string {
  let i = part.end - 1;
  while (i >= part.start && /\s/.test(text[i])) i--;
  return text[i] ?? '';
}

function span(text: string, start: number): TextSpan {
  return { text, start, end: start + text.length };
}
