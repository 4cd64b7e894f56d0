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
import type { DocumentLanguage } from './model.ts';

/** A run of prose (a paragraph, heading, table cell …) and what kind of block holds it. */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'blockquote' | 'cell';
  /** For block-quote paragraphs: the index of the enclosing block quote, to group its paragraphs. */
  quoteGroup?: number;
}

/** The prose of a draft. */
export interface Prose {
  /** The draft's text with non-prose blanked; same length as the draft. */
  masked: string;
  blocks: ProseBlock[];
}

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  url?: string;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Splits a draft into prose blocks and a masked copy of its text. */
export function segment(text: string, language: DocumentLanguage): Prose {
  return language === 'markdown' ? segmentMarkdown(text) : segmentPlain(text);
}

function segmentPlain(text: string): Prose {
  const blocks: ProseBlock[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$(?![\s\S]))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  }
  return { masked: text.replace(/\t/g, ' '), blocks };
}

/** Inline nodes whose text is never prose. */
const HIDDEN_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath']);

function segmentMarkdown(text: string): Prose {
  const tree = processor.parse(text) as MdNode;
  const keep: Span[] = [];
  const hide: Span[] = [];
  const blocks: ProseBlock[] = [];
  let quoteGroups = 0;

  const visit = (node: MdNode, inQuote: number | undefined): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : inQuote !== undefined ? 'blockquote' : 'paragraph';
        blocks.push({ kind, start, end, ...(inQuote !== undefined ? { quoteGroup: inQuote } : {}) });
        keep.push({ start, end });
        collectHidden(node, text, hide);
        return;
      }
      case 'blockquote': {
        const group = quoteGroups++;
        for (const child of node.children ?? []) visit(child, group);
        return;
      }
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml':
      case 'math':
      case 'definition':
        return;
      default:
        for (const child of node.children ?? []) visit(child, inQuote);
    }
  };
  visit(tree, undefined);

  const out = new Uint16Array(text.length).fill(32);
  for (const k of keep) for (let i = k.start; i < k.end; i++) out[i] = text.charCodeAt(i);
  for (const h of hide) out.fill(32, h.start, h.end);
  // keep line breaks, blank block-quote and list markers at line starts inside kept blocks
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out[i] = 10;
  for (const b of blocks) blankLinePrefixes(text, out, b);
  return { masked: decode(out), blocks };
}

/** Blanks `>` markers and indentation at the starts of a block's continuation lines. */
function blankLinePrefixes(text: string, out: Uint16Array, block: Span): void {
  for (let i = text.indexOf('\n', block.start); i >= 0 && i < block.end; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < block.end && /[ \t>]/.test(text[j])) out[j++] = 32;
  }
}

/** Marks code spans, HTML, images and link destinations (autolinks, bare URLs) inside a block. */
function collectHidden(node: MdNode, text: string, hide: Span[]): void {
  for (const child of node.children ?? []) {
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
        collectHidden(child, text, hide);
      }
    } else collectHidden(child, text, hide);
  }
}

function decode(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
