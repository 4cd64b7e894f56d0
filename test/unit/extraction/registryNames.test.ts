import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import type { Lexicon } from '../../../src/core/extract/model.ts';
import { matcherFor } from '../../../src/core/extract/lexiconMatcher.ts';
import { nameKey } from '../../../src/core/text/normalize.ts';
import { workOf } from '../../support/workGrowth.ts';

/** A lexicon of people, each a name and aliases, looked up by nameKey as the registry does. */
function lexiconOf(people: { id: string; name: string; aliases?: string[] }[], sources: { id: string; aliases: string[] }[] = []): Lexicon {
  const speakers = new Map<string, { id: string; name: string }>();
  for (const p of people) for (const n of [p.name, ...(p.aliases ?? [])]) speakers.set(nameKey(n), { id: p.id, name: p.name });
  const aliases = new Map<string, { id: string }>();
  for (const s of sources) for (const a of s.aliases) aliases.set(nameKey(a), { id: s.id });
  return {
    *speakerNames() {
      for (const p of people) yield* [p.name, ...(p.aliases ?? [])];
    },
    lookupSpeaker: (name) => speakers.get(nameKey(name)),
    *sourceAliases() {
      for (const s of sources) yield* s.aliases;
    },
    lookupSource: (alias) => aliases.get(nameKey(alias)),
  };
}

const speakerOf = (text: string, lexicon: Lexicon) => {
  const q = extract(text, { language: 'markdown', lexicon }).quotes[0];
  return { text: q?.speaker?.text ?? null, id: q?.speaker?.id ?? null };
};

test('a 60 KB name and 100,000 aliases over 20,000 people check without throwing, and are found', () => {
  const long = Array.from({ length: 9000 }, (_, i) => `Word${i}`).join(' ').slice(0, 60_000).replace(/\s\S*$/, '');
  assert.ok(long.length > 59_000);
  const people: { id: string; name: string; aliases?: string[] }[] = Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, name: `Person${i} Family${i}`, aliases: [`Family${i}`, `P. Family${i}`, `Dr. Person${i} Family${i}`, `family${i} jr`] }));
  people.push({ id: 'long', name: long });
  const lexicon = lexiconOf(people);
  assert.equal([...lexicon.speakerNames()].length, 100_001);
  // (a quote looks for its speaker only in the 160 characters after it; a pronoun stands for the long name)
  const mentioned = extract(`${long} spoke at length. “We will hold the line,” he said.`, { language: 'markdown', lexicon });
  assert.deepEqual(mentioned.speakerMentions.map((m) => [m.id, m.end - m.start]), [['long', long.length]]);
  assert.equal(mentioned.quotes[0].speaker?.id, 'long');
  assert.deepEqual(speakerOf('“We will hold the line,” Family19999 said.', lexicon), { text: 'Family19999', id: 'p19999' });
  const found = extract('Person7 Family7 met family12 jr. “We will hold the line,” he said.', { language: 'markdown', lexicon });
  assert.deepEqual(found.speakerMentions.map((m) => m.id), ['p7', 'p12']);
  assert.equal(found.quotes[0].speaker?.id, 'p12');
});

test('a draft checks in bounded work however many people are registered', () => {
  // (how long it takes is measured by `npm run bench`, groups 2 and 8; here the name search's steps are counted)
  const paragraph = 'The committee met on Tuesday and the senator spoke at length about the budget. “We will hold the line,” Ann Roe said. Family77 agreed.\n\n';
  const text = paragraph.repeat(1500);
  const withPeople = (count: number) => {
    const people = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `Person${i} Family${i}`, aliases: [`Family${i}`, `P. Family${i}`] }));
    const lexicon = lexiconOf([...people, { id: 'roe', name: 'Ann Roe' }]);
    let found: ReturnType<typeof extract> | undefined;
    const steps = workOf('dictionarySteps', () => (found = extract(text, { language: 'markdown', lexicon })));
    return { found: found!, steps };
  };
  const few = withPeople(5_000);
  const many = withPeople(20_000);
  assert.ok(few.steps > 0, 'the names are searched');
  assert.ok(many.steps <= 1.1 * few.steps, `name search: ${few.steps} steps with 5,000 people, ${many.steps} with 20,000; expected about as many (independent of the people registered)`);
  const found = many.found;
  assert.equal(found.quotes.length, 1500);
  assert.ok(found.quotes.every((q) => q.speaker?.id === 'roe'));
  assert.equal(found.speakerMentions.length, 3000);
});

test('registered names the generic name pattern would not take are speakers: lower case, digits, odd punctuation', () => {
  const lexicon = lexiconOf([
    { id: 'gang', name: 'the gang of eight' },
    { id: 'blink', name: 'Blink-182' },
    { id: 'pence', name: 'Gov. Mike Pence (R-IN)' },
    { id: 'pbs', name: 'pbs newshour' },
  ]);
  assert.deepEqual(speakerOf('“We will hold the line,” said the gang of eight.', lexicon), { text: 'the gang of eight', id: 'gang' });
  assert.deepEqual(speakerOf('“We will hold the line,” Blink-182 said.', lexicon), { text: 'Blink-182', id: 'blink' });
  assert.deepEqual(speakerOf('“We will hold the line,” Gov. Mike Pence (R-IN) said.', lexicon), { text: 'Gov. Mike Pence (R-IN)', id: 'pence' });
  assert.deepEqual(speakerOf('“We will hold the line,” pbs newshour reported.', lexicon), { text: 'pbs newshour', id: 'pbs' });
});

test('a registered name is taken whole and alone, but a generic name may run on past it', () => {
  const lexicon = lexiconOf([{ id: 'roe', name: 'Ann Roe' }, { id: 'trump', name: 'Donald Trump' }]);
  // the name as registered, not "Ann Roe Monday"
  assert.deepEqual(speakerOf('“We will hold the line,” said Ann Roe Monday.', lexicon), { text: 'Ann Roe', id: 'roe' });
  // a suffix the registry does not have stays with the name
  assert.equal(speakerOf('“We will hold the line,” Donald Trump Jr. said.', lexicon).text, 'Donald Trump Jr.');
  // a title before it, and a name written in another case, as before
  assert.deepEqual(speakerOf('Sen. Ann Roe said: “We will hold the line.”', lexicon), { text: 'Sen. Ann Roe', id: 'roe' });
  // a text that holds the stand-in letter itself passes for no name
  assert.deepEqual(speakerOf('“We will hold the line,” Q\uA7B7\uA7B7 said.', lexicon).id, null);
});

test('a lexicon matcher masks each window by its own names, whatever window it masked before', () => {
  const m = matcherFor(lexiconOf([{ id: 'ann', name: 'Ann Roe' }, { id: 'bo', name: 'Bo Li' }]));
  const one = 'then Ann Roe said';
  const two = 'then Bo Li said';
  const masked = [one, one, two, two, one, 'then said', one].map((w) => m.masked(w));
  // (each stand-in keeps its window's length and offsets: a capital, then fill letters)
  assert.deepEqual(masked.map((w) => w.replace(/\uA7B7/g, '~')), ['then Q~~~~~~ said', 'then Q~~~~~~ said', 'then Q~~~~ said', 'then Q~~~~ said', 'then Q~~~~~~ said', 'then said', 'then Q~~~~~~ said']);
});
