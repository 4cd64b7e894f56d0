import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotedStretches } from '../../../src/core/extract/stretches.ts';
import { registryOf } from '../../support/drafts.ts';
import { extract } from '../../support/rewrappedExtract.ts';

/** Each quoted stretch (a paragraph of a quote running over paragraphs is one) with its speaker as written, the name it stands for, where it is, and the rule. */
const stretches = (text: string, language: 'markdown' | 'plaintext' = 'markdown') =>
  quotedStretches(extract(text, { language, lexicon: registryOf() }).quotes).map((s) => ({
    text: s.text,
    speaker: s.quote.speaker?.text ?? null,
    name: s.quote.speaker?.name ?? null,
    at: s.quote.speaker?.start ?? null,
    refersTo: s.quote.speaker?.refersTo ? text.slice(s.quote.speaker.refersTo.start, s.quote.speaker.refersTo.end) : null,
    rule: s.quote.rule ?? null,
  }));

test('a quote going on with words a pronoun said is theirs at the nearer mention of the name the pronoun stands for', () => {
  for (const text of [
    'Lena Osei, the harbour master, took questions. “The dredging is late,” she said. Osei also blamed the weather.\n\n“We will finish by spring.”',
    'Lena\u00a0Osei, the harbour master, took questions. "The dredging is late," she said. Osei also blamed the weather.\n\n"We will finish by spring."',
    'Lena Osei took questions. « La drague est en retard », she said. Osei also blamed the weather.\n\n« Nous finirons au printemps. »',
  ]) {
    const last = stretches(text).at(-1)!;
    assert.deepEqual(last, { ...last, speaker: 'Osei', name: 'Lena Osei', at: text.indexOf('Osei also'), refersTo: null, rule: 'continued' }, text);
  }
  // a registered speaker's pronoun: the nearer mention keeps the registry id
  const registered = extract('Gen. Mark Milley took questions. “The letter is a draft,” he said. Milley also blamed the staff.\n\n“It should not have been released.”', { language: 'markdown', lexicon: registryOf() }).quotes[1].speaker;
  assert.deepEqual({ text: registered?.text, id: registered?.id }, { text: 'Milley', id: 'mark-milley' });
});

test('a pronoun speaker stays the continuing quote’s speaker when its name is not mentioned again, or only another person’s is', () => {
  const none = 'Lena Osei took questions. “The dredging is late,” she said.\n\n“We will finish by spring.”';
  const { rule: _rule, ...kept } = stretches(none).at(-1)!;
  assert.deepEqual(kept, { text: 'We will finish by spring.', speaker: 'she', name: 'Lena Osei', at: none.indexOf('she'), refersTo: 'Lena Osei' });
  // (another person's surname between them is not the speaker's: "Patel" is not "Osei")
  const other = 'Lena Osei took questions. “The dredging is late,” she said, and Patel nodded.\n\n“We will finish by spring.”';
  assert.equal(stretches(other).at(-1)?.name, 'Lena Osei');
  // (a pronoun that stands for nobody named is left as it is)
  const nobody = '“The dredging is late,” she said. Osei also blamed the weather.\n\n“We will finish by spring.”';
  assert.equal(stretches(nobody).at(-1)?.speaker, 'she');
});

test('a quote running over paragraphs that each reopen with a mark keeps its first paragraph’s speaker in every paragraph', () => {
  const lead = 'Ann Roe read from the letter: “The harbour is closing.\n\n“We have no funds for the dredging.\n\n“Bo Li will chair the vote in May.”\n\nThe council did not reply.';
  const after = '“The harbour is closing,” Gen. Mark Milley wrote. “It was never dredged.\n\n“We have no funds, and the pilots say ‘never again’ after the storm.\n\n“The council, as Ravi Patel put it, “has no plan.” We will vote in May.”\n\nNobody replied.';
  for (const language of ['markdown', 'plaintext'] as const) {
    const fromLead = stretches(lead, language);
    assert.deepEqual(fromLead.map((s) => [s.text, s.speaker]), [
      ['The harbour is closing.', 'Ann Roe'],
      ['We have no funds for the dredging.', 'Ann Roe'],
      ['Bo Li will chair the vote in May.', 'Ann Roe'],
    ], language);
    const named = stretches(after, language);
    // (a name inside a later paragraph, even one with a quote of its own inside, does not take the words over)
    assert.deepEqual(named.map((s) => [s.text.slice(0, 12), s.name]), [
      ['The harbour ', 'Mark Milley'],
      ['It was never', 'Mark Milley'],
      ['We have no f', 'Mark Milley'],
      ['The council,', 'Mark Milley'],
    ], language);
  }
  // a paragraph that closes with its own speaker and cue gives the whole quote that speaker
  const closing = stretches('Ann Roe read from the letter:\n\n“The harbour is closing.\n\n“We have no funds for the dredging,” said the notice.\n\nThe council did not reply.');
  assert.deepEqual(closing.map((s) => s.speaker), ['the notice', 'the notice']);
  // and the next quote after it is its own
  const next = stretches('Ann Roe read from the letter: “The harbour is closing.\n\n“We have no funds.”\n\n“Bo Li will chair the vote,” said Ravi Patel.');
  assert.deepEqual(next.map((s) => s.speaker), ['Ann Roe', 'Ann Roe', 'Ravi Patel']);
});
