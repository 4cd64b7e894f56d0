import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, EXAMPLE, removeDir } from '../support/workspace.ts';
import { billionLaughs } from '../support/hostileRegistries.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  version: number;
  files: { path: string; diagnostics: { code: string; severity: string; message: string; start: number; end: number; range: { start: { line: number; character: number } }; sourceId: string | null; speakerId: string | null; status: string | null }[] }[];
}

const byFile = (out: JsonOut, name: string) => out.files.find((f) => f.path.endsWith(name))?.diagnostics ?? [];

test('check --format json on the example exits 1 with the story’s four findings', () => {
  const r = cli(['check', 'examples/newsroom', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.equal(out.version, 1);
  const announced = byFile(out, 'withdrawal-announced.md').filter((d) => d.code === 'source-status');
  assert.ok(announced.length >= 2, 'a source-status finding for each quote of the letter');
  assert.ok(announced.every((d) => d.severity === 'error' && d.sourceId === 'seely-letter' && d.status === 'draft'));
  assert.ok(announced.every((d) => /Mark Milley/.test(d.message) && /2020-01-06/.test(d.message)));
  const clarified = byFile(out, 'withdrawal-clarified.md').filter((d) => d.code === 'source-status');
  assert.ok(clarified.length >= 1 && clarified.every((d) => d.severity === 'information' && /acknowledged/.test(d.message)));
  const misquote = byFile(out, 'misquoted-letter.md').find((d) => d.code === 'misquote');
  assert.ok(misquote, 'a misquote in misquoted-letter.md');
  assert.match(misquote.message, /the movement out of Iraq/);
  const misattributed = byFile(out, 'misattributed.md').find((d) => d.code === 'misattributed-quote');
  assert.ok(misattributed, 'a misattributed quote in misattributed.md');
  assert.equal(misattributed.sourceId, 'milley-remarks-2020-01-06');
  assert.equal(misattributed.speakerId, 'william-seely');
});

test('offsets and zero-based ranges in JSON point at the quoted words', () => {
  const out = JSON.parse(cli(['check', 'examples/newsroom', '--format', 'json']).stdout) as JsonOut;
  const file = out.files.find((f) => f.path.endsWith('misquoted-letter.md'))!;
  const text = fs.readFileSync(path.resolve(ROOT, file.path), 'utf8');
  const d = file.diagnostics.find((x) => x.code === 'misquote')!;
  assert.ok(text.slice(d.start, d.end).startsWith('to ensure that the withdrawal'));
  const lines = text.slice(0, d.start).split('\n');
  assert.deepEqual(d.range.start, { line: lines.length - 1, character: lines[lines.length - 1].length });
});

test('text output is path:line:col severity message [code] with a summary', () => {
  const r = cli(['check', 'examples/newsroom']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /^examples\/newsroom\/drafts\/[\w-]+\.md:\d+:\d+ (error|warning|information|hint) .+ \[[a-z-]+\]$/);
  assert.match(lines[lines.length - 1], /^\d+ findings \(\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?\) in 4 drafts$/);
});

test('without the example’s settings, quoting a draft is a warning and the exit code is 0', () => {
  const r = cli(['check', 'examples/newsroom', '--no-config', '--format', 'json']);
  assert.equal(r.code, 0, r.stdout);
  const announced = byFile(JSON.parse(r.stdout) as JsonOut, 'withdrawal-announced.md').filter((d) => d.code === 'source-status');
  assert.ok(announced.length >= 2 && announced.every((d) => d.severity === 'warning'));
});

test('bad usage exits 2 with a message', () => {
  for (const args of [['frobnicate'], ['check', '--format', 'xml'], ['check', '--bogus'], ['check', 'no/such/path'], ['extract']]) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /source-check: /);
  }
});

test('--registry overrides the nearest sources/ folder; broken registry files appear with their positions', () => {
  const dir = copyExample();
  try {
    fs.writeFileSync(path.join(dir, 'sources', 'broken.yaml'), 'id: x\ntype: letter\nwhen: 2020\n');
    const r = cli(['check', path.join(dir, 'drafts'), '--format', 'json', '--no-config']);
    const out = JSON.parse(r.stdout) as JsonOut;
    const broken = out.files.find((f) => f.path.endsWith('broken.yaml'));
    assert.ok(broken, 'the broken registry file is listed');
    assert.equal(broken.diagnostics[0].code, 'registry-error');
    assert.deepEqual(broken.diagnostics[0].range.start, { line: 2, character: 0 });
    assert.equal(r.code, 1, 'a registry error is an error');
    assert.ok(byFile(out, 'withdrawal-announced.md').some((d) => d.code === 'source-status'), 'healthy entries still work');

    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    const other = cli(['check', path.join(dir, 'drafts'), '--format', 'json', '--no-config', '--registry', empty]);
    assert.equal(other.code, 0);
    assert.ok(!other.stdout.includes('source-status'));
  } finally {
    removeDir(dir);
  }
});

