/**
 * `check --fix`: the safe quick fixes (a misquote -> the source's verbatim
 * words, closing an unclosed quotation), taken from the same core code
 * actions the editor offers, applied from the end of the text.
 */
import type { CheckedDocument } from '../core/check/checkDocument.ts';
import { codeActions } from '../core/features/codeActions.ts';
import type { DiagnosticCode, QuickFix } from '../core/types.ts';

/** The codes whose quick fix `--fix` applies without asking. */
export const SAFE_FIX_CODES: ReadonlySet<DiagnosticCode> = new Set(['misquote', 'unclosed-quote']);

/** One edit `--fix` makes, with the code of the finding it resolves. */
export interface FixEdit extends QuickFix {
  code: DiagnosticCode;
}

/** The safe fixes of a checked draft: one per finding, sorted, none overlapping another (the later one is dropped). */
export function safeFixes(doc: CheckedDocument): FixEdit[] {
  const edits = codeActions(doc, { start: 0, end: doc.text.length })
    .filter(({ finding }) => SAFE_FIX_CODES.has(finding.code))
    .map(({ fix, finding }) => ({ ...fix, code: finding.code }))
    .filter((e) => e.start >= 0 && e.start <= e.end && e.end <= doc.text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: FixEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && (e.start < last.end || (e.start === last.start && e.end === last.end))) continue; // overlaps, or a second edit of the same span
    out.push(e);
  }
  return out;
}

/** The text with the edits made, the last first so that earlier offsets stay true. */
export function applyEdits(text: string, edits: readonly QuickFix[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** How many findings of the safe-fix codes a checked draft has. */
export function fixableCount(doc: CheckedDocument): number {
  return doc.findings.filter((f) => SAFE_FIX_CODES.has(f.code)).length;
}
