/**
 * Attribution cues anywhere in prose, not only next to quotations: a cue
 * verb right after something that can be a source ("officials said", "the
 * senator, a Democrat, told"), and "according to". Reported by `extract`
 * when asked, for measuring attribution cues on annotated news.
 */
import type { Span, TextSpan } from '../types.ts';
import { firstFrom, firstNotBefore } from '../sorted.ts';
import { CUE } from './grammar.ts';
import { findQuotes } from './quotes.ts';
import type { ProseBlock } from './segment.ts';

/** A cue after a capitalised word, a pronoun or a person-like noun, possibly past an apposition. */
const INDIRECT_CUE = new RegExp(
  `(?<=\\b(?:\\p{Lu}[\\p{L}’'-]+|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|\\p{Ll}+(?:man|woman|men|ers|or|ors|ist|ists|ent|ents|ion|ions|paper|agency|ment|ments|ee|ees))(?:,[^,.\\n]{1,60},)?\\s+(?:(?:also|later|has|had|have|would|will)\\s+)?)(?:${CUE})\\b|\\b[Aa]ccording\\s+to\\b`,
  'gu',
);

/**
 * Reporting words that are cues wherever they stand in news prose: on
 * PolNeAR train each of them is part of an annotated cue at least 55% of the
 * times it occurs ("said" 92%, "noting" 95%, "called" 57%).
 */
const REPORTING_WORDS = [
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'asked', 'saying', 'added', 'adding', 'noted', 'noting', 'announced',
  'suggested', 'argued', 'arguing', 'tweeted', 'described', 'declined', 'accused', 'criticized', 'declared', 'responded',
  'acknowledged', 'expressed', 'cited', 'citing', 'stated', 'defended', 'referring\\s+to', 'concluded', 'praised', 'urged',
  'vowed', 'recalled', 'claimed', 'warned', 'promised', 'explained', 'endorsed', 'refused', 'revealed', 'calling', 'telling',
  'insisted', 'insists', 'contended', 'predicted', 'reiterated', 'emphasized', 'stressed', 'lamented', 'complained',
  'conceded', 'pointed', 'pledged', 'testified', 'confirmed', 'denied', 'admitted', 'called', 'showed', 'seemed', 'expected',
  'appears', 'offered', 'agreed', 'reported',
];
const REPORTING = new RegExp(`\\b(?:${REPORTING_WORDS.join('|')})\\b`, 'giu');

/** A paragraph of plain text: from its first non-blank character to the next blank line. */
const PARAGRAPH = /\S[\s\S]*?(?=\n[ \t]*\n|$(?![\s\S]))/g;

/** The words inside the quotations of a masked text, in order, paired per paragraph as the quote finder pairs them. */
function quotedStretches(masked: string): Span[] {
  const blocks: ProseBlock[] = [];
  for (const m of masked.matchAll(PARAGRAPH)) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length, chunk: 0 });
  return findQuotes(masked, blocks)
    .flatMap((q) => q.parts)
    .sort((a, b) => a.start - b.start);
}

/**
 * Every attribution cue in a masked text, in order: cue verbs after a
 * possible source, and reporting words anywhere, except inside quotations
 * (a cue there belongs to the quoted words, not to the reporter's attribution).
 */
export function findCues(masked: string): TextSpan[] {
  const quoted = quotedStretches(masked);
  const isQuoted = (at: number) => {
    const k = firstFrom(quoted, at + 1) - 1;
    return k >= 0 && quoted[k].end > at;
  };
  return allCues(masked).filter((cue) => !isQuoted(cue.start));
}

/** Every cue verb after a possible source and every reporting word, in order, quoted or not. */
function allCues(masked: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of masked.matchAll(INDIRECT_CUE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const sourced = out.length;
  for (const m of masked.matchAll(REPORTING)) {
    const end = m.index + m[0].length;
    // (once: a reporting word a sourced cue already covers)
    const k = firstNotBefore(sourced, (i) => out[i].end <= m.index);
    if (k < sourced && out[k].start < end) continue;
    out.push({ text: m[0], start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

