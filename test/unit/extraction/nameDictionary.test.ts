import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NameDictionary, SOURCE_ALIAS, SPEAKER_NAME, type HitFilter } from '../../../src/core/extract/nameDictionary.ts';
import { assertLinearWork } from '../../support/workGrowth.ts';

/** The finder extraction used before the dictionary (one alternation of every name), kept here only to compare with. */
function oldFinder(names: Iterable<string>): (text: string) => { start: number; end: number; text: string }[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const list = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  if (!list.length) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function dictionary(names: string[], kind = SPEAKER_NAME): NameDictionary {
  const d = new NameDictionary();
  for (const n of names) d.add(n, kind);
  return d;
}
const found = (names: string[], text: string, filter: HitFilter = 'speaker') => dictionary(names).find(text, filter).map((h) => h.text);

/** A seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('on ordinary names the dictionary finds what the old alternation found, on random names and texts', () => {
  const r = prng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const syllables = ['an', 'ro', 'e', 'mi', 'lo', 'ka', 'de', 'van', 'bo', 'li', 'Ann', 'Roe'];
  const word = () => Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(syllables)).join('');
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  // names of 1-3 words, some hyphenated or with an apostrophe, sharing words and prefixes so that the longest must win
  const nameOf = () => {
    const words = Array.from({ length: 1 + Math.floor(r() * 3) }, () => cap(word()));
    if (r() < 0.15) words[words.length - 1] += `-${cap(word())}`;
    if (r() < 0.1) words[0] = `O'${words[0]}`;
    return words.join(' ');
  };
  const separators = [' ', ' ', ' ', '  ', '\n', ', ', '. ', ' (', ') ', ' “', '” ', ': ', ' - '];
  let compared = 0;
  for (let round = 0; round < 60; round++) {
    const names = Array.from({ length: 5 + Math.floor(r() * 30) }, nameOf);
    const old = oldFinder(names);
    const d = dictionary(names);
    for (let t = 0; t < 20; t++) {
      let text = '';
      for (let k = 0; k < 40; k++) {
        const piece = r() < 0.4 ? pick(names) : r() < 0.5 ? word() : cap(word());
        // any case, and runs of spaces inside names: the old finder ignored both
        const cased = r() < 0.2 ? piece.toUpperCase() : r() < 0.2 ? piece.toLowerCase() : piece;
        text += (r() < 0.1 ? cased.replace(/ /g, '   ') : cased) + pick(separators);
      }
      assert.deepEqual(d.find(text, 'speaker'), old(text), `${JSON.stringify(names)}\n${JSON.stringify(text)}`);
      compared++;
    }
  }
  assert.equal(compared, 1200);
});

test('whole words only, the longest name at each start, leftmost first', () => {
  assert.deepEqual(found(['Ann Roe', 'Ann Roe Smith', 'Roe'], 'Ann Roe Smith met Roe and Ann Roebuck; Monroe'), ['Ann Roe Smith', 'Roe']);
  assert.deepEqual(found(['Ann Roe', 'Roe Smith'], 'Ann Roe Smith'), ['Ann Roe']);
  assert.deepEqual(found(['ann roe'], 'ANN  ROE and Ann\nRoe'), ['ANN  ROE', 'Ann\nRoe']);
  assert.deepEqual(found(['Roe'], 'Roe2 and 2Roe and Roe'), ['Roe']);
});

test('a period the name has may be missing from the text, but the text may not add one', () => {
  assert.deepEqual(found(['Gen. Mark Milley'], 'Gen. Mark Milley and Gen Mark Milley'), ['Gen. Mark Milley', 'Gen Mark Milley']);
  assert.deepEqual(found(['Tom Roe Jr.'], 'Tom Roe Jr. said, and Tom Roe Jr said'), ['Tom Roe Jr.', 'Tom Roe Jr']);
  assert.deepEqual(found(['Ann Roe'], 'I met Ann. Roe said no.'), []);
  assert.deepEqual(found(['U.S. Army'], 'the U.S. Army and the US Army'), ['U.S. Army']);
  // (a leading period is the name's own: ".NET" is not "NET")
  assert.deepEqual(found(['.NET'], 'NET and .NET'), ['.NET']);
});

test('curly and straight apostrophes are one, as in registry keys; so are the cases and compositions of other scripts', () => {
  assert.deepEqual(found(["O'Brien"], 'O’Brien and O\'Brien'), ['O’Brien', "O'Brien"]);
  assert.deepEqual(found(['Zoë Ćirić', 'Σωκράτης'], 'ZOË ĆIRIĆ, Zoe\u0308 C\u0301iric\u0301, ΣΩΚΡΆΤΗΣ and Zoe Ciric'), ['ZOË ĆIRIĆ', 'Zoe\u0308 C\u0301iric\u0301', 'ΣΩΚΡΆΤΗΣ']);
  // (the Kelvin sign lower-cases to an ASCII k)
  assert.deepEqual(found(['Kim'], '\u212Aim'), ['\u212Aim']);
});

test('speaker names and source aliases are found apart; exact hits keep the case written in the registry', () => {
  const d = new NameDictionary();
  d.add('Mark Milley', SPEAKER_NAME);
  d.add('the letter', SOURCE_ALIAS);
  const text = 'Mark Milley wrote the letter; mark milley sent The Letter.';
  assert.deepEqual(d.find(text, 'speaker').map((h) => h.text), ['Mark Milley', 'mark milley']);
  assert.deepEqual(d.find(text, 'source').map((h) => h.text), ['the letter', 'The Letter']);
  assert.deepEqual(d.find(text, 'exact').map((h) => h.text), ['Mark Milley', 'the letter']);
});

test('names of one character, of spaces or of periods only are left out', () => {
  assert.deepEqual(found(['A', ' ', '..', ' B '], 'A B .. A'), []);
});

test('a repetitive name over a repetitive draft is searched in linear work', () => {
  // a walk from every token as deep as the name goes: the name's words times the draft's (how long it takes: `npm run bench`, group 8)
  const nameOf = (words: number) => Array.from({ length: words }, () => 'the').join(' ') + ' end';
  assertLinearWork('dictionarySteps', (scale) => assert.deepEqual(dictionary([nameOf(1250 * scale)]).find('the '.repeat(25_000 * scale), 'speaker'), []), 'a 5,000-word name over 100,000 words');
  const name = nameOf(5000);
  assert.deepEqual(dictionary([name]).find(`${name} said`, 'speaker').map((h) => h.end), [name.length]);
});

test('speaker names and source aliases found in one pass are what two searches find, on random names and texts', () => {
  const r = prng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // few words, so that speakers' and sources' names overlap and start inside each other ("Ann Roe", "Roe Institute", "Ann Roe Institute")
  const words = ['Ann', 'Roe', 'Institute', 'Harbour', 'the', 'Post', 'Gen.', 'Bo', 'Li', 'O’Neil'];
  const nameOf = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(words)).join(' ');
  const separators = [' ', ' ', '  ', '\n', ', ', '. ', ' “', '” '];
  let compared = 0;
  for (let round = 0; round < 40; round++) {
    const d = new NameDictionary();
    for (let k = 0; k < 3 + Math.floor(r() * 12); k++) d.add(nameOf(), pick([SPEAKER_NAME, SOURCE_ALIAS, SPEAKER_NAME | SOURCE_ALIAS]));
    for (let t = 0; t < 20; t++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += (r() < 0.2 ? pick(words).toLowerCase() : pick(words)) + pick(separators);
      const both = d.findSpeakersAndSources(text);
      assert.deepEqual(both, { speakers: d.find(text, 'speaker'), sources: d.find(text, 'source') }, JSON.stringify(text));
      compared++;
    }
  }
  assert.equal(compared, 800);
});

test('one pass over a repetitive draft finds what two searches find when one search spends its walk budget first', () => {
  const d = new NameDictionary();
  // both walk deep from every "the"; the speaker search takes "the the" and skips every other one, so the source search spends its budget first
  d.add(Array.from({ length: 300 }, () => 'the').join(' ') + ' end', SOURCE_ALIAS);
  d.add('the the', SPEAKER_NAME);
  // (past its budget, ~550 walks in, the source search no longer walks 300 deep: it misses the name a full walk finds at 700;
  // the speaker search, walking half as often, spends its own only past 1,000)
  const text = 'the '.repeat(1000) + 'end';
  const both = d.findSpeakersAndSources(text);
  assert.deepEqual(both, { speakers: d.find(text, 'speaker'), sources: d.find(text, 'source') });
  assert.equal(both.speakers.length, 500);
});

test('a dictionary with names of one kind only finds, in one pass or two, what it finds once a name of the other kind is added', () => {
  const r = prng(12);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words = ['Ann', 'Roe', 'Institute', 'the', 'Post', 'Gen.', 'Bo', 'Li', 'O’Neil'];
  const separators = [' ', '  ', '\n', ', ', '. ', ' “'];
  for (const kind of [SPEAKER_NAME, SOURCE_ALIAS]) {
    for (let round = 0; round < 20; round++) {
      const names = Array.from({ length: 2 + Math.floor(r() * 6) }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(words)).join(' '));
      const one = new NameDictionary();
      const both = new NameDictionary();
      for (const name of names) (one.add(name, kind), both.add(name, kind));
      // (a name of the other kind that no text holds: the searches then walk as they always did)
      both.add('Zed Quillfeather', kind === SPEAKER_NAME ? SOURCE_ALIAS : SPEAKER_NAME);
      let text = '';
      for (let k = 0; k < 30; k++) text += pick(words) + pick(separators);
      for (const filter of ['speaker', 'source', 'exact'] as const) assert.deepEqual(one.find(text, filter), both.find(text, filter), `${filter} in ${JSON.stringify(text)}`);
      assert.deepEqual(one.findSpeakersAndSources(text), both.findSpeakersAndSources(text), JSON.stringify(text));
      assert.equal(one.find(text, kind === SPEAKER_NAME ? 'source' : 'speaker').length, 0);
    }
  }
});

test('a walk past many missing periods keeps every name it reached, however many it holds at once', () => {
  // "Ann Roe", "Ann. Roe", "Ann.. Roe" … : at "Roe" the walk holds one node for each (the text may leave out any period),
  // more than its buffers first have room for; only the first one reached is a speaker's
  const d = new NameDictionary();
  d.add('Ann Roe', SPEAKER_NAME);
  for (let k = 1; k <= 40; k++) d.add(`Ann${'.'.repeat(k)} Roe`, SOURCE_ALIAS);
  d.add('Ann........ Roe Smith', SPEAKER_NAME);
  assert.deepEqual(d.find('so Ann Roe said', 'speaker').map((h) => h.text), ['Ann Roe']);
  assert.deepEqual(d.find('so Ann Roe Smith said', 'speaker').map((h) => h.text), ['Ann Roe Smith']);
  assert.deepEqual(d.find('so Ann... Roe said', 'source').map((h) => h.text), ['Ann... Roe']);
  assert.deepEqual(d.find('so Ann... Roe said', 'speaker').map((h) => h.text), []);
});
