import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clausesOf, LAST_SENTENCE_END } from '../../../src/core/extract/clauseSubjects.ts';
import { patternsFor } from '../../../src/core/extract/patterns.ts';
import { speakerSearchStart, execFromTail } from '../../../src/core/extract/sentenceTail.ts';
import { prng } from '../../support/random.ts';

const patterns = patternsFor((window) => window);

/** The first match of `re` over the whole window, as a search from its start finds it. */
function fromStart(re: RegExp, window: string): RegExpExecArray | null {
  const whole = new RegExp(re.source, re.flags.replace('g', ''));
  return whole.exec(window);
}

const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => JSON.stringify(a && [a.index, [...a], a.indices]) === JSON.stringify(b && [b.index, [...b], b.indices]);

test('a speaker search starts in the last sentence when no earlier match can reach into it', () => {
  const window = 'The levy passed on Monday after a long and bitter fight over the harbour. Ann Roe said';
  assert.equal(speakerSearchStart(window, true), window.indexOf('. Ann') - 1);
  // (a quote mark, ! or ? followed by a space ends what any speaker phrase can hold)
  assert.equal(speakerSearchStart('Was it over? Roe said', true), 'Was it over'.length - 1);
});

test('a speaker search starts at the window start where a phrase may run over the last sentence end', () => {
  // a description over a period ("the end. Officials"), a firm's name ("Roe & Co. said"), an initial or title written onto a word,
  // a bracket, a period inside a word ("Yahoo.Com", "3.5 percent"), an exclamation in an apposition ("Yahoo!News")
  for (const window of [
    'Roe met the press. Officials said', 'It was over. Roe & Co. said', 'It rained on Monday as always. JohnA. Roe said',
    'It rained. Bo LiBrigGen. Roe said', 'Roe (ret. Gen) said', 'We read Yahoo.Com said', 'It is 3.5 percent said', 'Yahoo!News said',
  ]) assert.equal(speakerSearchStart(window, true), 0, window);
});

test('the match searched from the speaker search start is the match of a search from the window start', () => {
  const r = prng(41);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // invented pieces: names, titles, descriptions, cues, abbreviations, brackets, hidden quotes, odd spaces and marks
  const pieces = [
    'Ann Roe', 'Sen. Bo Li', 'the harbour master', 'a council spokeswoman', 'the press.', 'Officials', 'officials', 'U.S. officials',
    'J. R. Okafor', 'residents', 'Qꞷꞷꞷꞷ', 'Roe & Co.', '(ret. Gen)', '(R-Ore.)', 'BrigGen.', 'JohnA.', 'Yahoo.Com', 'Yahoo!News', '3.5 percent',
    'said', 'told reporters', 'wrote', 'argued', 'notes', 'added', 'called it', 'He', 'she', 'They', 'The', 'the', 'a', 'his', 'Its',
    'the levy', 'was gone', 'on Monday', 'in a statement', 'that', 'and', 'but', 'who', ',', ', ', '.', '. ', '? ', '! ', ':', ';',
    '“a farce”', '“the end.” ', '########. ', '"it is over"', '\n', '\u00a0', 'Gov.', 'Calif.,', 'St. Louis', 'No. 3', '—', 'end.', 'Mr.',
  ];
  const searched = { before: 0, first: 0, subject: 0 };
  const matched = { before: 0, first: 0, subject: 0 };
  for (let round = 0; round < 6000; round++) {
    let window = '';
    const words = 2 + Math.floor(r() * 30);
    for (let k = 0; k < words; k++) window += pick(pieces) + (r() < 0.75 ? ' ' : '');
    for (const [name, re, role] of [['before', patterns.before[0], true], ['first', patterns.first, false], ['subject', patterns.subject, false]] as const) {
      const whole = fromStart(re, window);
      const tail = execFromTail(re, window, role);
      if (speakerSearchStart(window, role) > 0) searched[name]++;
      if (whole) matched[name]++;
      assert.ok(same(whole, tail), `${name} in ${JSON.stringify(window)}: ${JSON.stringify(whole?.[0])} from the start, ${JSON.stringify(tail?.[0])} from ${speakerSearchStart(window, role)}`);
    }
  }
  for (const name of ['before', 'first', 'subject'] as const) {
    assert.ok(searched[name] > 1000 && matched[name] > 200, `${name}: ${searched[name]} searched from the last sentence, ${matched[name]} matched`);
  }
});

test('the last sentence of a window found from its end starts where the last sentence end a search from its start finds', () => {
  const r = prng(43);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const pieces = ['Ann Roe', 'said', 'the levy', 'Sen.', 'U.S.', 'J.', 'end', '.', '. ', '.” ', '.) ', '.’’ ', '?', '? ', '!', '!? ', ' ', '  ', '\n', '\u00a0', ',', '3.5', 'Calif.', 'No.', '”', ')'];
  for (let round = 0; round < 5000; round++) {
    let window = '';
    const words = Math.floor(r() * 25);
    for (let k = 0; k < words; k++) window += pick(pieces) + (r() < 0.6 ? ' ' : '');
    let from = 0;
    LAST_SENTENCE_END.lastIndex = 0;
    for (let m = LAST_SENTENCE_END.exec(window); m; m = LAST_SENTENCE_END.exec(window)) from = m.index + m[0].length;
    assert.equal(clausesOf(window).start, from, JSON.stringify(window));
  }
});
