import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { LineIndex } from '../../../src/core/lineIndex.ts';
import { quickLocate } from '../../../src/core/registry/quickLocate.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { RegistryStore } from '../../../src/host/registryStore.ts';
import { billionLaughs, spacedValue } from '../../support/hostileRegistries.ts';

const at = (text: string, offset: number) => {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};

test('nested YAML aliases ("billion laughs", 9 levels) are a registry-error at the alias, read in little memory', () => {
  // expanded, the aliases stand for 9^9 values (how long the file takes to read: `npm run bench`, group 8)
  const text = billionLaughs();
  assert.ok(text.length < 600);
  const rss = process.memoryUsage().rss;
  const r = new Registry([{ path: 'lol.yaml', text }]);
  assert.ok(process.memoryUsage().rss - rss < 200 * 1024 * 1024, 'the process stays small');
  const nested = r.problems.filter((p) => /alias `\*a8` stands for a value that holds aliases itself/.test(p.message));
  assert.equal(nested.length, 1);
  assert.equal(text.slice(nested[0].start, nested[0].end), '*a8');
  assert.equal(at(text, nested[0].start), '13:12');
  const source = r.sources.get('lol')!;
  assert.equal(source.text, 'hello there', 'the rest of the entry survives');
  assert.deepEqual(source.aliases, [], 'the aliased field is left out');
});

test('aliases of text work; past 100 aliases in a file each further one is an error at it and its field is left out', () => {
  const lines = ['- id: s', '  type: statement', '  title: &t The Title', '  text: *t'];
  for (let i = 0; i < 101; i++) lines.push(`- {id: s${i}, type: statement, title: *t}`);
  const text = lines.join('\n') + '\n';
  const r = new Registry([{ path: 'many.yaml', text }]);
  assert.equal(r.sources.get('s')!.text, 'The Title');
  assert.equal(r.sources.get('s98')!.title, 'The Title');
  assert.equal(r.problems.length, 2, r.problems.map((p) => p.message).join('\n'));
  assert.match(r.problems[0].message, /^too many aliases: `\*t` is alias number 101 in this file; expected at most 100$/);
  assert.equal(at(text, r.problems[0].start), '104:37');
  assert.ok(r.sources.has('s100') && r.sources.get('s100')!.title === undefined, 'the entry survives without the field');
});

test('an alias of an anchor never set is an error at the alias, not a crash', () => {
  const text = '- id: a\n  type: person\n  name: A\n  aliases: *nowhere\n';
  const r = new Registry([{ path: 'a.yaml', text }]);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0].message, /unknown alias `\*nowhere`/);
  assert.equal(text.slice(r.problems[0].start, r.problems[0].end), '*nowhere');
  assert.equal(r.speakers.get('a')!.name, 'A');
});

test('names and aliases over 300 characters, more than 1,000 aliases and texts over 1,000,000 characters are errors where they are; the rest survives', () => {
  const long = 'N'.repeat(301);
  const aliases = Array.from({ length: 1001 }, (_, i) => `A${i}`);
  const text = [
    '- id: p', '  type: person', `  name: ${long}`, `  aliases: [Pea, ${'P'.repeat(400)}, Pee]`,
    '- id: q', '  type: person', '  name: Q', `  aliases: [${aliases.join(', ')}]`,
    '- id: s', '  type: statement', '  title: Long', `  text: ${'word '.repeat(200_001).trim()}`, '  status: draft',
  ].join('\n') + '\n';
  const r = new Registry([{ path: 'big.yaml', text }]);
  const messages = r.problems.map((p) => `${at(text, p.start)} ${p.message}`);
  assert.deepEqual(messages, [
    '3:9 `name` is 301 characters long; expected at most 300 (it is left out)',
    '4:18 item 2 of `aliases` is 400 characters long; expected at most 300 (it is left out)',
    '8:12 `aliases` has 1,001 items; expected at most 1,000 per entry (the field is left out)',
    '12:9 `text` is 1,000,004 characters long; expected at most 1,000,000 (it is left out)',
  ]);
  const p = r.speakers.get('p')!;
  assert.equal(p.name, 'p', 'a speaker without a usable name goes by its id');
  assert.deepEqual(p.aliases, ['Pea', 'Pee']);
  assert.deepEqual(r.speakers.get('q')!.aliases, []);
  const s = r.sources.get('s')!;
  assert.equal(s.text, undefined);
  assert.equal(s.status, 'draft');
});

