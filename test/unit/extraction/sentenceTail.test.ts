import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANY_CUE } from '../../../src/core/extract/beforeCues.ts';
import { patternsFor } from '../../../src/core/extract/patterns.ts';
import { inLastSentence, sentenceTailStart } from '../../../src/core/extract/sentenceTail.ts';
import { prng } from '../../support/random.ts';

const patterns = patternsFor((window) => window);
const tail = (text: string) => text.slice(sentenceTailStart(text));

test('the last sentence of a window starts past its last quote mark, ! or ?, or sentence-ending period', () => {
  assert.equal(tail('The levy passed. Ann Roe said'), ' Ann Roe said');
  assert.equal(tail('Was it over? Roe said'), ' Roe said');
  assert.equal(tail('She called it “a farce” and said'), ' and said');
  assert.equal(tail('« Assez » a dit Roe'), ' a dit Roe');
  // an abbreviation's period ends no sentence: "Sen.", "U.S.", an initial
  assert.equal(tail('It rained. Sen. Ann Roe said the U.S. Navy and J. Li had'), ' Sen. Ann Roe said the U.S. Navy and J. Li had');
  assert.equal(tail('no end at all, said Roe'), 'no end at all, said Roe');
  assert.equal(tail(''), '');
});

test('a cue only in an earlier sentence spares the search, a cue in the last sentence does not', () => {
  assert.equal(inLastSentence(ANY_CUE, 'Ann Roe said the levy passed. The harbour was quiet on'), false);
  assert.equal(inLastSentence(ANY_CUE, 'The harbour was quiet. Ann Roe said the U.S. Navy had'), true);
  assert.equal(inLastSentence(ANY_CUE, 'Bo Li wrote “a memo.” Then\u00a0Ann Roe told reporters'), true);
});

test('whenever the cue-led pattern before a quote matches a window, its last sentence holds a cue', () => {
  const r = prng(15);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // invented sentence pieces: names, descriptions, cues, abbreviations, quotes already hidden or not, odd spaces
  const pieces = [
    'Ann Roe', 'Sen. Bo Li', 'the harbour master', 'a council spokeswoman', 'U.S. officials', 'J. R. Okafor', 'residents', 'Qꞷꞷꞷꞷ',
    'said', 'told reporters', 'wrote', 'argued', 'a déclaré', 'notes', 'added', 'called it', 'is quoted as saying',
    'the levy', 'was gone', 'on Monday', 'in a statement', 'that', 'and', 'but', 'who', ',', ', ', '.', '. ', '? ', '! ', ':',
    '“a farce”', '“the end.” ', '########. ', '"it is over"', '\n', '\u00a0', 'Gov.', 'Calif.,', 'St. Louis', 'No. 3',
  ];
  let matched = 0;
  for (let round = 0; round < 4000; round++) {
    let window = '';
    const words = 3 + Math.floor(r() * 30);
    for (let k = 0; k < words; k++) window += pick(pieces) + (r() < 0.7 ? ' ' : '');
    for (const re of [patterns.before[0]]) {
      re.lastIndex = 0;
      const m = re.exec(window);
      if (!m) continue;
      matched++;
      assert.ok(inLastSentence(ANY_CUE, window), `the pattern matched ${JSON.stringify(m[0])} in ${JSON.stringify(window)}, but no cue was seen in ${JSON.stringify(tail(window))}`);
    }
  }
  assert.ok(matched > 500, `${matched} windows matched`);
});
