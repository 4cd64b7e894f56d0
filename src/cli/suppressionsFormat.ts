/**
 * Output of `source-check suppressions` (the audit list of suppression
 * comments) and the `suppressed` entries of `check --format json`.
 */
import { LineIndex } from '../core/lineIndex.ts';
import type { SuppressedFinding, Suppression } from '../core/suppressions/suppress.ts';

/** The suppression comments of one draft, with its text for positions. */
export interface FileSuppressions {
  path: string;
  text: string;
  suppressions: Suppression[];
}

/** JSON of `suppressions` (version 1): per file, each comment with its codes, reason and what it set aside. */
export function suppressionsJson(files: FileSuppressions[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => {
      const lines = new LineIndex(f.text);
      return {
        path: f.path,
        suppressions: f.suppressions.map((s) => ({
          kind: s.kind,
          line: lines.positionAt(s.start).line,
          codes: s.codes,
          reason: s.reason,
          range: lines.rangeOf(s),
          suppressed: s.suppressed.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end, range: lines.rangeOf(d), status: d.status ?? null })),
        })),
      };
    }),
  }, null, 2);
}

/** Text of `suppressions`: `path:line codes — reason`, then one indented line per finding set aside. */
export function suppressionsText(files: FileSuppressions[]): string {
  const out: string[] = [];
  let count = 0;
  for (const f of files) {
    const lines = new LineIndex(f.text);
    for (const s of f.suppressions) {
      count++;
      out.push(`${f.path}:${lines.positionAt(s.start).line + 1} ${s.kind} ${s.codes.join(', ')} — ${s.reason}`);
      if (!s.suppressed.length) out.push('  (suppresses nothing)');
      for (const d of s.suppressed) {
        const p = lines.positionAt(d.start);
        out.push(`  ${f.path}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.message} [${d.code}]`);
      }
    }
  }
  out.push(`${count} suppression${count === 1 ? '' : 's'} in ${files.length} draft${files.length === 1 ? '' : 's'}`);
  return out.join('\n');
}

/** The `suppressed` entries of one file in `check --format json`: each finding set aside, with the reason and the comment's line. */
export function suppressedJson(suppressed: SuppressedFinding[], lines: LineIndex): object[] {
  return suppressed.map(({ finding: d, reason, by }) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    start: d.start,
    end: d.end,
    range: lines.rangeOf(d),
    sourceId: d.sourceId ?? null,
    status: d.status ?? null,
    reason,
    suppressionLine: lines.positionAt(by.start).line,
  }));
}
