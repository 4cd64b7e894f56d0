/**
 * Attribution cues anywhere in prose, not only next to quotations: a cue
 * verb right after something that can be a source ("officials said", "the
 * senator, a Democrat, told"), and "according to". Reported by `extract`
 * when asked, for measuring attribution cues on annotated news.
 */
import type { TextSpan } from '../types.ts';
import { CUE } from './grammar.ts';

/** A cue after a capitalised word, a pronoun or a person-like noun, possibly past an apposition. */
const INDIRECT_CUE = new RegExp(
  `(?<=\\b(?:\\p{Lu}[\\p{L}’'-]+|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|\\p{Ll}+(?:man|woman|men|ers|or|ors|ist|ists|ent|ents|ion|ions|paper|agency|ment|ments|ee|ees))(?:,[^,.\\n]{1,60},)?\\s+(?:(?:also|later|has|had|have|would|will)\\s+)?)(?:${CUE})\\b|\\b[Aa]ccording\\s+to\\b`,
  'gu',
);

/** Every attribution cue in a masked text, in order. */
export function findCues(masked: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of masked.matchAll(INDIRECT_CUE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
