/**
 * Hostile drafts for the fuzz harness: the example drafts and invented
 * sentences, mutated with every quote mark, unbalanced and nested marks,
 * huge lines, line-break variants, BOM, bidi controls, surrogates (paired and
 * lone), NUL and Markdown floods.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient.ts';

/** A seeded random source with helpers. */
export class Dice {
  /** `next` returns a number in [0, 1). */
  constructor(readonly next: () => number) {}
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** One element of a list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Every quote mark the checker knows, and some it should not take for one. */
export const MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', '「', '」', '『', '』', '‹', '›', '‚', "'", '‟', '〝', '〞', '＂'];
const PAIRS = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['「', '」'], ['『', '』'], ['‹', '›'], ['‚', '‘'], ['»', '«'], ['”', '”']];
const SPEAKERS = ['Milley', 'Gen. Mark Milley', 'Mark Milley', 'Seely', 'Brig. Gen. William H. Seely III', 'William H. Seely III', 'the letter', 'Reuters', 'a spokesman', 'the Pentagon', 'he', 'she', 'Jones'];
const WORDS = 'we are not leaving Iraq it was a mistake unsigned should not have been released CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement that letter is draft'.split(' ');
const CUES = ['said', 'says', 'told reporters', 'wrote', 'added', 'according to', 'asked', 'denied'];
/** Markdown tokens to scatter and to flood with. */
const MARKUP = ['*', '_', '**', '__', '`', '``', '```', '[', ']', '](', '[^1]', '![', '<', '>', '<b>', '</b>', '<!--', '-->', '#', '|', '~', '~~', '\\', '&amp;', '&#x201C;', '---', '===', '- ', '1. ', '> ', '    ', '\t', 'http://x.invalid/', 'www.x.com', 'a@b.co', '$', ':-', '[a]: /x'];
const LINE_STARTS = ['> ', '>> ', '- ', '* ', '+ ', '1. ', '2) ', '# ', '## ', '###### ', '    ', '\t', '| ', '<div>', '```\n', '~~~\n', '---\n', '> - ', '- > ', '[^1]: '];
/** Characters that are hard on offsets and tokenizers. */
const ODD = ['\u0000', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u00A0', '\u2028', '\u2029', '\r', '\r\n', '\n', '\n\n', '\f', '\v', '😀', '👍🏽', '\uD83D', '\uDE00', '\uDFFF\uD800', 'é', 'e\u0301', '…', '—', '\u0085'];

const EXAMPLES = readdirSync(path.join(ROOT, 'examples', 'newsroom', 'drafts')).map((f) => readFileSync(path.join(ROOT, 'examples', 'newsroom', 'drafts', f), 'utf8'));

/** An invented sentence with a quotation, a speaker and a cue in some order. */
export function sentence(d: Dice): string {
  const [open, close] = d.pick(PAIRS);
  const words = Array.from({ length: 2 + d.int(14) }, () => d.pick(WORDS)).join(' ');
  const who = d.pick(SPEAKERS);
  const cue = d.pick(CUES);
  switch (d.int(5)) {
    case 0:
      return `${open}${words},${close} ${who} ${cue}.`;
    case 1:
      return `${who} ${cue}: ${open}${words}.${close}`;
    case 2:
      return `${open}${words},${close} ${cue} ${who}, ${open}${d.pick(WORDS)} ${d.pick(WORDS)}.${close}`;
    case 3:
      return `${who} ${cue} that ${words}.`;
    default:
      return `${open}${words}${d.chance(0.5) ? close : ''}`;
  }
}

/** A starting draft: an example draft, or invented paragraphs. */
export function baseDraft(d: Dice): string {
  if (d.chance(0.5)) return d.pick(EXAMPLES);
  const paragraphs = Array.from({ length: 1 + d.int(6) }, () => Array.from({ length: 1 + d.int(5) }, () => sentence(d)).join(' '));
  return paragraphs.join(d.pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n', '\r\r']));
}

function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Where to change a text: anywhere, or at a line start. */
function position(d: Dice, text: string, lineStart = false): number {
  const at = d.int(text.length + 1);
  if (!lineStart) return at;
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

/** One random mutation of a draft; `big` allows floods and lines of hundreds of KB. */
export function mutateDraft(d: Dice, text: string, big: boolean): string {
  const flood = (unit: string) => unit.repeat(1 + d.int(big ? 200_000 / Math.max(1, unit.length) : 400));
  switch (d.int(16)) {
    case 0:
    case 1:
      return insert(text, position(d, text), d.pick(MARKS));
    case 2:
      return insert(text, position(d, text), d.pick(MARKUP));
    case 3:
      return insert(text, position(d, text, true), d.pick(LINE_STARTS));
    case 4:
      return insert(text, position(d, text), d.pick(ODD));
    case 5: {
      const a = position(d, text);
      return text.slice(0, a) + text.slice(a + d.int(40));
    }
    case 6: {
      const a = position(d, text);
      const piece = text.slice(a, a + d.int(200));
      return insert(text, position(d, text), piece);
    }
    case 7:
      return insert(text, position(d, text), ' ' + sentence(d) + ' ');
    case 8:
      return insert(text, position(d, text), flood(d.pick([...MARKUP, ...MARKS, ...LINE_STARTS, ...ODD])));
    case 9:
      return insert(text, position(d, text), flood(sentence(d) + d.pick([' ', ' ', ' * ', ' _ ', ' [', '] ', ' `', ' <', ' # ', ' | '])));
    case 10: {
      // quotations nested inside each other
      let s = '';
      const depth = 1 + d.int(big ? 2000 : 20);
      const pairs = Array.from({ length: depth }, () => d.pick(PAIRS));
      for (const [o] of pairs) s += o + d.pick(WORDS) + ' ';
      for (const [, c] of pairs.reverse()) if (d.chance(0.8)) s += d.pick(WORDS) + c;
      return insert(text, position(d, text), s);
    }
    case 11:
      return d.chance(0.5) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r');
    case 12:
      return '\uFEFF' + text;
    case 13: {
      // a table or a list around the draft's lines
      const lines = text.split('\n');
      const kind = d.int(3);
      return lines.map((l, i) => (kind === 0 ? `| ${l} | x |` + (i === 0 ? '\n|---|---|' : '') : kind === 1 ? `- ${l}` : `> ${l}`)).join('\n');
    }
    case 14: {
      // replace a quote mark by another
      const marks = [...text.matchAll(/["“”‘’«»„「」『』‹›‚]/g)];
      if (!marks.length) return text;
      const m = d.pick(marks);
      return text.slice(0, m.index!) + d.pick(MARKS) + text.slice(m.index! + 1);
    }
    default:
      return insert(text, position(d, text), d.pick(['<div>\n', '</div>', '<script>', '<!-- ', '```\n', '\n```', '$$\n', '---\n', '\n\n']));
  }
}

/** A hostile draft: a base with a few mutations. */
export function hostileDraft(d: Dice, big: boolean): string {
  let text = baseDraft(d);
  for (let i = 0, n = 1 + d.int(8); i < n; i++) text = mutateDraft(d, text, big && i === 0);
  return text;
}

/** Small edits, as typing makes them: insert or delete a few characters, or paste a sentence. */
export function smallEdit(d: Dice, text: string): string {
  const at = position(d, text);
  switch (d.int(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + d.int(6));
    case 1:
      return insert(text, at, d.pick([...MARKS, ' ', '\n', '\n\n', 'a', ',', '.', d.pick(SPEAKERS)]));
    case 2:
      return insert(text, at, sentence(d));
    default:
      return mutateDraft(d, text, false);
  }
}
