/**
 * Finds suppression comments in a draft: `<!-- source-check-disable-next-line
 * CODE[, CODE…] -- REASON -->`, `<!-- source-check-disable CODE -- REASON -->`
 * and `<!-- source-check-enable -->`, each on a line of its own (in plain text
 * the same words bare, or in the comment). Lines of code blocks (fenced or
 * indented) and front matter are skipped; a comment inside a line (a code
 * span) is never one.
 */
import type { DocumentLanguage } from '../extract/model.ts';
import type { Span } from '../types.ts';
import { MarkdownBlocks } from './markdownBlocks.ts';

/** The three directives. */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

/** A code named in a directive, with where it is written. */
export interface NamedCode extends Span {
  name: string;
}

/** One suppression comment as written. */
export interface Directive extends Span {
  /** The directive word; a misspelt one (`disable-nextline`) is kept as written, with `kind` undefined. */
  kind?: DirectiveKind;
  written: string;
  codes: NamedCode[];
  /** The text after ` -- `, trimmed; empty when there is none. */
  reason: string;
  /** The line the directive stands on: [start of line, end of line without its break). */
  line: Span;
  /** Where the line's break ends (the next line's start). */
  next: number;
  /** The line's leading whitespace. */
  indent: string;
}

const KINDS: readonly string[] = ['disable-next-line', 'disable', 'enable'];

/** `source-check-WORD rest`, inside `<!-- … -->` or bare. */
const COMMENT = /^([ \t]*)<!--[ \t]*(source-check-[A-Za-z-]*)(?=[ \t]|-->)(.*?)-->[ \t]*$/;
/** Bare, the word must stand alone (`source-check-docs.example.org` is prose). */
const BARE = /^([ \t]*)(source-check-[A-Za-z-]*)(?=[ \t]|$)(.*?)[ \t]*$/;

/** What every suppression comment's word starts with: a text without it holds none. */
export const DIRECTIVE_MARKER = 'source-check-';

/** The directives of a draft, in order. Cheap when the draft holds none. */
export function findDirectives(text: string, language: DocumentLanguage): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('source-check-')) return out;
  const blocks = language === 'markdown' ? new MarkdownBlocks() : undefined;
  for (let start = 0; start <= text.length; ) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    const line = text.slice(start, end);
    if (blocks) {
      if (!blocks.isCode(line) && line.includes('source-check-')) {
        const d = parseLine(line, start, end, next, COMMENT);
        if (d) out.push(d);
      }
    } else if (line.includes('source-check-')) {
      const d = parseLine(line, start, end, next, COMMENT) ?? parseLine(line, start, end, next, BARE);
      if (d) out.push(d);
    }
    if (end >= text.length) break;
    start = next;
  }
  return out;
}

function parseLine(line: string, start: number, end: number, next: number, shape: RegExp): Directive | undefined {
  const m = shape.exec(line);
  if (!m) return undefined;
  const [, indent, word, rest] = m;
  const restAt = start + indent.length + line.slice(indent.length).indexOf(word) + word.length;
  const dash = rest.search(/(^|[ \t])--([ \t]|$)/);
  const codesText = dash < 0 ? rest : rest.slice(0, dash);
  const reason = dash < 0 ? '' : rest.slice(dash).replace(/^[ \t]*--/, '').trim();
  const codes: NamedCode[] = [];
  const codeRe = /[^,\s]+/g;
  for (let c = codeRe.exec(codesText); c; c = codeRe.exec(codesText)) codes.push({ name: c[0], start: restAt + c.index, end: restAt + c.index + c[0].length });
  const kindWord = word.slice('source-check-'.length);
  const contentStart = start + indent.length;
  return {
    kind: KINDS.includes(kindWord) ? (kindWord as DirectiveKind) : undefined,
    written: word,
    codes,
    reason,
    start: contentStart,
    end: start + line.replace(/[ \t]+$/, '').length,
    line: { start, end },
    next,
    indent,
  };
}
