import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';
import { bmpClassBody, isNarrow, narrowSource } from '../../../src/core/extract/narrowClasses.ts';
import { NARROW_WINDOWS, patternsFor } from '../../../src/core/extract/patterns.ts';

test('each written-out class holds exactly the characters below U+10000 that have the property', () => {
  for (const name of ['L', 'Lu', 'Ll', 'N']) {
    const written = new RegExp(`^[${bmpClassBody(name)}]$`, 'u');
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    let differ = 0;
    let members = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (property.test(ch)) members++;
      if (written.test(ch) !== property.test(ch)) differ++;
    }
    assert.equal(differ, 0, `\\p{${name}}: ${differ} characters differ`);
    assert.ok(members > 0, `\\p{${name}} has members below U+10000`);
  }
  // (the class syntax characters are escaped: a class that held "-" or "]" unescaped would match more, or not compile)
  assert.doesNotMatch(bmpClassBody('L'), /(?<!\\)[\]\\^[]/);
});

test('a narrowed pattern matches where the original does on text without astral characters', () => {
  const sources = [
    '(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\'’-]*\\s+(said|says)',
    '[^\\p{L}\\s]+\\p{Ll}{2,}',
    '\\b\\p{N}+(?:\\.\\p{N}+)?\\s*(?:percent|%)',
    '(?<=[\\p{L}\\p{N})]),\\s+(says)\\s+(\\p{Lu}\\p{Ll}+)',
  ];
  const texts = [
    'The plan, says Ann Roe, is over.', 'Ðorđe Šarić said it; ΑΘΗΝΑ says no.', '“Ça va,” dit Élodie. 3.5 percent said yes.',
    'Mr. Ōtani says 42 % and ٣٤ percent', 'Straße, says Groß', '東京 said 五 percent', 'no capitals here at all',
  ];
  for (const source of sources) {
    for (const flags of ['u', 'gu', 'du']) {
      const original = new RegExp(source, flags);
      const narrow = new RegExp(narrowSource(source), flags);
      assert.notEqual(narrow.source, original.source);
      for (const text of texts) {
        const a = text.match(original);
        const b = text.match(narrow);
        assert.deepEqual(b && [...b], a && [...a], `${source} /${flags} on ${JSON.stringify(text)}`);
      }
    }
  }
  // escapes stay as they are: an escaped backslash before "p{L}" is no property, nor is a class's escaped bracket
  assert.equal(narrowSource('\\\\p{L}\\[x\\]'), '\\\\p{L}\\[x\\]');
});

test('text with an astral character or a lone surrogate is read by the full patterns', () => {
  assert.equal(isNarrow('Ann Roe said “no” — 3.5 percent'), true);
  assert.equal(isNarrow('Ann Roe said 😀'), false);
  assert.equal(isNarrow('a lone \ud835 surrogate'), false);
  const patterns = patternsFor((window) => window);
  assert.equal(patterns.forText('plain text'), patterns.forText('more plain text'));
  assert.notEqual(patterns.forText('plain text'), patterns);
  assert.equal(patterns.forText('𝐀 bold letter'), patterns);
  // (the narrow patterns are the same patterns, written out)
  assert.equal(patterns.forText('plain').after.length, patterns.after.length);
});

test('a quote beside an astral character is attributed as one beside none', () => {
  const speakerOf = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]);
  const plain = speakerOf('“We will win the vote,” said Ann Roe, the council leader.\n');
  assert.deepEqual(plain, [['We will win the vote,', 'Ann Roe', 'said']]);
  // an emoji or a mathematical letter (a surrogate pair) in the window: the full patterns read it, and find the same speaker
  assert.deepEqual(speakerOf('“We will win the vote,” said Ann Roe, the council leader 🎉.\n'), plain);
  assert.deepEqual(speakerOf('𝐔𝐩𝐝𝐚𝐭𝐞: “We will win the vote,” said Ann Roe, the council leader.\n'), plain);
});

test('after NARROW_WINDOWS windows in a process, the full patterns read text without astral characters too, and find the same', () => {
  const drafts = [
    '“We will win the vote,” said Ann Roe, the council leader.\n',
    'Council leader Ann Roe said the plan was “a farce” and “over budget.”\n',
    '“It is over,” the harbour master, Bo Li, told reporters on Friday. “We start again.”\n',
    'According to the Gazette, the mayor “never read the report.”\n',
  ];
  const read = () => drafts.map((text) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]));
  const patterns = patternsFor((window) => window);
  assert.notEqual(patterns.forText('plain text'), patterns);
  const narrow = read();
  let windows = 0;
  while (patterns.forText('plain text') !== patterns && windows <= NARROW_WINDOWS) windows++;
  assert.ok(windows <= NARROW_WINDOWS, `the narrow patterns still read plain text after ${windows} windows`);
  assert.equal(patterns.forText('more plain text'), patterns);
  assert.deepEqual(read(), narrow);
  assert.deepEqual(narrow[0], [['We will win the vote,', 'Ann Roe', 'said']]);
});
