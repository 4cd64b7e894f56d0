/**
 * Reduces a draft to its prose: a copy of the text, offset for offset, in
 * which everything that is not prose (code, HTML, URLs, front matter, block
 * markers) is blanked to spaces, plus the list of prose blocks. Markdown is
 * read with unified/remark (GFM and front matter); plain text by paragraphs.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Span } from '../types.ts';
import { workCounts } from '../workCounts.ts';
import { splitChunks } from './chunks.ts';
import { inlineMarkupParagraph } from './htmlChunks.ts';
import { joinLines } from './lineBreaks.ts';
import { asParagraph, plainProse } from './plainChunks.ts';
import type { DocumentLanguage } from './model.ts';
import type { Prose, ProseBlock } from './stageTypes.ts';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  url?: string;
}

const plain = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);
const plainFront = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const gfmFront = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
/** Characters without which GFM's extensions (tables, strikethrough, autolinks, footnotes) cannot apply. */
const GFM_TRIGGER = /[|~@]|https?:|www\.|\[\^|^[ \t]*:-/im;

/** Parsed chunks of a draft by their text, reused across checks of the same draft. */
export class SegmentCache {
  chunks = new Map<string, Prose>();
}

/** Splits a draft into prose blocks and a masked copy of its text; `cache` reuses unchanged chunks. */
export function segment(text: string, language: DocumentLanguage, cache?: SegmentCache): Prose {
  if (language !== 'markdown') return segmentPlain(text);
  const used = new Map<string, Prose>();
  const { masked, blocks, chunks } = segmentSpans(text, splitChunks(text), 0, 0, (key) => cache?.chunks.get(key), used);
  if (cache) cache.chunks = used;
  return { masked, blocks, chunks };
}

/** The prose of some chunks of a draft, numbered from chunk `firstChunk` and quote group `firstGroup`. */
export interface ProseStretch extends Prose {
  /** The number of block-quote groups in the stretch. */
  groups: number;
}

/**
 * Parses chunks of a Markdown draft (`spans` from splitChunks, in order),
 * taking already parsed ones from `known`; `used` collects every chunk's prose by key.
 */
export function segmentSpans(
  text: string,
  spans: readonly Span[],
  firstChunk: number,
  firstGroup: number,
  known: (key: string) => Prose | undefined,
  used?: Map<string, Prose>,
): ProseStretch {
  const parts: string[] = [];
  const blocks: ProseBlock[] = [];
  const chunks: Prose['chunks'] = [];
  let groups = firstGroup;
  spans.forEach((chunk, i) => {
    const index = firstChunk + i;
    const body = text.slice(chunk.start, chunk.end);
    const key = index === 0 ? '\u0000' + body : body;
    const prose = used?.get(key) ?? known(key) ?? segmentMarkdown(body, index === 0);
    used?.set(key, prose);
    parts.push(prose.masked);
    chunks.push({ start: chunk.start, masked: prose.masked });
    let maxGroup = -1;
    for (const b of prose.blocks) {
      const block: ProseBlock = { kind: b.kind, start: b.start + chunk.start, end: b.end + chunk.start, chunk: index };
      if (b.quoteGroup !== undefined) {
        block.quoteGroup = b.quoteGroup + groups;
        maxGroup = Math.max(maxGroup, b.quoteGroup);
      }
      blocks.push(block);
    }
    groups += maxGroup + 1;
  });
  return { masked: parts.join(''), blocks, chunks, groups: groups - firstGroup };
}

function segmentPlain(text: string): Prose {
  const blocks: ProseBlock[] = [];
  // each paragraph: from a non-space character to the next blank line (a line break, spaces or tabs, a line break) or the end
  for (let start = firstNonSpace(text, 0); start < text.length; start = firstNonSpace(text, start)) {
    const end = blankLineAfter(text, start + 1);
    blocks.push({ kind: 'paragraph', start, end, chunk: 0 });
    start = end;
  }
  const masked = joinLines(text.replace(/\t/g, ' '), blocks);
  return { masked, blocks, chunks: [{ start: 0, masked }] };
}

/** The first character at or after `from` that is no white space as `\s` reads it (`text.length` when none). */
function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITE_SPACE.test(text[i])) i++;
  return i;
}
const WHITE_SPACE = /\s/;