test('a registry file over 64 MB is a registry-error at its start and is not read', () => {
  const huge = '# ' + 'x'.repeat(64 * 1024 * 1024);
  const r = new Registry([{ path: 'huge.yaml', text: huge }, { path: 'ok.yaml', text: 'id: ok\ntype: person\nname: OK\n' }]);
  assert.equal(r.problems.length, 1);
  assert.deepEqual([r.problems[0].path, r.problems[0].start, r.problems[0].end], ['huge.yaml', 0, 0]);
  assert.match(r.problems[0].message, /^registry file is 67,108,866 characters long; expected at most 67,108,864/);
  assert.ok(r.speakers.has('ok'));
});

test('quick location searches the id as a string: a 100,000-character id, or a value with a long run of spaces, is no trouble', () => {
  const id = 'a'.repeat(100_000);
  const text = `- id: ${id}\n  type: person\n`;
  const loc = quickLocate('p.yaml', text, id)!;
  assert.equal(loc.id.start, 6);
  assert.equal(text.slice(loc.fields.type.start, loc.fields.type.end), 'person');
  const spaced = spacedValue(3000);
  // (a pattern built from the id backtracked over the run of spaces; how long it takes: `npm run bench`, group 8)
  const found = quickLocate('s.yaml', spaced, 'b')!;
  assert.equal(spaced.slice(found.fields.text.start, found.fields.text.end), `x${' '.repeat(3000)}y`);
});

test('registry error spans never end past the end of the file', () => {
  for (const text of ['id: [unclosed', 'id: a\ntype: person\nname: "unclosed', '[', '{', '- id: a\n  type: person\n  name: {']) {
    const r = new Registry([{ path: 'end.yaml', text }]);
    assert.ok(r.problems.length > 0, text);
    for (const p of r.problems) assert.ok(p.start <= p.end && p.end <= text.length, `${JSON.stringify(text)}: ${p.start}-${p.end} of ${text.length}: ${p.message}`);
  }
  const empty = new Registry([{ path: 'empty.yaml', text: '' }, { path: 'blank.json', text: '' }]);
  for (const p of empty.problems) assert.ok(p.start === 0 && p.end === 0, p.message);
});

test('on disk, a registry file over 64 MB is a registry-error at its start saying so, and is not read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-size-'));
  try {
    fs.mkdirSync(path.join(dir, 'sources'));
    const huge = path.join(dir, 'sources', 'huge.yaml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 65 * 1024 * 1024); // sparse: nothing is written
    fs.writeFileSync(path.join(dir, 'sources', 'ok.yaml'), 'id: ok\ntype: person\nname: OK\n');
    const r = new RegistryStore([path.join(dir, 'sources')]).registryOf([path.join(dir, 'sources')]);
    assert.deepEqual(r.problems.map((p) => [path.basename(p.path), p.start, p.end, p.message]), [
      ['huge.yaml', 0, 0, 'registry file is 65.0 MB; expected at most 64 MB (it is not read)'],
    ]);
    assert.ok(r.speakers.has('ok'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a huge unknown field name is shown shortened in its message', () => {
  const key = 'k'.repeat(100_000);
  const r = new Registry([{ path: 'key.yaml', text: `id: a\ntype: person\nname: A\n${key}: x\n` }]);
  for (const p of r.problems) assert.ok(p.message.length < 400, `message of ${p.message.length} characters`);
  const unknown = r.problems.find((p) => p.message.startsWith('unknown field'))!;
  assert.match(unknown.message, /^unknown field `k{60}… \(100,000 characters\)` in a speaker entry/);
  assert.equal(unknown.end - unknown.start, 100_000, 'at the whole key');
});

test('lists nested 100,000 deep are an error saying so, not a crash', () => {
  const text = 'id: a\ntype: person\nname: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n';
  const r = new Registry([{ path: 'deep.yaml', text }]);
  assert.ok(r.problems.some((p) => p.message === 'YAML syntax: nested too deeply to read; expected text, or a list of text, as a field value'), r.problems.map((p) => p.message).join('\n'));
  assert.ok(r.speakers.has('a'));
});
