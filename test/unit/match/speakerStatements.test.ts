import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { matchQuote } from '../../../src/core/check/quoteMatch.ts';
import type { Extraction } from '../../../src/core/extract/model.ts';
import { QuoteIndex } from '../../../src/core/match/quoteIndex.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { words } from '../../../src/core/text/normalize.ts';
import { extraction, mention, quote } from '../../support/drafts.ts';
import { oneSpeakerStatements } from '../../support/hostileRegistries.ts';
import { workOf } from '../../support/workGrowth.ts';

/** What council member Ann Roe said, and nobody else. */
const ROE = 'We never promised the nurses a raise, and the budget does not allow one this year.';
const ROE_OTHER = 'The harbour wall will be repaired before the winter storms arrive.';
const NOUNS = ['harbour', 'ferry', 'library', 'council', 'school', 'market', 'bridge', 'parks', 'police', 'museum', 'tramway', 'festival'];

/**
 * An invented council registry: Ann Roe's two statements, and a dozen by Ravi
 * Patel that share more word pairs with the misquote below than hers does
 * ("We never promised the …", "certainly a raise") without being close to it,
 * so that a search of the whole registry by word pairs finds his, not hers.
 */
function councilRegistry(): Registry {
  let yaml = `- id: ann-roe\n  type: person\n  name: Ann Roe\n  aliases: [Roe]\n- id: ravi-patel\n  type: person\n  name: Ravi Patel\n  aliases: [Patel]\n`;
  NOUNS.forEach((noun, i) => {
    yaml += `- id: patel-${i}\n  type: statement\n  speaker: ravi-patel\n  text: "We never promised the ${noun} anything, but it is certainly a raise we cannot pay."\n`;
  });
  yaml += `- id: roe-other\n  type: statement\n  speaker: ann-roe\n  text: "${ROE_OTHER}"\n`;
  yaml += `- id: roe-nurses\n  type: statement\n  speaker: ann-roe\n  text: "${ROE}"\n`;
  return new Registry([{ path: '/ws/sources/council.yaml', text: yaml }]);
}

/** The findings of a draft whose one quote is `quoted`, given to the speaker written `who` (id null: not registered). */
function findingsFor(quoted: string, who: { written: string; name: string; id: string | null }, registry = councilRegistry()) {
  const text = `${who.written} said: “${quoted}” at the meeting.`;
  const found: Extraction = extraction([quote(text, quoted, mention(text, who.written, who.name, who.id))]);
  return checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS, found).findings;
}

const ROE_MENTION = { written: 'Roe', name: 'Ann Roe', id: 'ann-roe' };
const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

test('a short quote with one word changed is a misquote of its speaker’s own statement (issue 17’s example)', () => {
  const f = findingsFor('We never promised the certainly a raise,', ROE_MENTION);
  assert.deepEqual(codes(f), ['misquote']);
  assert.equal(f[0].sourceId, 'roe-nurses');
  assert.match(f[0].message, /the source says “We never promised the nurses a raise/);
  assert.equal(f[0].fixes![0].newText, 'We never promised the nurses a raise,');
});

test('one word inserted into or dropped from a six-word quote is a misquote of the speaker’s statement', () => {
  const inserted = findingsFor('We never promised the young nurses a raise,', ROE_MENTION);
  assert.deepEqual(codes(inserted), ['misquote']);
  assert.equal(inserted[0].sourceId, 'roe-nurses');
  const dropped = findingsFor('We never promised nurses a raise,', ROE_MENTION);
  assert.deepEqual(codes(dropped), ['misquote']);
  assert.equal(dropped[0].sourceId, 'roe-nurses');
});

test('the speaker’s verbatim words are found among their own statements, with no finding', () => {
  assert.deepEqual(findingsFor('We never promised the nurses a raise,', ROE_MENTION), []);
  assert.deepEqual(findingsFor('the nurses a raise', ROE_MENTION), []);
});

test('a different statement by the same speaker stays unverified, not a misquote', () => {
  for (const quoted of [
    'We will find the money for the nurses next spring,',
    'The harbour wall will be painted before the summer fair,',
  ]) {
    assert.deepEqual(codes(findingsFor(quoted, ROE_MENTION)), ['unverified-quote'], quoted);
  }
});

test('among the speaker’s statements, one changed word in four or more is a misquote, in three it is not', () => {
  const f = findingsFor('harbour wall will be painted', ROE_MENTION);
  assert.deepEqual(codes(f), ['misquote']);
  assert.equal(f[0].sourceId, 'roe-other');
  assert.deepEqual(codes(findingsFor('will be painted', ROE_MENTION)), ['unverified-quote']);
  // two changes in nine words are another statement; two in ten are a misquote
  assert.deepEqual(codes(findingsFor('The harbour wall will be painted before the summer', ROE_MENTION)), ['unverified-quote']);
  assert.deepEqual(codes(findingsFor('The harbour wall will be painted before the summer storms', ROE_MENTION)), ['misquote']);
});

