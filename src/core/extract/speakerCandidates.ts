/**
 * Stage 5, speaker candidates beyond the quote's own sentence: a sign-off
 * after the quote ("— Ann Roe", a paragraph "- Bernie Sanders.") or typed
 * inside its closing mark ("… the docks. Ann Roe, Harbour Trust."), the subject
 * the sentence goes on with after a clause holding the quote. The walk
 * (scan.ts) tries them, and the lead-in paragraph before a quote, in order.
 */
import type { TextSpan } from '../types.ts';
import { DESCRIPTION, IN_SENTENCE, NAME, SENTENCE_END } from './grammar.ts';
import type { ProseBlock, RawAttribution, RawQuote } from './stageTypes.ts';

/** How far after a quote a sign-off paragraph may start. */
const SIGN_OFF_REACH = 300;
/** The name in a sign-off: up to five capitalised words ("Ann Roe", "Pedro de la Cruz"). */
const SIGNED_NAME = `(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al)){0,4})`;
/** A paragraph that only signs the quote before it: "- Bernie Sanders." "—Ann Roe, Philadelphia." */
const SIGN_OFF = new RegExp(`^\\s*(?:[-\\u2013\\u2014\\u2015]\\s*)?${SIGNED_NAME}(?=\\s*[,.]|\\s*$)`, 'u');
/** A dash and a name closing the quote's own line: “…” ― Ann Roe. “…” — Ann Roe, Philadelphia */
const SIGNED_LINE = new RegExp(`^\\s*[\\u2013\\u2014\\u2015]\\s*${SIGNED_NAME}(?:\\s*,[^\\n.!?“”"]{0,60})?[.\\s]*(?:$|(?=[“”"«]))`, 'u');

/** The sign-off after a quote that closes its paragraph (on its own line or the next paragraph, within a short reach). */
export function signOff(text: string, masked: string, q: RawQuote, blockEnd: number, next: ProseBlock | undefined): RawAttribution | undefined {
  // (within the reach: a paragraph may be megabytes long)
  const rest = masked.slice(q.outer.end, Math.min(blockEnd, q.outer.end + SIGN_OFF_REACH + 1));
  const lineEnd = rest.indexOf('\n');
  const signed = /^\s*[\u2013\u2014\u2015]/.test(rest) ? SIGNED_LINE.exec(rest.slice(0, Math.min(lineEnd < 0 ? rest.length : lineEnd, SIGN_OFF_REACH))) : null;
  if (signed) return signedBy(signed[1], q.outer.end + signed[0].indexOf(signed[1]));
  if (!next || next.kind === 'blockquote' || next.start - q.outer.end > SIGN_OFF_REACH || /\S/.test(rest)) return undefined;
  const m = SIGN_OFF.exec(masked.slice(next.start, Math.min(next.end, q.outer.end + SIGN_OFF_REACH)));
  if (!m) return undefined;
  // the dash opens the paragraph, or is the list marker before it (Markdown: "- Bernie Sanders.")
  const line = Math.max(q.outer.end, text.lastIndexOf('\n', next.start - 1) + 1);
  if (!/^\s*[-\u2013\u2014\u2015]/.test(m[0]) && !/^\s*[-\u2013\u2014]\s*$/.test(text.slice(line, next.start))) return undefined;
  return signedBy(m[1], next.start + m.index + m[0].length - m[1].length);
}

/** A sign-off's name at `at`, without the period that ends its sentence ("Sanders." ends it, "Jr." does not). */
function signedBy(written: string, at: number): RawAttribution {
  const name = written.replace(/(\p{L}{3,})\.$/u, '$1');
  return { speaker: { text: name, start: at, end: at + name.length }, cue: null, rule: 'sign-off' };
}


/** How long a sign-off typed inside the closing mark may be. */
const SIGNED_INSIDE_REACH = 120;

/**
 * The last sentence inside a quote's marks that only signs it: a name of two to
 * five capitalised words, a comma and an affiliation of capitalised words (with
 * "of", "for", "and", "the", "&" inside): “… the docks. Ann Roe, Harbour Trust.”
 * (A name alone may be the quote's own last words: “… who else knows? Ann Roe.”)
 */
const SIGNED_NAME_BEFORE = new RegExp(`${SENTENCE_END}\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|de|van|von|al)){1,4})$`, 'u');
/** The affiliation after the sign-off's comma, up to the end of the quote's words. */
const SIGNED_AFFILIATION = /^,\s+\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and|the|on|&)){0,7}\.?\s*$/u;

/** A sign-off typed inside the quote's closing mark, and where the quoted words end before it (trailing spaces left out). */
export function signedInside(masked: string, q: RawQuote): { found: RawAttribution; wordsEnd: number } | undefined {
  const part = q.parts[q.parts.length - 1];
  if (!part || part.end - part.start < 8 || masked.charCodeAt(part.end - 1) !== 0x2e) return undefined;
  const from = Math.max(part.start, part.end - SIGNED_INSIDE_REACH);
  // (the affiliation first, from the last comma: an anchored test most quotes fail at once)
  const comma = masked.lastIndexOf(',', part.end - 1);
  if (comma <= from || !SIGNED_AFFILIATION.test(masked.slice(comma, part.end))) return undefined;
  const m = SIGNED_NAME_BEFORE.exec(masked.slice(from, comma));
  if (!m) return undefined;
  const at = comma - m[1].length;
  let wordsEnd = at;
  while (wordsEnd > part.start && /\s/.test(masked[wordsEnd - 1])) wordsEnd--;
  if (wordsEnd - part.start < 2) return undefined;
  return { found: { speaker: { text: m[1], start: at, end: at + m[1].length }, cue: null, rule: 'sign-off inside' }, wordsEnd };
}

/** How far after a quote the subject of the sentence it sits in may start. */
const SUBJECT_AFTER_REACH = 160;

/**
 * The rest of a clause holding a quote (no sentence end, no other quote), a comma and an optional
 * "though" or "however", then the sentence's subject, a name or a description, and its finite verb.
 */
const SUBJECT_AFTER = new RegExp(
  `^["”’»]?${IN_SENTENCE}{0,100}?,\\s+(?:(?:though|however|too),\\s+)?(${NAME}|${DESCRIPTION})(?=\\s+(?:(?:also|still|then|[a-z]{3,}ly)\\s+)?(?:did|does|has|had|was|is|[a-z]{3,}ed|[a-z]{3,}[^s\\W]s)(?![\\p{L}'’]))`,
  'u',
);

/** The subject a sentence goes on with after the quote ending at `quoteEnd` (before `blockEnd`): "Conceding that it was “…,” though, Roe defended it". */
export function subjectAfterQuote(masked: string, quoteEnd: number, blockEnd: number): TextSpan | undefined {
  const m = SUBJECT_AFTER.exec(masked.slice(quoteEnd, Math.min(blockEnd, quoteEnd + SUBJECT_AFTER_REACH)));
  if (!m) return undefined;
  const start = quoteEnd + m[0].length - m[1].length;
  return { text: m[1], start, end: start + m[1].length };
}
