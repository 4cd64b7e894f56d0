/**
 * Quick fixes: the edits findings offer for a span of the draft.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import type { Finding, QuickFix, Span } from '../types.ts';

/** A quick fix together with the finding it resolves. */
export interface CodeAction {
  fix: QuickFix;
  finding: Finding;
}

/** The quick fixes of findings that overlap `span`. */
export function codeActions(doc: CheckedDocument, span: Span): CodeAction[] {
  const out: CodeAction[] = [];
  for (const finding of doc.findings) {
    if (finding.end < span.start || finding.start > span.end) continue;
    for (const fix of finding.fixes ?? []) out.push({ fix, finding });
  }
  return out;
}
