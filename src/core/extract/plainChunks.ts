/**
 * Chunks of a Markdown draft that need no remark call: one plain paragraph,
 * or one line that is a heading ("## Title") or a list item ("- x", "1. x")
 * holding plain prose. Each gives exactly what remark gives (checked against
 * remark in tests) and declines everything else, which remark then reads:
 * remark's fixed cost per call is most of what a short chunk costs.
 */
import { joinLines } from './lineBreaks.ts';
import type { Prose, ProseBlock } from './stageTypes.ts';

/** The prose of a chunk that remark need not read, or undefined when remark must. */
export function plainProse(text: string): Prose | undefined {
  if (isPlainParagraph(text)) return asParagraph(text);
  if (NO_PROSE.test(text)) return { masked: text.replace(/[^\n]/g, ' '), blocks: [], chunks: [{ start: 0, masked: text.replace(/[^\n]/g, ' ') }] };
  const block = oneLineBlock(text);
  return block && maskParagraph(text, block);
}

/** A chunk of one line holding no prose, then blank lines: a list marker alone (an empty item: "1.", "-") or a rule ("***", "- - -", "___"). */
const NO_PROSE = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)])|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*(?:\r?\n[ \t]*)*(?:\r?\n)?$/;

/** A chunk as one paragraph from its first to its last non-blank character (also what a markup flood is read as). */
export function asParagraph(text: string): Prose {
  let start = 0;
  while (start < text.length && /[\uFEFF \t\r\n]/.test(text[start])) start++;
  // like remark, the paragraph keeps the spaces and tabs that end its last line
  let end = endOfText(text, start);
  while (text[end] === ' ' || text[end] === '\t') end++;
  return maskParagraph(text, { kind: 'paragraph', start, end, chunk: 0 });
}

/** A heading's marker ("## ", after up to three spaces) or a list item's ("- ", "1. ", one space and then a word) at a chunk's start. */
const LINE_MARKER = /^( {0,3})(?:(#{1,6})[ \t]+|(?:[-+*]|\d{1,9}[.)]) (?=[^ \t\r\n]))/;

/**
 * The block of a chunk that is one line, a heading or a list item, followed
 * only by blank lines, whose words hold no Markdown syntax: the heading from
 * its marker, the item's paragraph from its first word, both to the line's
 * end. A heading holding "#" anywhere (a closing sequence) is declined.
 */
function oneLineBlock(text: string): ProseBlock | undefined {
  const marker = LINE_MARKER.exec(text);
  if (!marker) return undefined;
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  if (endOfText(text, lineEnd) > lineEnd) return undefined; // a second line
  const end = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const words = text.slice(marker[0].length, end);
  const heading = marker[2] !== undefined;
  if (/\r/.test(words) || (heading && words.includes('#')) || !isPlainParagraph(words)) return undefined;
  return heading ? { kind: 'heading', start: marker[1].length, end, chunk: 0 } : { kind: 'paragraph', start: marker[0].length, end, chunk: 0 };
}

/**
 * Characters with which a chunk may hold Markdown that changes what is prose:
 * code spans, HTML and autolinks, links and images (a bracket followed by a
 * destination, a reference or a definition's colon; footnotes; a line opening
 * with a bracket), tables, bare URLs. Emphasis (* _), strikethrough (~),
 * escapes (\\), character references (&), email autolinks (@), a lone ! and
 * brackets around words ([sic], [He] said) change nothing the mask keeps, so
 * they stay on the plain path unless they start a block at a line's start.
 */
const MARKDOWN_SYNTAX = /[`<|]|\]\s*[([:]|\[\^|https?:|www\./i;
/** MARKDOWN_SYNTAX at a line's start: a bracket opening the line (tried at line starts only, by atSomeLineStart). */
const LINE_SYNTAX = /[ \t]*\[/y;
/**
 * Line starts that may make a block other than a paragraph: lists, indented
 * code, quotes, table delimiter rows, and only the whole constructs for
 * headings (# Title), setext underlines (===, ---), rules (___, ***, - - -) and fences (~~~):
 * “___.” between items, “#hashtag”, “~ a note”, “-Ann Roe explains …” and “*emphasis* first” stay prose
 * (a "-" or "*" starts a list item only before a space, a tab or the line's end; any "+" is declined: "+++" opens front matter).
 */
const BLOCK_START = /(?: {4}|\t|[ \t]*(?:[>+]|[-*](?:[ \t]|\r?$)|[-*][-* \t]*\r?$|:-|#{1,6}(?:[ \t]|\r?$)|=+[ \t]*\r?$|_(?:[ \t]*_){2,}[ \t]*\r?$|~~~)|[ \t]*\d{1,9}[.)](?:[ \t]|\r?$))/my;

/**
 * Whether a sticky pattern matches at one of the text's line starts: its
 * start and after each \n, \r, \u2028 and \u2029, where /^…/m would try it
 * (tried there only: /^…/m tries every position of the text and checks the anchor).
 */
function atSomeLineStart(text: string, sticky: RegExp): boolean {
  for (let at = 0; ; ) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
    LINE_BREAK.lastIndex = at;
    if (!LINE_BREAK.test(text)) return false;
    at = LINE_BREAK.lastIndex;
  }
}

/** What ends a line for /^…/m. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * Whether a chunk is one plain paragraph: no character that could start any
 * Markdown construct, so remark would give exactly one paragraph from its
 * first to its last non-blank character (checked against remark in tests).
 */
export function isPlainParagraph(chunk: string): boolean {
  // remark reads a leading byte-order mark as a space (segmentWithRemark): it may indent a heading or code
  const text = chunk.charCodeAt(0) === 0xfeff ? ' ' + chunk.slice(1) : chunk;
  return !MARKDOWN_SYNTAX.test(text) && !atSomeLineStart(text, LINE_SYNTAX) && !atSomeLineStart(text, BLOCK_START) && !hasBlankLineInside(text) && !FIRST_LINE_CODE.test(text) && /[^ \t\r\n]/.test(text);
}

/** A first line indented to the fourth column, by spaces or a tab after them: indented code. */
const FIRST_LINE_CODE = /^(?:[ \t]*\r?\n)*(?: {4}| {0,3}\t)/;

/** A blank line with text after it: a second paragraph (a chunk goes on past a blank line when the next line is indented). */
function hasBlankLineInside(text: string): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(0, endOfText(text, 0)));
}

/**
 * The end of `text` without its trailing spaces and line breaks (not before
 * `from`), by a loop: a pattern such as /\s+$/ is tried from every space of a long run.
 */
export function endOfText(text: string, from: number): number {
  let end = text.length;
  while (end > from && /[ \t\r\n]/.test(text[end - 1])) end--;
  return end;
}

/**
 * `mask` for a chunk that is one plain paragraph, with string operations: the
 * space around the paragraph blanked (line breaks kept), the indentation of
 * its continuation lines blanked. Equal to `mask` (tested), several times faster.
 */
export function maskParagraph(text: string, block: ProseBlock): Prose {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const line = text.slice(block.start, block.end);
  // (a paragraph of one line, most of them, is not searched for continuation lines)
  const body = line.includes('\n') ? line.replace(/\n[ \t>]+/g, (m) => '\n' + ' '.repeat(m.length - 1)) : line;
  const masked = joinLines(blank(text.slice(0, block.start)) + body + blank(text.slice(block.end)), [block]);
  return { masked, blocks: [block], chunks: [{ start: 0, masked }] };
}
