/**
 * Chunks of a Markdown draft that are one paragraph of plain prose with
 * inline HTML tags and bare web addresses in it ("<tweet author=…>Words
 * https://t.co/x</tweet>."), read without remark: remark gives such a chunk
 * one paragraph in which each tag is an `html` node and each address a link,
 * both of which the mask blanks. Only what micromark surely reads so is taken
 * (checked against remark in tests); the rest goes to remark.
 */
import type { Span } from '../types.ts';
import { endOfText, isPlainParagraph } from './plainChunks.ts';
import type { ProseBlock } from './stageTypes.ts';

/** A chunk's one paragraph and what inside it the mask blanks (tags, bare web addresses), for `mask`. */
export interface HtmlParagraph {
  block: ProseBlock;
  hidden: Span[];
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
 * A bare web address as GFM reads it (micromark's autolink literal) where
 * its extent is plain: a dotted domain of ASCII letters, digits and hyphens,
 * then a path of those, "/", "%", "=", "+" and "#", with runs of the
 * punctuation GFM trims from an address's end ( . ? _ : , ; ! ~ * ' " )
 * inside it only before one of those again.
 */
const URL = /https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/(?:[A-Za-z0-9/%=+#-]|[.?_:,;!~*'"]+(?=[A-Za-z0-9/%=+#-]))*)?/iy;
/** What may follow such an address: the trimmed punctuation (and ")"), then white space, a tag's "<" or the end. */
const AFTER_URL = /[.?_:,;!~*'")]*(?:[\s<]|$)/y;
/** Where a web address may start. */
const HTTP = /http/gi;
/** A line ending, as micromark reads one. */
const LINE_END = /[\n\r]/;
/** What may come before such an address for GFM to read it as one (no letter, as micromark asks; fewer here). */
const BEFORE_URL = /[\s(>“"‘'.,:;—–]/;

/**
 * The paragraph and hidden spans (tags, bare web addresses) of a chunk that
 * is plain prose apart from inline tags, addresses and (on one line) pipes, or undefined: any "<"
 * that starts no such tag, a tag of an HTML block's name, a line of tags
 * alone (which may open an HTML block), a backslash before a tag, a backtick
 * anywhere (code spans), a pipe in a chunk of more lines than one (table
 * cells), an address beside a bracket
 * (a link's label) are declined, and with the tags and addresses read as
 * letters the chunk must be a plain paragraph (isPlainParagraph).
 */
export function inlineMarkupParagraph(text: string): HtmlParagraph | undefined {
  // a pipe may divide table cells only with a delimiter row under it: on a chunk of one line it is text
  const pipes = text.includes('|');
  if (text.charCodeAt(0) === 0xfeff || text.includes('`') || (pipes && LINE_END.test(text.slice(0, endOfText(text, 0))))) return undefined;
  const tags: Span[] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    if (!tag || BLOCK_TAG_NAMES.has((tag[1] ?? tag[2]).toLowerCase()) || text[at - 1] === '\\') return undefined;
    tags.push({ start: at, end: (at = TAG.lastIndex) });
  }
  const urls = bareUrls(text, tags);
  if (!urls || (!tags.length && !urls.length && !pipes)) return undefined;
  const hidden = urls.length ? [...tags, ...urls].sort((a, b) => a.start - b.start) : tags;
  let letters = '';
  let copied = 0;
  for (const h of hidden) {
    letters += text.slice(copied, h.start) + 'x'.repeat(h.end - h.start);
    copied = h.end;
  }
  letters += text.slice(copied);
  if (pipes) letters = letters.replace(/\|/g, 'x');
  if (!isPlainParagraph(letters) || hasLineOfTagsAlone(text, tags)) return undefined;
  let start = 0;
  while (start < text.length && /[ \t\r\n]/.test(text[start])) start++;
  // like remark, the paragraph keeps the spaces and tabs that end its last line (as asParagraph)
  let end = endOfText(text, start);
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { block: { kind: 'paragraph', start, end, chunk: 0 }, hidden };
}

/**
 * The bare web addresses outside the tags (none when the text names no
 * "http"), or undefined when one is not plain (URL, BEFORE_URL, AFTER_URL)
 * or the text holds a bracket; an "http" that starts no address is left in
 * the text, where isPlainParagraph declines it.
 */
function bareUrls(text: string, tags: readonly Span[]): Span[] | undefined {
  const urls: Span[] = [];
  let t = 0;
  for (HTTP.lastIndex = 0; HTTP.test(text); ) {
    const at = HTTP.lastIndex - 4;
    while (t < tags.length && tags[t].end <= at) t++;
    if (t < tags.length && tags[t].start < at) continue; // inside a tag
    URL.lastIndex = at;
    if (!URL.test(text)) continue;
    const end = URL.lastIndex;
    AFTER_URL.lastIndex = end;
    if ((at > 0 && !BEFORE_URL.test(text[at - 1])) || !AFTER_URL.test(text) || (urls.length === 0 && (text.includes('[') || text.includes(']')))) return undefined;
    urls.push({ start: at, end });
    HTTP.lastIndex = end;
  }
  return urls;
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
