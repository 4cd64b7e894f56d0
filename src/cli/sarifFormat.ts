/**
 * `check --format sarif`: a SARIF 2.1.0 log for code scanning (GitHub's
 * upload-sarif and other SARIF viewers), one run, a rule per diagnostic code.
 */
import type * as Sarif from 'sarif';
import { LineIndex } from '../core/lineIndex.ts';
import { DEFAULT_SETTINGS, docsLink, type Settings } from '../core/settings.ts';
import { DIAGNOSTIC_CODES, type Finding, type Severity, type Span } from '../core/types.ts';
import { CODE_DESCRIPTIONS, type CheckReport } from './report.ts';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The SARIF log of a check, as an object. */
export function sarifLog(report: CheckReport, version: string): Sarif.Log {
  const docs: Settings = { ...DEFAULT_SETTINGS, docsBase: report.docsBase };
  const rules: Sarif.ReportingDescriptor[] = DIAGNOSTIC_CODES.map((code) => ({
    id: code,
    shortDescription: { text: CODE_DESCRIPTIONS[code] },
    helpUri: docsLink(docs, code),
  }));
  const lineIndexes = new Map<string, LineIndex | undefined>();
  const linesOf = (file: string, text?: string): LineIndex | undefined => {
    if (!lineIndexes.has(file)) {
      const t = text ?? report.textOf(file);
      lineIndexes.set(file, t === undefined ? undefined : new LineIndex(t));
    }
    return lineIndexes.get(file);
  };
  const location = (file: string, span: Span, lines: LineIndex | undefined): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: { uri: uriOf(report.display(file)) },
      ...(lines ? { region: regionOf(lines, span) } : {}),
    },
  });
  const result = (file: string, lines: LineIndex, finding: Finding, reason?: string): Sarif.Result => ({
    ruleId: finding.code,
    ruleIndex: DIAGNOSTIC_CODES.indexOf(finding.code),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(file, finding, lines)],
    ...(finding.related?.length
      ? { relatedLocations: finding.related.map((r, i) => ({ id: i, message: { text: r.message }, ...location(r.path, r, linesOf(r.path)) })) }
      : {}),
    ...(reason !== undefined ? { suppressions: [{ kind: 'inSource' as const, justification: reason }] } : {}),
  });
  const results: Sarif.Result[] = [];
  for (const f of report.files) {
    const lines = linesOf(f.path, f.text)!;
    for (const d of f.findings) results.push(result(f.path, lines, d));
    for (const s of f.suppressed ?? []) results.push(result(f.path, lines, s.finding, s.reason));
  }
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'source-check', version, informationUri: report.docsBase, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** SARIF regions are 1-based; the end column is the one after the last character. */
function regionOf(lines: LineIndex, span: Span): Sarif.Region {
  const range = lines.rangeOf(span);
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** A relative path as a URI reference (each segment escaped); an absolute one as a file: URI. */
function uriOf(shown: string): string {
  const posix = shown.replace(/\\/g, '/');
  const escaped = posix.split('/').map(encodeURIComponent).join('/');
  if (/^[a-z]:\//i.test(posix)) return `file:///${escaped.replace('%3A', ':')}`;
  return posix.startsWith('/') ? `file://${escaped}` : escaped;
}
