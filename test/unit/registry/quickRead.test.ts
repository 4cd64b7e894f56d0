import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryParse } from '../../../src/core/registry/fastParse.ts';
import { quickRead } from '../../../src/core/registry/quickRead.ts';
import { prng } from '../../support/random.ts';

const dataOf = (entries: ReturnType<typeof quickRead>) => entries?.map((e) => Object.fromEntries([...e.fields].map(([k, f]) => [k, [f.data, f.isList, f.items.length]])));

/** Values a generated registry holds. */
const TYPICAL = ['plain words', 'Gen. Mark Milley', '2020-01-06', '"A statement, with \\"quotes\\" and a comma."', '[Milley, Gen. Milley]', 'verified', "'it''s'", 'draft # note'];
/** Values of every kind a registry line may hold, typical and tricky. */
const VALUES = [
  'plain words', 'Gen. Mark Milley', '2020-01-06', '2020-1-6', '42', '-3', '+5', '010', '0x1F', '1e3', '.5', '1_000', 'true', 'False', 'yes', 'null', '~', 'Null',
  '"double \\"quoted\\" with \\\\ and \\n"', '"tab\\there"', '"\\x41 escape"', '"unicode \\u00e9"', "'single ''quoted'''", "'it''s'", '"unterminated', "'unterminated",
  '[a, b, c]', '[Milley, "Gen. Milley"]', '[]', '[a,, b]', '[a, [b]]', '{a: 1}', '|', '>', '&anchor x', '*alias', '!tag x', 'a: b', 'trailing colon:',
  'value # comment', 'value#hash', '"q" # comment', '@at', '`tick', '% pct', 'https://example.com/a#b', 'x - y', '- dash', '? q', ': c', '',
];

test('the line reader gives exactly what js-yaml gives, or declines', () => {
  let accepted = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const random = prng(seed);
    const lines: string[] = [];
    const entries = 1 + Math.floor(random() * 4);
    for (let e = 0; e < entries; e++) {
      if (random() < 0.1) lines.push('# a comment');
      lines.push(`- id: e${e}`);
      const keys = ['name', 'text', 'aliases', 'date', 'status', 'title', 'seenBy'];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const key = random() < 0.05 ? 'name' : keys[Math.floor(random() * keys.length)];
        const pool = random() < 0.8 ? TYPICAL : VALUES;
        lines.push(`  ${key}: ${pool[Math.floor(random() * pool.length)]}`);
        if (random() < 0.05) lines.push('');
      }
    }
    const text = lines.join('\n') + (random() < 0.5 ? '\n' : '');
    const file = { path: `/r/${seed}.yaml`, text };
    const quick = quickRead(file);
    if (!quick) continue;
    accepted++;
    assert.deepEqual(dataOf(quick), dataOf(libraryParse(file)), text);
  }
  assert.ok(accepted > 50, `the reader should accept the plain files (${accepted} of 300)`);
});

test('the line reader reads a generated registry file like js-yaml', () => {
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    lines.push(`- id: s${i}`, '  type: statement', `  title: Statement ${i}`, `  speaker: speaker-${i % 7}`, `  date: 2016-0${1 + (i % 9)}-1${i % 10}`);
    lines.push(`  status: ${['verified', 'draft', 'disputed'][i % 3]}`, `  text: "Words of statement ${i}, said \\"plainly\\" on the record."`, `  aliases: [the statement ${i}, "statement #${i}"]`);
  }
  const file = { path: 'part.yaml', text: lines.join('\n') + '\n' };
  const quick = quickRead(file);
  assert.ok(quick, 'a generated file is read by the line reader');
  assert.equal(quick.length, 200);
  assert.deepEqual(dataOf(quick), dataOf(libraryParse(file)));
});

test('the line reader declines what it does not read: nesting, multi-line values, tabs, duplicate keys', () => {
  for (const text of ['- id: a\n  note: |\n    two\n    lines\n', '- id: a\n  map:\n    k: v\n', '- id: a\n\tname: x\n', '- id: a\n  id: b\n', 'id: a\n', '- id: "a\n  b"\n']) {
    assert.equal(quickRead({ path: 'x.yaml', text }), undefined, JSON.stringify(text));
  }
});