/** Where the first blank line at or after `from` starts (its line break), or the text's end. */
function blankLineAfter(text: string, from: number): number {
  for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let j = nl + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '\n') return nl;
  }
  return text.length;
}

/** Inline nodes whose text is never prose. */
const HIDDEN_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath']);

/**
 * Parses one chunk: plain prose, headings and list items of one line
 * directly (plainChunks.ts), a paragraph of prose, inline tags and web addresses by what it hides
 * (htmlChunks.ts), anything else through remark.
 */
export function segmentMarkdown(text: string, atStart: boolean): Prose {
  const plain = plainProse(text);
  if (plain) return plain;
  if (!isMarkupFlood(text)) {
    const html = inlineMarkupParagraph(text);
    if (html) return mask(text, [html.block], html.hidden);
    workCounts.remarkChars += text.length;
    return segmentWithRemark(text, atStart);
  }
  workCounts.markupFloods++;
  return asParagraph(text);
}

/** Markup per chunk beyond which remark's time grows with its square: emphasis and link delimiters, setext underlines. */
const FLOOD_DELIMITERS = 4000;
const FLOOD_LINES = 1000;
/** Characters remark walks back per character of a chunk, on average, beyond which it is a flood (PolNeAR: at most 15). */
const FLOOD_WALK = 200;

/**
 * How far back remark looks, summed over a chunk: GFM footnotes from each
 * closing bracket to the last opening one (else the chunk's start); GFM
 * autolinks, from each word after an opening bracket not yet closed, back to
 * that bracket. On a long line of stray "]", or after one unclosed "[", this
 * grows with the square of its length (a 1.4 MB paragraph with 2,000 "]"
 * took 12 s, 200 KB after one "[" 11 s).
 */
function bracketWalk(text: string, gfm: boolean): number {
  let walk = 0;
  let last = 0;
  const open: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (c === 91) {
      last = i; // [
      open.push(i);
    } else if (c === 93) {
      walk += i - last; // ]
      open.pop();
    } else if (gfm && word && !inWord && open.length) walk += i - open[open.length - 1];
    inWord = word;
  }
  return walk;
}

