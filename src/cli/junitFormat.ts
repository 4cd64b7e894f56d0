/**
 * `check --format junit`: JUnit XML for CI test reports, one testsuite per
 * draft and one testcase per finding (errors fail; suppressed ones are skipped).
 */
import { LineIndex } from '../core/lineIndex.ts';
import type { Finding } from '../core/types.ts';
import type { CheckReport } from './report.ts';

/** Text as XML character data or an attribute value: markup escaped, characters XML cannot hold dropped. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** The JUnit XML of a check. */
export function junitXml(report: CheckReport): string {
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const paths = [...new Set([...report.checkedPaths, ...report.files.map((f) => f.path)])];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const path of paths) {
    const f = byPath.get(path);
    const lines = new LineIndex(f?.text ?? '');
    const cases: string[] = [];
    const testcase = (d: Finding, body: string): string => {
      const p = lines.positionAt(d.start);
      const name = `${path}:${p.line + 1}:${p.character + 1} ${d.code}`;
      return `    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(path)}" file="${xmlEscape(path)}" line="${p.line + 1}">${body}</testcase>`;
    };
    let suiteFailures = 0;
    let skipped = 0;
    for (const d of f?.findings ?? []) {
      if (d.severity === 'error') {
        suiteFailures++;
        cases.push(testcase(d, `<failure message="${xmlEscape(d.message)}" type="${d.code}">${xmlEscape(`${d.severity} ${d.message} [${d.code}]`)}</failure>`));
      } else cases.push(testcase(d, `<system-out>${xmlEscape(`${d.severity} ${d.message} [${d.code}]`)}</system-out>`));
    }
    for (const s of f?.suppressed ?? []) {
      skipped++;
      cases.push(testcase(s.finding, `<skipped message="${xmlEscape(`suppressed: ${s.reason}`)}"/>`));
    }
    if (!cases.length) cases.push(`    <testcase name="${xmlEscape(path)}" classname="${xmlEscape(path)}" file="${xmlEscape(path)}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xmlEscape(path)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="source-check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>`;
}