test('a speaker outside the registry: the whole registry is searched as before', () => {
  const stranger = { written: 'Bo Lind', name: 'Bo Lind', id: null };
  // verbatim words are found wherever they are
  const text = 'Bo Lind said: “We never promised the nurses a raise,” at the meeting.';
  const m = matchQuote(text, quote(text, 'We never promised the nurses a raise,', mention(text, 'Bo Lind', 'Bo Lind', null)), councilRegistry());
  assert.equal(m.source?.id, 'roe-nurses');
  assert.equal(m.verbatim, true);
  // a changed word leaves the quote to the pair search, which the crowded registry defeats: nothing is claimed
  assert.deepEqual(findingsFor('We never promised the certainly a raise,', stranger), []);
});

test('another registered speaker given her words, one changed: misattributed and misquoted, from her statement', () => {
  const f = findingsFor('We never promised the nurses a pay raise, and the budget does not allow one', { written: 'Patel', name: 'Ravi Patel', id: 'ravi-patel' });
  assert.deepEqual(codes(f).sort(), ['misattributed-quote', 'misquote']);
  assert.ok(f.every((x) => x.sourceId === 'roe-nurses'));
});

test('index: a speaker’s statements are searched by word, without reading other speakers’ statements', () => {
  const texts = NOUNS.map((noun, i) => ({ id: `p${i}`, text: `We never promised the ${noun} a raise.`, speaker: 'ravi-patel' }));
  texts.push({ id: 'roe', text: ROE, speaker: 'ann-roe' });
  const index = new QuoteIndex(texts);
  assert.equal(index.statementsBy('ann-roe'), 1);
  assert.equal(index.statementsBy('ravi-patel'), NOUNS.length);
  assert.equal(index.statementsBy('nobody'), 0);
  const own = index.lookupBySpeaker(words('We never promised the certainly a raise'), 'ann-roe', 1);
  assert.equal(own?.id, 'roe');
  assert.equal(own?.alignment.distance, 1);
  // Patel's statements hold the same words: only his own are his candidates
  assert.match(index.lookupBySpeaker(words('We never promised the nurses a raise'), 'ravi-patel', 1)!.id, /^p\d+$/);
  assert.equal(index.lookupBySpeaker(words('We never promised the nurses a raise'), 'nobody', 1), undefined);
});

test('through the real extractor: a draft naming the speaker gets the misquote of her statement', () => {
  const text = 'Ann Roe spoke at the council meeting on Monday.\n\n“We never promised the certainly a raise,” Roe said.\n';
  const checked = checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, councilRegistry(), DEFAULT_SETTINGS);
  assert.equal(checked.extraction.quotes[0]?.speaker?.id, 'ann-roe');
  assert.deepEqual(codes(checked.findings), ['misquote']);
  assert.equal(checked.findings[0].sourceId, 'roe-nurses');
});

test('index: among 30,000 statements of one speaker, a quote with one word changed finds its own, aligning a bounded number of them', () => {
  // (how long the 200 lookups take is measured by `npm run bench`, group 8; here the statements aligned are counted)
  const lookups = (statements: number) => {
    const { texts, quotes } = oneSpeakerStatements(statements, ROE, 'We never promised the certainly a raise');
    const index = new QuoteIndex(texts);
    let found: ReturnType<QuoteIndex['lookupBySpeaker']>[] = [];
    let aligned = 0;
    const postings = workOf('speakerPostings', () => (aligned = workOf('alignments', () => (found = quotes.map((q) => index.lookupBySpeaker(words(q), 'ann-roe', 1))))));
    return { found, aligned, postings };
  };
  const few = lookups(7_500);
  const many = lookups(30_000);
  // each lookup aligns only its best-ranked candidates: four times the statements, not four times the alignments
  assert.ok(many.aligned <= 1.5 * few.aligned, `${few.aligned} statements aligned among 7,500, ${many.aligned} among 30,000; expected about as many (a bounded number per lookup)`);
  // and reads the postings of its rarest words only: they grow with the statements, no faster
  assert.ok(many.postings <= 4.5 * few.postings, `${few.postings} postings read among 7,500 statements, ${many.postings} among 30,000; expected at most 4.5× (linear growth)`);
  const found = many.found;
  assert.equal(found[0]?.id, 'roe');
  assert.equal(found[0]?.alignment.distance, 1);
  assert.ok(found.slice(1).every((m) => m?.alignment.distance === 0));
});