/** Inline constructs times the length of the paragraphs holding them beyond which a chunk is a flood (PolNeAR: at most 32,000). */
const FLOOD_INLINE_WORK = 20_000_000;
/** A line that starts a block of its own (a list item, quote, heading, table row) or is blank: the paragraph before it ends. */
const PARAGRAPH_BREAK = /^[ \t]*(?:[-+*>|#]|\d{1,9}[.)]|\r?$)/;
/** Characters and words at which an inline construct (code, HTML, emphasis, link, escape, reference, autolink) may start. */
const INLINE_START = /[`<*_[\]~&\\!]|https?:|www\./g;

/**
 * Roughly what remark spends on a chunk's inline constructs: after each one
 * it merges the text that follows by splicing the paragraph's token list, so
 * a paragraph costs its constructs times its length (a 140 KB line of code
 * spans took 7 s). Summed over the paragraphs, told apart by line starts.
 */
function inlineWork(text: string): number {
  let work = 0;
  let constructs = 0;
  let paragraph = 0;
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    if (PARAGRAPH_BREAK.test(line)) {
      work += constructs * (pos - paragraph);
      constructs = 0;
      paragraph = pos;
    }
    for (INLINE_START.lastIndex = 0; INLINE_START.exec(line); ) constructs++;
    pos = end + 1;
  }
  return work + constructs * (text.length - paragraph);
}

/** A line nested this deep in block quotes or lists. */
const DEEP_NESTING = /^(?:[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])){32}/m;

/**
 * Whether a chunk holds so much markup that remark would take minutes over it
 * (thousands of emphasis or link delimiters or of setext underlines, or
 * nesting dozens deep on one line): such a chunk is read as one plain
 * paragraph instead, so that no draft can stall the checker. Long lists and
 * tables, which remark reads in linear time, are not floods.
 */
function isMarkupFlood(text: string): boolean {
  if (bracketWalk(text, GFM_TRIGGER.test(text)) > FLOOD_WALK * text.length || inlineWork(text) > FLOOD_INLINE_WORK) return true;
  if (text.length < 16_384) return false;
  let delimiters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 42 || c === 95 || c === 91 || c === 93) && ++delimiters > FLOOD_DELIMITERS) return true; // * _ [ ]
  }
  let lines = 0;
  for (const m of text.matchAll(/^[ \t]{0,3}(?:=+|-+)[ \t]*\r?$/gm)) if (m && ++lines > FLOOD_LINES) return true;
  return DEEP_NESTING.test(text);
}

/** Parses one chunk with remark (also the reference the plain-paragraph path is tested against). */
export function segmentWithRemark(text: string, atStart: boolean): Prose {
  const useGfm = GFM_TRIGGER.test(text);
  const processor = atStart ? (useGfm ? gfmFront : plainFront) : useGfm ? gfm : plain;
  // micromark drops a leading byte-order mark and shifts every offset; parse a space in its place
  const tree = processor.parse(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text) as MdNode;
  const hide: Span[] = [];
  const blocks: ProseBlock[] = [];
  let quoteGroups = 0;

  // in document order, with a stack of its own: block quotes nest as deep as the draft's "> > > …" go
  const pending: { node: MdNode; inQuote: number | undefined }[] = [{ node: tree, inQuote: undefined }];
  const push = (children: MdNode[] | undefined, inQuote: number | undefined) => {
    for (let i = (children?.length ?? 0) - 1; i >= 0; i--) pending.push({ node: children![i], inQuote });
  };
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { node, inQuote } = item;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : inQuote !== undefined ? 'blockquote' : 'paragraph';
        blocks.push({ kind, start, end, chunk: 0, ...(inQuote !== undefined ? { quoteGroup: inQuote } : {}) });
        collectHidden(node, text, hide);
        break;
      }
      case 'blockquote':
        push(node.children, quoteGroups++);
        break;
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml':
      case 'math':
      case 'definition':
        break;
      default:
        push(node.children, inQuote);
    }
  }
  return mask(text, blocks, hide);
}

/** The masked text: the blocks' prose kept, hidden spans and everything else blanked, line breaks kept between blocks and read as spaces inside them (lineBreaks.ts). */
function mask(text: string, blocks: ProseBlock[], hide: Span[]): Prose {
  const out = new Uint16Array(text.length).fill(32);
  for (const k of blocks) for (let i = k.start; i < k.end; i++) out[i] = text.charCodeAt(i);
  for (const h of hide) out.fill(32, h.start, h.end);
  // keep line breaks, blank block-quote and list markers at line starts inside kept blocks
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out[i] = 10;
  for (const b of blocks) blankLinePrefixes(text, out, b);
  const masked = joinLines(decode(out), [...blocks].sort((a, b) => a.start - b.start));
  return { masked, blocks, chunks: [{ start: 0, masked }] };
}

/** Blanks `>` markers and indentation at the starts of a block's continuation lines. */
function blankLinePrefixes(text: string, out: Uint16Array, block: Span): void {
  for (let i = text.indexOf('\n', block.start); i >= 0 && i < block.end; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < block.end && /[ \t>]/.test(text[j])) out[j++] = 32;
  }
}

/** Marks code spans, HTML, images and link destinations (autolinks, bare URLs) inside a block. */
function collectHidden(block: MdNode, text: string, hide: Span[]): void {
  const pending = [...(block.children ?? [])]; // a stack of its own: emphasis and links nest as deep as a draft makes them
  for (let child = pending.pop(); child; child = pending.pop()) {
    const s = child.position?.start.offset;
    const e = child.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    if (HIDDEN_INLINE.has(child.type)) hide.push({ start: s, end: e });
    else if (child.type === 'link') {
      const label = child.children ?? [];
      const first = label[0]?.position?.start.offset;
      const last = label[label.length - 1]?.position?.end.offset;
      const source = text.slice(s, e);
      if (first === undefined || last === undefined || /^<|^(https?:|www\.|mailto:)/i.test(source)) hide.push({ start: s, end: e });
      else {
        hide.push({ start: s, end: first }, { start: last, end: e });
        for (const node of label) pending.push(node);
      }
    } else for (const node of child.children ?? []) pending.push(node); // no push(...): a paragraph may hold 100,000 children
  }
}

function decode(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
