import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** The quoted words found in a Markdown draft (speaker or not); every call is also checked hard-wrapped. */
const quoted = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => text.slice(q.start, q.end));

test('a short phrase in marks between an article and its noun, with no word of speech in the sentence, is a scare quote', () => {
  const drafts = [
    'Councillor Idris Vance backed the “harbour first” plan at the meeting.',
    'The ferry company joined the union for a "unity" breakfast on Monday.',
    'Maren Okafor stood at the centre of an “opt-in” movement in the valley.',
    'Residents doubt that the “quiet zone” rules will hold past the summer.',
    // odd typography: guillemets, no-break spaces, a right mark as the closing of a straight opening
    'Ines Farrow led the «open\u00a0port» campaign along the coast.',
    'The\u00a0“fast\u00a0track” scheme was dropped by the port board.',
    'Tomas Lindqvist joined the "green berth” coalition in March.',
  ];
  for (const draft of drafts) assert.deepEqual(quoted(draft), [], draft);
});

test('an article with its adjectives before the phrase makes a modifier of it as well; function words between do not', () => {
  const drafts = [
    'Councillor Idris Vance backed the earlier “harbour first” plan at the meeting.',
    'Maren Okafor joined an unaligned "quiet coast" push in the spring.',
    // odd typography: a no-break space before the marks, a hyphenated adjective
    'Ines Farrow sat on the original\u00a0“dock five” panel until March.',
    'Tomas Lindqvist chaired a short-lived «open deck» panel last year.',
  ];
  for (const draft of drafts) assert.deepEqual(quoted(draft), [], draft);
  // a word of speech, or a cue, still makes it someone's words
  assert.deepEqual(quoted('Idris Vance called it the earlier “harbour first” plan at the meeting.'), ['harbour first']);
  assert.deepEqual(quoted('Tomas Lindqvist defended the earlier “harbour first” plan, he told reporters.'), ['harbour first']);
  // a clause, not adjectives, between the article and the quote: "the plan that they “…” …"
  assert.deepEqual(quoted('Maren Okafor backs the plan that they “fast track” every spring.'), ['fast track']);
});

test('the same phrase is a quote when the sentence reports speech, when a cue links it, or when a possessive makes it someone’s', () => {
  assert.deepEqual(quoted('Idris Vance called it the “harbour first” plan at the meeting.'), ['harbour first']);
  assert.deepEqual(quoted('The board described the “harbour first” plan as a mistake.'), ['harbour first']);
  assert.deepEqual(quoted('Vance backed the “harbour first” plan, he told reporters.'), ['harbour first']);
  // a possessive names whose words they are: Vance’s “harbour first” plan, his “quiet zone” rules
  assert.deepEqual(quoted('Maren Okafor defended Vance’s “harbour first” plan on Monday.'), ['harbour first']);
  assert.deepEqual(quoted('Okafor, who is not registered anywhere, defended his “quiet zone” rules.'), ['quiet zone']);
});

test('a phrase in marks after an article but not before a noun is not taken for a modifier', () => {
  // a clause goes on after it (“…” the council said, “…” is), or it names something (as a “…”), or it ends with a stop
  assert.deepEqual(quoted('Idris Vance says the harbour faces a “serious threat” the council cannot ignore.'), ['serious threat']);
  assert.deepEqual(quoted('Maren Okafor was listed as a “key partner” firm in the filing.'), ['key partner']);
  assert.deepEqual(quoted('Ines Farrow wants a “fair deal” for the crews.'), ['fair deal']);
  assert.deepEqual(quoted('Ines Farrow wants the “fair deal.” The crews agree.'), ['fair deal.']);
});

test('a name after "called", "named" or "dubbed" is the words someone gave it, as after "titled": a quotation however short; a so-called one is not', () => {
  assert.deepEqual(quoted('The port runs a weekly podcast called “Tide Tables” for its crews.'), ['Tide Tables']);
  assert.deepEqual(quoted('Maren Okafor wrote a book called "Salt and Iron" about the docks.'), ['Salt and Iron']);
  assert.deepEqual(quoted('The yard keeps what its workers called\u00a0«the\u00a0long\u00a0shift.»'), ['the\u00a0long\u00a0shift.']);
  // "named", "dubbed", and "called the" / "named the" / "dubbed the"
  assert.deepEqual(quoted('Ravi Patel skippers a tug named “Blue Heron” out of the north basin.'), ['Blue Heron']);
  assert.deepEqual(quoted('The new quay has been called the "Iron Mile" by the crews.'), ['Iron Mile']);
  assert.deepEqual(quoted('The plan was quickly dubbed the “Salt Road” along the coast.'), ['Salt Road']);
  // a so-called one: a scare quote still
  assert.deepEqual(quoted('The board met the so-called “harbour rebels” again.'), []);
});

test('a short quote named as words said or written — chants of, a sign reading, the slogan, the phrase — is a quotation with no cue or speaker', () => {
  const drafts: [string, string][] = [
    ['The crowd outside the depot broke into chants of “Keep it open” at noon.', 'Keep it open'],
    ['Dock workers held signs reading, "No more cuts" along the fence.', 'No more cuts'],
    ['The union ran on the slogan «Safe Berths Now» in 2019.', 'Safe Berths Now'],
    ['Her use of the phrase “tidal debt” drew attention across the valley.', 'tidal debt'],
    ['At the gate there were cries of “Shame!” as the barges left.', 'Shame!'],
    ['Pickets stood in the rain chanting\u00a0"Open the yard."', 'Open the yard.'],
  ];
  for (const [draft, words] of drafts) assert.deepEqual(quoted(draft), [words], draft);
  // words of the same kind that name no utterance do not make it one
  assert.deepEqual(quoted('The crowd outside the depot ran to the “safe” side at noon.'), []);
});

test('a short quote after "as a" or "as an" is how someone characterises a thing, as after "as the": a quotation with no cue or speaker', () => {
  const drafts: [string, string][] = [
    ['The ferry plan is seen by many crews as a “lifeline” for the islands.', 'lifeline'],
    ['Since the spring, the strike has been painted as a “dockside” revolt against the owners.', 'dockside'],
    ['For years the old quay was pictured as an "eyesore" by the valley.', 'eyesore'],
    // odd typography: guillemets after a no-break space, a stop inside the marks
    ['Across the coast, the tender is regarded as a\u00a0«closed shop» deal.', 'closed shop'],
    ['To the crews, the new pier stands out as a “white elephant.”', 'white elephant.'],
  ];
  for (const [draft, words] of drafts) assert.deepEqual(quoted(draft), [words], draft);
  // an article alone, with no "as" before it, still makes a scare quote of a modifier
  assert.deepEqual(quoted('Since the spring, the strike has been a “dockside” revolt against the owners.'), []);
});

test('a short quote whose own stop ends its sentence takes no cue from the next one', () => {
  const drafts = [
    'There will be plenty of "grumbling." Only then, Ines Farrow said, will the pier reopen.',
    // odd typography: a no-break space after the marks, guillemets
    'Each spring brings a fresh round of “harbour fever.”\u00a0The crews told us it never lasts.',
    'Nobody on the pier wanted more «dock tax.» Tomas Lindqvist later said so too.',
  ];
  for (const draft of drafts) assert.deepEqual(quoted(draft), [], draft);
  // a cue in the quote's own sentence still makes it someone's words
  assert.deepEqual(quoted('There will be plenty of "grumbling," Ines Farrow said, before the pier reopens.'), ['grumbling,']);
});
