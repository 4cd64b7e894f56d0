/**
 * Stage 4, second looks at a speaker the patterns found with no cue. Words
 * written on a thing are the thing's ("water bottles that said “…”", "signs
 * which read “…”"): their speaker is the relative pronoun as written, which
 * stage 6 resolves to the thing (`inscribedThing`). And a last-resort name
 * (the first in the sentence) that a preposition governs speaks nothing:
 * "at a harbour rally", "on Channel 4", "so-called Northern “…”".
 * ("a video that said", "a message reading" are left out: as often the
 * words of whoever made or sent them.)
 */
import type { TextSpan } from '../types.ts';
import type { RawAttribution, RawQuote } from './stageTypes.ts';

/** Things that carry written words of their own: what is held up, worn, printed or posted on them. */
const THING = '(?:signs?|placards?|banners?|posters?|billboards?|(?:T|t|tee)-?shirts?|shirts?|sweatshirts?|hoodies?|jerseys?|hats?|caps?|buttons?|badges?|stickers?|bumper\\s+stickers?|bottles?|mugs?|plaques?|flags?|murals?|tattoos?|headlines?|marquees?)';

/**
 * A thing, up to eight words of its own sentence (no sentence end, colon or
 * quote mark), "that" or "which", an adverb, a verb of bearing words, and the
 * rest up to the quote: a comma, colon or dash at most.
 */
const INSCRIPTION = new RegExp(`(?<![\\p{L}-])${THING}(?:[ \\t\\n\\u00a0]+[^\\s.!?:;"“”«»]+){0,8}?[ \\t\\n\\u00a0]+(that|which)[ \\t\\n\\u00a0]+(?:[a-z]+ly[ \\t\\n\\u00a0]+)?(?:said|says|read|reads|proclaimed|proclaims|declared|declares|stated|states|warned|warns|asked|asks)[,:\\u2014\\u2013]?[ \\t\\n\\u00a0]*$`, 'du');

/** How far before a quote the thing may start. */
const REACH = 120;

/** A thing's noun phrase (a determiner or possessive and up to three words before it) with no sentence end after it. */
const THING_PHRASE = new RegExp(`(?:(?<![\\p{L}'’-])(?:the|a|an|this|that|these|those|his|her|their|its|some|several|one|two|three)[ \\t\\n\\u00a0]+(?:[\\p{L}\\p{N}'’-]+[ \\t\\n\\u00a0]+){0,3}?)?(?<![\\p{L}-])${THING}\\b(?=[^.!?:;"“”«»]*$)`, 'u');

/** The thing a relative pronoun at `at` (as an inscription's speaker) stands for: its noun phrase, from a determiner, a possessive or the thing's first word. */
export function inscribedThing(masked: string, at: number): TextSpan | undefined {
  const window = masked.slice(Math.max(0, at - REACH), at);
  const m = THING_PHRASE.exec(window);
  if (!m) return undefined;
  const start = at - window.length + m.index;
  return { text: m[0], start, end: start + m[0].length };
}

/** Prepositions whose object is no speaker when it is only the first name in the sentence (not "from", "by", "in", "of", "for", "under", "with": "From the report: “…”", "In Roe’s words"). */
const GOVERNED = /(?<![\p{L}-])(?:[Oo]n|[Aa]t|[Aa]bout|to|into|onto|over|against|between|among|toward|towards|upon|across|around|near|through|during|so-called)[ \t\n\u00a0]+$/u;

/** The attribution of a quote with no cue looked at again: an inscription's words go to the thing, a governed last-resort name goes. */
export function reconsiderNoCue(masked: string, q: RawQuote, found: RawAttribution, blockStart: number): RawAttribution {
  if (found.cue) return found;
  const from = Math.max(blockStart, q.outer.start - REACH);
  const before = masked.slice(from, q.outer.start);
  const inscription = /\b(?:that|which)\b/.test(before) ? INSCRIPTION.exec(before) : null;
  if (inscription) {
    const at = from + inscription.indices![1][0];
    if (inscribedThing(masked, at)) return { speaker: { text: inscription[1], start: at, end: at + inscription[1].length }, cue: null, rule: 'inscription' };
  }
  const speaker = found.speaker;
  if (found.rule === 'first' && speaker && !/['’]s?$/.test(speaker.text) && GOVERNED.test(masked.slice(Math.max(blockStart, speaker.start - 12), speaker.start))) return { speaker: null, cue: null };
  return found;
}
