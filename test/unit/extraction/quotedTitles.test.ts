import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import type { DocumentLanguage } from '../../../src/core/extract/model.ts';

/** The quoted words found in a text (speaker or not); every call also checks the text hard-wrapped at random. */
const quoted = (text: string, language: DocumentLanguage = 'markdown') =>
  extract(text, { language }).quotes.map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));

test('a title after the kind of work it names (podcast, drama, thriller, ad, spot, column …) is no quotation', () => {
  assert.deepEqual(quoted('Ravi Patel, who stars in the streaming thriller “Low Tide,” returns to the stage this week.'), []);
  assert.deepEqual(quoted('Ana Roe co-hosts the politics podcast “So, That Happened Again.” Subscribe here.'), []);
  assert.deepEqual(quoted('The mayor’s first salvo was a 30-second web ad, "Paving Harbor City," in which a child fills a pothole.'), []);
  // a right mark that opens, a non-breaking space, and an unregistered person as the subject
  assert.deepEqual(quoted('Ines Ferreira co-hosts the politics\u00A0podcast ”So, That Happened Again.” Subscribe here.'), []);
  // words said on a podcast are still a quotation: their cue and speaker outweigh the work before them
  assert.deepEqual(quoted('“We will fix the roads first,” Ana Roe said on the podcast, “and then the schools.”'), ['We will fix the roads first,', 'and then the schools.']);
});

test('a show right after "told" or "an interview with" is who heard the words, not the words', () => {
  assert.deepEqual(quoted('“We will carry the county,” Ana Roe told “Harbor Mornings,” reminding the hosts of the polls.'), ['We will carry the county,']);
  assert.deepEqual(quoted('“The bridge stays open,” Ravi Patel said in an interview with “Sunday Night Live.”'), ['The bridge stays open,']);
  // speech in Title Case after "told" with its own cue after it stays a quotation
  assert.deepEqual(quoted('She told the crowd, “Vote For Roe,” she said.'), ['Vote For Roe,']);
});

test('a name in Title Case closed by a comma, with no cue, is a title in a list or an apposition', () => {
  assert.deepEqual(quoted('Dana Holt is scheduled to appear on “Harbor Mornings” and “The Late Show With Ana Roe,” among other stops.'), []);
  assert.deepEqual(quoted("Dana Holt is booked on 'Harbor Mornings' and \"The Late Show With Ana Roe,\" among other stops."), []);
  assert.deepEqual(quoted('Oscar winner Dana Holt, star of the cult classic “Harbor Lights,” is not sure she will vote.'), []);
  // a sentence in Title Case that ends in a period may be someone’s words, and a cue makes any of them a quotation
  assert.deepEqual(quoted('“I back almost anybody decent,” Burton told the delegates. “Donald Trump.”'), ['I back almost anybody decent,', 'Donald Trump.']);
  assert.deepEqual(quoted('“Make Harbor Great Again,” Roe said to the crowd.'), ['Make Harbor Great Again,']);
});