test('a registry of nested YAML aliases ("billion laughs") makes check exit 1 with the error at its file:line:col', () => {
  const dir = copyExample();
  try {
    fs.writeFileSync(path.join(dir, 'sources', 'lol.yaml'), billionLaughs());
    // a small heap and a timeout, so that a regression fails here instead of filling the machine's memory or hanging the run
    // (how long the registry takes to read is measured by `npm run bench`, group 8)
    const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, 'check', path.join(dir, 'drafts', 'withdrawal-announced.md'), '--no-config'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1, `exit ${r.status} ${r.signal ?? ''} ${r.stderr.slice(0, 300)}`);
    assert.match(r.stdout, /lol\.yaml:13:12 error alias `\*a8` stands for a value that holds aliases itself; .* \[registry-error\]/);
    assert.match(r.stdout, /withdrawal-announced\.md:\d+:\d+ .*\[source-status\]/, 'the draft is still checked');
  } finally {
    removeDir(dir);
  }
});

test('extract prints quotes with speakers and cues in the documented JSON shape', () => {
  const file = path.join(EXAMPLE, 'drafts', 'withdrawal-clarified.md');
  const r = cli(['extract', file, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { version: number; files: { path: string; quotes: { text: string; start: number; end: number; speaker: { name: string; id: string | null; start: number; end: number; text: string } | null; cue: { text: string } | null; sourceId: string | null }[] }[] };
  const text = fs.readFileSync(file, 'utf8');
  const quotes = out.files[0].quotes;
  assert.equal(quotes.length, 2);
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(quotes[0].speaker?.id, 'william-seely');
  assert.equal(quotes[1].speaker?.id, 'mark-milley');
  assert.equal(text.slice(quotes[1].speaker!.start, quotes[1].speaker!.end), quotes[1].speaker!.text);
  assert.match(quotes[1].cue?.text ?? '', /said/);
});

test('extract gives a pronoun the unregistered person it stands for, with the span where that name is written', () => {
  const dir = copyExample();
  try {
    const file = path.join(dir, 'drafts', 'patel.md');
    const text = 'Gen. Mark Milley spoke first.\n\nCouncil member Ravi Patel was less certain. "I have heard that promise before," he said.\n';
    fs.writeFileSync(file, text);
    const r = cli(['extract', file, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const [q] = (JSON.parse(r.stdout) as { files: { quotes: { speaker: { name: string; id: string | null; text: string; refersTo?: { start: number; end: number } } | null }[] }[] }).files[0].quotes;
    assert.equal(q.speaker?.text, 'he');
    assert.equal(q.speaker?.name, 'Ravi Patel');
    assert.equal(q.speaker?.id, null);
    assert.equal(text.slice(q.speaker!.refersTo!.start, q.speaker!.refersTo!.end), 'Ravi Patel');
  } finally {
    removeDir(dir);
  }
});

test('extract lists a quotation running over paragraphs once per paragraph, the later ones marked as continuing', () => {
  const dir = copyExample();
  try {
    const file = path.join(dir, 'drafts', 'over-paragraphs.md');
    const text = 'Milley said: "The letter was a draft.\n\n"It was unsigned," he said.\n';
    fs.writeFileSync(file, text);
    const r = cli(['extract', file, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const quotes = (JSON.parse(r.stdout) as { files: { quotes: { text: string; start: number; end: number; continues?: boolean; speaker: { text: string } | null }[] }[] }).files[0].quotes;
    assert.deepEqual(quotes.map((q) => [q.text, text.slice(q.start, q.end), q.speaker?.text, q.continues ?? false]), [
      ['The letter was a draft.', 'The letter was a draft.', 'Milley', false],
      ['It was unsigned,', 'It was unsigned,', 'Milley', true],
    ]);
  } finally {
    removeDir(dir);
  }
});

test('binary and missing drafts are skipped with a message, never a crash', () => {
  const dir = copyExample();
  try {
    fs.writeFileSync(path.join(dir, 'drafts', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = cli(['check', dir, '--no-config']);
    assert.match(r.stderr, /image\.md:1:1 skipped: file looks binary/);
    assert.equal(r.code, 0);
  } finally {
    removeDir(dir);
  }
});

test('an unbalanced quotation mark is reported at its path:line:col, and the other quotes are still checked', () => {
  const dir = copyExample();
  try {
    const draft = path.join(dir, 'drafts', 'unbalanced.md');
    fs.writeFileSync(draft, '# Notes\n\nThe letter said “troops would go, and then\n\nSeely wrote: "CJTF-OIR will be repositioning forces."\n');
    const r = cli(['check', draft, '--no-config']);
    assert.match(r.stdout, /unbalanced\.md:3:17 warning unclosed quotation: “ opens “troops would go, and then” but no ” closes it .*\[unclosed-quote\]/);
    assert.match(r.stdout, /unbalanced\.md:5:\d+ .*\[source-status\]/);
    assert.equal(fs.readFileSync(draft, 'utf8').includes('“troops'), true, 'the draft is left as it was');
    // extract lists the mark too
    const out = JSON.parse(cli(['extract', draft, '--format', 'json']).stdout) as { files: { unclosed: { start: number; end: number }[] }[] };
    const text = fs.readFileSync(draft, 'utf8');
    assert.deepEqual(out.files[0].unclosed, [{ start: text.indexOf('“'), end: text.indexOf('“') + 1 }]);
  } finally {
    removeDir(dir);
  }
});
