import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import type { Finding } from '../../../src/core/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DiagnosticMemo, DraftDiagnostics, toDiagnostic } from '../../../src/server/convert.ts';
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

test('a draft\'s diagnostics walked beside its last publish are those built afresh after every edit, and the kept ones the objects published before', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const published = new DraftDiagnostics(new DiagnosticMemo());
  const linesOf = (p: string) => registry.linesOf(p);
  const heads = [
    '# A story',
    '# A storyx', // characters on the first line: every quote moves along its own line
    '# A\nstory', // a line break: every quote one line down
    '# A\nstory\n\n"Repositioning forces is not a retreat," Milley said.', // a quote added before the others
    '# A\nstory', // and gone again
    '# A story',
  ];
  let last: { findings: Finding[]; diagnostics: object[] } | undefined;
  for (const head of heads) {
    const draft = draftOf(head);
    const checked = checkDocument(draft, registry, DEFAULT_SETTINGS, cache);
    const diagnostics = published.diagnosticsOf(checked.findings, checked.lines, linesOf, DEFAULT_SETTINGS, '/ws/d.md');
    const full = checkDocument(draft, registry, DEFAULT_SETTINGS);
    assert.deepEqual(diagnostics, full.findings.map((f) => toDiagnostic(f, full.lines, linesOf, DEFAULT_SETTINGS)), head);
    if (last) {
      const before = last;
      const kept = checked.findings.filter((f) => before.findings.includes(f));
      assert.ok(kept.length >= 8, `${head}: the findings of quotes the edit did not touch are kept (${kept.length})`);
      for (const f of kept) {
        const old = before.diagnostics[before.findings.indexOf(f)] as { range: unknown };
        const now = diagnostics[checked.findings.indexOf(f)];
        // the same object exactly when it is where it was
        assert.equal(now === old, JSON.stringify(now.range) === JSON.stringify(old.range), `${head}: ${f.code} at ${f.start}`);
      }
    }
    last = { findings: checked.findings, diagnostics };
  }
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

test('publishDiagnostics messages after one another are written as JSON.stringify writes them, runs of the last message\'s diagnostics copied from its bytes', () => {
  const d = (n: number) => ({ range: { start: { line: n, character: 0 }, end: { line: n, character: 2 } }, severity: 2, code: 'misquote', message: `finding ${n} — “é” 😀`, data: { n } });
  const pool = Array.from({ length: 30 }, (_, n) => d(n));
  const uri = 'file:///ws/runs.md';
  const encoded = (diagnostics: object[], version: number) => encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } } as never).toString('utf8');
  const lists = [
    pool.slice(0, 20),
    [...pool.slice(0, 5), d(100), ...pool.slice(5, 20)], // one inserted
    [...pool.slice(0, 3), ...pool.slice(6, 20)], // some gone
    [...pool.slice(10, 20), ...pool.slice(0, 10)], // reordered
    [pool[0], ...pool.slice(15, 30)], // a run past the look-ahead, and new ones at the end
    [],
    [pool[1], d(101), pool[1]], // the same object twice
  ];
  lists.forEach((diagnostics, i) => {
    const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: i, diagnostics } };
    assert.equal(encoded(diagnostics, i), JSON.stringify(msg), `message ${i}`);
  });
  // another URI between two messages of this one: each is written from its own last message
  assert.equal(encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///ws/other.md', diagnostics: pool.slice(2, 4) } } as never).toString(), JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///ws/other.md', diagnostics: pool.slice(2, 4) } }));
  assert.equal(encoded(pool.slice(1, 6), 9), JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 9, diagnostics: pool.slice(1, 6) } }));
});

test('LineIndex.isAt says whether a kept position is where an offset now is, exactly as positionAt would place it', () => {
  // texts with every line ending, empty lines, and a line break at either end
  const texts = ['', 'a', '\n', 'ab\ncd', 'ab\r\ncd\r\n', '\r\r\n\n', 'x\ry\n\nz', '\nfirst\r\n\r\nlast line'];
  let rnd = 7;
  const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 40; i++) texts.push(Array.from({ length: 1 + Math.floor(next() * 60) }, () => ['a', 'b', ' ', '\n', '\r\n', '\r'][Math.floor(next() * 6)]).join(''));
  for (const text of texts) {
    const lines = new LineIndex(text);
    const positions = Array.from({ length: text.length + 3 }, (_, i) => lines.positionAt(i - 1));
    for (let o = -1; o <= text.length + 1; o++) {
      const at = lines.positionAt(o);
      for (const p of [...positions, { line: at.line, character: at.character + 1 }, { line: at.line + 1, character: 0 }, { line: -1, character: 0 }, { line: at.line, character: -1 }]) {
        const expected = p.line === at.line && p.character === at.character;
        assert.equal(lines.isAt(p, o), expected, `${JSON.stringify(text)}: isAt(${JSON.stringify(p)}, ${o}) should be ${expected} (positionAt gives ${JSON.stringify(at)})`);
      }
    }
  }
});

test('a kept finding whose own range stays but whose related place in the draft moved to another line gets a new diagnostic', () => {
  const memo = new DiagnosticMemo();
  let current = new LineIndex('abcd\nefghijk\n');
  const linesOf = () => current; // the draft's own lines, as the session's linesOf gives them for the draft
  const finding = { code: 'misquote', severity: 'warning', message: 'm', start: 1, end: 3, related: [{ path: '/d.md', start: 8, end: 10, message: 'here' }] } as unknown as Finding;
  const first = memo.diagnosticOf(finding, current, linesOf, DEFAULT_SETTINGS, '/d.md');
  assert.deepEqual(first.relatedInformation?.[0].location.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } });
  current = new LineIndex('abcd\nefghijk\n');
  assert.equal(memo.diagnosticOf(finding, current, linesOf, DEFAULT_SETTINGS, '/d.md'), first, 'nothing moved: the kept diagnostic');
  // a line break added between the finding and its related place: offsets as before, the related place one line down
  current = new LineIndex('abcd\nef\nghij\n');
  const moved = memo.diagnosticOf(finding, current, linesOf, DEFAULT_SETTINGS, '/d.md');
  assert.notEqual(moved, first);
  assert.deepEqual(moved.relatedInformation?.[0].location.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
});
