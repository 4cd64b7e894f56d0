import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DiagnosticMemo, toDiagnostic } from '../../../src/server/convert.ts';
import { encodeMessage } from '../../../src/server/diagnosticsJson.ts';
import { registryOf } from '../../support/drafts.ts';

const FILLER = 'Plain reporting with nothing quoted in it, long enough to keep one paragraph away from the next. '.repeat(5);
const draftOf = (head: string) => ({
  path: '/ws/d.md',
  language: 'markdown' as const,
  text: `${head}\n\n${Array.from({ length: 8 }, (_, i) => `${FILLER}\n\n"CJTF-OIR will be repositioning forces over the course of the coming days," Milley said in paragraph ${i}.`).join('\n\n')}\n`,
});

test('an edit keeps the finding objects, and their diagnostics, of quotes it did not touch', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const memo = new DiagnosticMemo();
  const linesOf = (p: string) => registry.linesOf(p);
  const before = checkDocument(draftOf('# A story'), registry, DEFAULT_SETTINGS, cache);
  assert.ok(before.findings.length >= 8, `expected a finding per quote, got ${before.findings.length}`);
  const shown = before.findings.map((f) => memo.diagnosticOf(f, before.lines, linesOf, DEFAULT_SETTINGS, '/ws/d.md'));
  // one character more in the heading: every quote moves along its own line, none is touched
  const after = checkDocument(draftOf('# A storyx'), registry, DEFAULT_SETTINGS, cache);
  const full = checkDocument(draftOf('# A storyx'), registry, DEFAULT_SETTINGS);
  assert.deepEqual(after.findings, full.findings);
  // (source-status reads the whole draft, whether it reports the label: it is made anew by every check)
  const perQuote = after.findings.filter((f) => f.code !== 'source-status');
  assert.equal(perQuote.length, 8);
  assert.ok(perQuote.every((f) => before.findings.includes(f)), 'every finding of a quote rule is the object the last check made');
  const again = after.findings.map((f) => memo.diagnosticOf(f, after.lines, linesOf, DEFAULT_SETTINGS, '/ws/d.md'));
  assert.deepEqual(again, full.findings.map((f) => toDiagnostic(f, full.lines, linesOf, DEFAULT_SETTINGS)));
  assert.ok(perQuote.every((f) => again[after.findings.indexOf(f)] === shown[before.findings.indexOf(f)]), 'the diagnostics of kept findings on unmoved lines are the ones built before');
});

test('a kept finding whose line moved gets a new diagnostic at its new range', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const memo = new DiagnosticMemo();
  const linesOf = (p: string) => registry.linesOf(p);
  const before = checkDocument(draftOf('# A story'), registry, DEFAULT_SETTINGS, cache);
  const shown = before.findings.map((f) => memo.diagnosticOf(f, before.lines, linesOf, DEFAULT_SETTINGS, '/ws/d.md'));
  const after = checkDocument(draftOf('# A\nstory'), registry, DEFAULT_SETTINGS, cache);
  const again = after.findings.map((f) => memo.diagnosticOf(f, after.lines, linesOf, DEFAULT_SETTINGS, '/ws/d.md'));
  const full = checkDocument(draftOf('# A\nstory'), registry, DEFAULT_SETTINGS);
  assert.deepEqual(again, full.findings.map((f) => toDiagnostic(f, full.lines, linesOf, DEFAULT_SETTINGS)));
  assert.ok(again.every((d, i) => d !== shown[i] && d.range.start.line === shown[i].range.start.line + 1));
});

test('a publishDiagnostics message is written as JSON.stringify writes it, kept diagnostics from their first bytes', () => {
  const diagnostics = [
    { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 9 } }, severity: 2, code: 'misquote', source: 'source-check', message: 'quotes “Statement 0” — \u0000 "x" \\ é 😀', data: { sourceId: 's0' } },
    { range: { start: { line: 3, character: 0 }, end: { line: 4, character: 2 } }, message: 'two' },
  ];
  for (const msg of [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///ws/d%20x.md', version: 3, diagnostics } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///ws/e.md', diagnostics: [] } },
    { jsonrpc: '2.0', id: 4, result: { contents: 'hover “text”' } },
  ]) {
    assert.equal(encodeMessage(msg as never).toString('utf8'), JSON.stringify(msg));
  }
  const first = encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics } } as never).toString();
  // (the session never changes a diagnostic it published: a kept one is written from the bytes it had)
  diagnostics[1].message = 'changed';
  const second = encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics } } as never).toString();
  assert.equal(second, first);
});
