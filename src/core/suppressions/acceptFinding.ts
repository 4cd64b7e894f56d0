/**
 * "Accept this finding…": the suppression comment that sets one finding aside
 * with the writer's reason, and where it goes. Pure: the editor asks for the
 * reason and applies the edits.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import type { DocumentLanguage } from '../extract/model.ts';
import type { Finding, Span } from '../types.ts';
import { findDirectives } from './directives.ts';
import { SUPPRESSIBLE } from './suppress.ts';

/** The command the code action carries; its arguments are the draft's uri, the finding's line, the code, and the document version. */
export const ACCEPT_FINDING_COMMAND = 'sourceCheck.acceptFinding';

/** An offer to accept one finding. */
export interface AcceptOffer {
  title: string;
  finding: Finding;
  /** The code the comment names: the status of a source-status finding, else its code. */
  code: string;
  /** The zero-based line the finding starts on. */
  line: number;
}

/** An insertion into the draft. */
export interface Insertion {
  offset: number;
  newText: string;
}

/** The code a suppression of this finding names, or undefined when it cannot be suppressed. */
export function acceptCode(finding: Finding): string | undefined {
  const code = finding.code === 'source-status' && finding.status && SUPPRESSIBLE.includes(finding.status) ? finding.status : finding.code;
  return SUPPRESSIBLE.includes(code) ? code : undefined;
}

/** "Accept this finding…" offers for the findings that overlap `span`. */
export function acceptOffers(doc: CheckedDocument, span: Span): AcceptOffer[] {
  const out: AcceptOffer[] = [];
  for (const finding of doc.findings) {
    if (finding.end < span.start || finding.start > span.end) continue;
    const code = acceptCode(finding);
    if (code) out.push({ title: `Accept this finding… (suppress \`${code}\` with a reason)`, finding, code, line: doc.lines.positionAt(finding.start).line });
  }
  return out;
}

/** The reason as a comment can hold it: one line, no `-->`; empty when nothing is left. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').replace(/--+>/g, (m) => `${m.slice(0, -1)} >`).trim();
}

/**
 * The insertions that accept a finding on `line` with `reason`: a
 * `disable-next-line` comment above the line, with its indentation, when the
 * line starts a paragraph; else a `disable` … `enable` pair around the
 * paragraph, so that no paragraph is split (Markdown would render the break).
 * Undefined when the reason is empty, the code unknown or the line past the end.
 */
export function acceptanceEdits(text: string, language: DocumentLanguage, line: number, code: string, reason: string): Insertion[] | undefined {
  const why = cleanReason(reason);
  if (!why || !SUPPRESSIBLE.includes(code) || !Number.isInteger(line) || line < 0) return undefined;
  const lines = lineSpans(text);
  if (line >= lines.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const directiveLines = new Set(findDirectives(text, language).map((d) => d.line.start));
  const blank = (i: number) => !text.slice(lines[i].start, lines[i].end).trim() || directiveLines.has(lines[i].start);
  const comment = (words: string, indent: string) => (language === 'markdown' ? `${indent}<!-- ${words} -->` : `${indent}${words}`);
  let first = line;
  while (first > 0 && !blank(first - 1)) first--;
  const indent = /^[ \t]*/.exec(text.slice(lines[first].start, lines[first].end))![0];
  if (first === line) return [{ offset: lines[line].start, newText: comment(`source-check-disable-next-line ${code} -- ${why}`, indent) + eol }];
  let last = line;
  while (last + 1 < lines.length && !blank(last + 1)) last++;
  return [
    { offset: lines[first].start, newText: comment(`source-check-disable ${code} -- ${why}`, indent) + eol },
    { offset: lines[last].end, newText: eol + comment(`source-check-enable ${code}`, indent) },
  ];
}

/** Each line's [start, end) without its break. */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; ; ) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    out.push({ start, end });
    if (end >= text.length) return out;
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
}
