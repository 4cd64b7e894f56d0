/**
 * `check --format github`: GitHub Actions workflow commands, one a finding,
 * which annotate the pull request's files (`::error file=…,line=…::message`).
 */
import { LineIndex } from '../core/lineIndex.ts';
import type { Severity } from '../core/types.ts';
import type { CheckReport } from './report.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A command's message, escaped as the Actions toolkit does (`escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value, escaped as the Actions toolkit does (`escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow commands of a check, one line a finding (1-based lines and columns). */
export function githubCommands(report: CheckReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    const lines = new LineIndex(f.text);
    for (const d of f.findings) {
      const r = lines.rangeOf(d);
      const props: [string, string | number][] = [
        ['file', f.path.replace(/\\/g, '/')],
        ['line', r.start.line + 1],
        ['col', r.start.character + 1],
        ['endLine', r.end.line + 1],
        ['endColumn', r.end.character + 1],
        ['title', `Source Check: ${d.code}`],
      ];
      out.push(`::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(d.message)}`);
    }
  }
  return out.join('\n');
}
