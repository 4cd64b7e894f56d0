import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { cli } from './runCli.ts';

interface Matcher {
  name: string;
  owner: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

test('the problemMatcher contributed in package.json reads every finding of `check --format text`, as the JSON has them', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers?: Matcher[] } };
  const matcher = pkg.contributes.problemMatchers?.find((m) => m.name === 'source-check');
  assert.ok(matcher, 'a problemMatcher named source-check');
  assert.equal(matcher.owner, 'source-check');
  const re = new RegExp(matcher.pattern.regexp);
  const text = cli(['check', 'examples/newsroom']);
  const json = JSON.parse(cli(['check', 'examples/newsroom', '--format', 'json']).stdout) as { files: { path: string; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
  const expected = json.files.flatMap((f) => f.diagnostics.map((d) => [f.path, d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message, d.code]));
  const lines = text.stdout.trim().split('\n');
  const matched = lines.map((l) => re.exec(l)).filter((m) => m !== null);
  assert.equal(matched.length, lines.length - 1, 'every line but the summary');
  assert.equal(re.exec(lines[lines.length - 1]), null, 'the summary is no problem');
  const p = matcher.pattern;
  assert.deepEqual(matched.map((m) => [m[p.file], Number(m[p.line]), Number(m[p.column]), m[p.severity], m[p.message], m[p.code]]), expected);
  assert.ok(expected.length >= 6);
});
