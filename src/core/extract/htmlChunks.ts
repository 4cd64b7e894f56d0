/**
 * Chunks of a Markdown draft that are one paragraph of plain prose with
 * inline HTML tags in it ("<tweet author=…>Words.</tweet>."), read without
 * remark: remark gives such a chunk one paragraph in which each tag is an
 * `html` node the mask blanks. Only what CommonMark surely reads as inline
 * tags is taken (checked against remark in tests); the rest goes to remark.
 */
import type { Span } from '../types.ts';
import { endOfText, isPlainParagraph } from './plainChunks.ts';
import type { ProseBlock } from './stageTypes.ts';

/** A chunk's one paragraph and the tags inside it, for `mask`. */
export interface HtmlParagraph {
  block: ProseBlock;
  tags: Span[];
}

/**
 * Tag names that open an HTML block (CommonMark kinds 1 and 6, as micromark
 * lists them), which may end a paragraph: a chunk holding one is declined.
 */
const BLOCK_TAG_NAMES = new Set(
  (
    'pre script style textarea address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav ' +
    'noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

/**
 * An open tag (name, attributes, an optional "/") or a closing tag, on one
 * line, as micromark reads inline HTML (an unquoted attribute value ends at
 * a "/"), with attribute values that hold no backslash, bracket, backtick or pipe. Group 1: an open tag's name, group 2: a closing tag's.
 */
const TAG = /<(?:([A-Za-z][A-Za-z0-9-]*)(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`\/\\[\]|]+|'[^'\n\r\\[\]`|]*'|"[^"\n\r\\[\]`|]*"))?)*[ \t]*\/?|\/([A-Za-z][A-Za-z0-9-]*)[ \t]*)>/y;

/**
 * The paragraph and tags of a chunk that is plain prose apart from inline
 * tags, or undefined: any "<" that starts no such tag, a tag of an HTML
 * block's name, a line of tags alone (which may open an HTML block), a
 * backslash before a tag, a backtick or a pipe anywhere (code spans, table
 * cells) are declined, and with the tags read as letters the chunk must be a
 * plain paragraph (isPlainParagraph).
 */
export function inlineHtmlParagraph(text: string): HtmlParagraph | undefined {
  if (text.charCodeAt(0) === 0xfeff || text.includes('`') || text.includes('|')) return undefined;
  const tags: Span[] = [];
  let letters = '';
  let copied = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    if (!tag || BLOCK_TAG_NAMES.has((tag[1] ?? tag[2]).toLowerCase()) || text[at - 1] === '\\') return undefined;
    const end = TAG.lastIndex;
    tags.push({ start: at, end });
    letters += text.slice(copied, at) + 'x'.repeat(end - at);
    copied = at = end;
  }
  if (!tags.length) return undefined;
  letters += text.slice(copied);
  if (!isPlainParagraph(letters) || hasLineOfTagsAlone(text, tags)) return undefined;
  let start = 0;
  while (start < text.length && /[ \t\r\n]/.test(text[start])) start++;
  // like remark, the paragraph keeps the spaces and tabs that end its last line (as asParagraph)
  let end = endOfText(text, start);
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { block: { kind: 'paragraph', start, end, chunk: 0 }, tags };
}

/** Whether a line holds nothing but tags and spaces (on a chunk's first line, a tag alone opens an HTML block). */
function hasLineOfTagsAlone(text: string, tags: readonly Span[]): boolean {
  let t = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = skipSpaces(text, lineStart, lineEnd);
    let tagsAtStart = 0;
    for (; t < tags.length && tags[t].start < lineEnd; t++) {
      if (tags[t].start !== i) continue;
      i = skipSpaces(text, tags[t].end, lineEnd);
      tagsAtStart++;
    }
    if (tagsAtStart && i === lineEnd) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/** The first position at or after `from`, before `end`, that is no space, tab or carriage return. */
function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}
