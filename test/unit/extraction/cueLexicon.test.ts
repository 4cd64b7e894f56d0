import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

/** Each quote's speaker and cue as written. */
const said = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null]);

test('verbs of the manner of saying are cues: sniped, whispered, muttered, griped, grumbles', () => {
  assert.deepEqual(said('As the ferry docked, the reporter Ina Vale wrote, his wife whispered to him: \u201cThey are still with you.\u201d'), [['his wife', 'whispered']]);
  assert.deepEqual(said('At the hearing Bo Li sniped that Ann Roe, a first-time mayor, was \u201clearning on the job.\u201d'), [['Bo Li', 'sniped']]);
  assert.deepEqual(said('The harbour master muttered to the\u00a0crowd: "Not again, not this winter."'), [['The harbour master', 'muttered']]);
  assert.deepEqual(said('Ann Roe, a nurse, grumbles that the council \u201cnever listens.\u201d'), [['Ann Roe', 'grumbles']]);
});

test('a post is a cue however it is written: "Tweeted" with the brand\u2019s capital, "retweeted"', () => {
  assert.deepEqual(said('\u201cNot us, but we can\u2019t argue with it!\u201d Ann Roe, the head of Harbour First, Tweeted on Friday.'), [['Ann Roe', 'Tweeted']]);
  assert.deepEqual(said('"The levy is dead," Bo Li retweeted late on Monday.'), [['Bo Li', 'retweeted']]);
});

test('verbs that judge the quoted words after them are cues before the quote ("dismissed the report as “…”", "has touted")', () => {
  assert.deepEqual(said('The mayor dismissed the report as \u201ca work of fiction.\u201d'), [['The mayor', 'dismissed']]);
  assert.deepEqual(said('Clinton proposed a debate in May - but the Vale campaign rejected the idea as "ludicrous" because of the regatta.'), [['the Vale campaign', 'rejected']]);
  assert.deepEqual(said('Ann Roe wants the old port back. She has touted its record\u2014\u201cthe longest run of profits in our history\u201d\u2014and left it there.'), [['She', 'touted']]);
});

test('after a quote a judging verb takes its own object: no cue of the quote ("“…?” Her critics cited it as proof")', () => {
  assert.deepEqual(said('Ann Roe, exasperated, replied: \u201cWhat difference does it make?\u201d Her critics cited it as proof.'), [['Ann Roe', 'replied']]);
  assert.deepEqual(said('\u201cThe plan is sound,\u201d defended the harbour master, Bo Li.')[0]?.[1] === 'defended', false);
});

test('a modal before the base form of a cue is part of it: "could only quip", "would argue" (not "would add", "will insist on")', () => {
  assert.deepEqual(said('The regatta was so late that a spokesman for Ina\u00a0Vale could only quip: \u201cI guess the ferry was booked.\u201d')[0]?.[1], 'could only quip');
  assert.deepEqual(said('The levy helps. Ina Vale would argue that the port is \u201cfinally paying its way.\u201d'), [['Ina Vale', 'would argue']]);
  const cues = (text: string) => (extract(text, { language: 'plaintext', cues: true }).cues ?? []).map((c) => c.text);
  assert.deepEqual(cues('The plan would add new layers of fees, and Bo Li will insist on being paid.'), []);
});

test('an opening or an answer by a gerund of saying is a cue: "began by saying", "answered by interjecting"', () => {
  assert.deepEqual(said('Judge Roe took a short recess. When she returned, she began by saying, \u201cI don\u2019t think a fine is needed.\u201d'), [['she', 'began by saying']]);
  assert.deepEqual(said('Ann Roe answered by interjecting, "Only the harbour master."'), [['Ann Roe', 'answered by interjecting']]);
});

test('a cue in the past has its present in -s too: "proclaims", "cautions", "emphasizes", "interrupts"', () => {
  assert.deepEqual(said('While Bo Li proclaims the plan a \u201cterrific piece of work,\u201d Ann Roe fixates on the fees.'), [['Bo Li', 'proclaims']]);
  assert.deepEqual(said('Council leader Ann\u00a0Roe frequently emphasizes that she is a \u201cproud islander\u201d who wants the ferry back.'), [['Council leader Ann\u00a0Roe', 'emphasizes']]);
  assert.deepEqual(said('Typically, he just interrupts me with his signature "no, no, no" when I ask about the levy.'), [['he', 'interrupts']]);
});
