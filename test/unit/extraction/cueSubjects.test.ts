import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const quoteOf = (text: string) => extract(text, { language: 'markdown' }).quotes[0];

test('a description as a cue’s subject starts at a word: "Mexican American reporters, claims" is no "an American reporters"', () => {
  for (const text of [
    'Roe attacked a judge of Cuban heritage who quarrels with Mexican American reporters, claims that the port is "for sale" and mocks the council.',
    'Osei praised a Jamaican reporter\u2019s work, then a Haitian American columnist, writing\u00a0later, said the levy was \u201csimply unfair.\u201d',
  ]) {
    const speaker = quoteOf(text).speaker;
    assert.ok(speaker, text);
    assert.ok(!/[\p{L}\p{N}]/u.test(text[speaker.start - 1] ?? ''), `"${speaker.text}" starts inside a word in: ${text}`);
  }
  assert.notEqual(quoteOf('Roe attacked a judge of Cuban heritage who quarrels with Mexican American reporters, claims that the port is "for sale."').speaker?.text, 'an American reporters');
});

test('a relative clause with its own cue speaks the quote it holds: the nearest one, also after the sentence’s cue', () => {
  // (two relative clauses: the later one holds the quote)
  const two = extract('Compare that with Ann Roe, who has called the levy "a fair deal," and Bo Li, who says it is \u201cdaylight robbery.\u201d', { language: 'markdown' }).quotes;
  assert.deepEqual(two.map((q) => [q.speaker?.text, q.cue?.text]), [['who', 'called'], ['who', 'says']]);
  // (a relative clause after the cue of the sentence: its "who" speaks, not the sentence's subject)
  const after = quoteOf('Mayor Ina Vale says to the harbour master, who responds at\u00a0once: \u201cNot this year.\u201d');
  assert.deepEqual([after.speaker?.text, after.cue?.text], ['who', 'responds']);
  assert.equal(quoteOf('Ravi Patel praised the port engineer, who has publicly vowed to resign over the "plain neglect of the docks."').speaker?.text, 'who');
});

test('a "who" that is the object of its clause speaks nothing: "the mayor, who he blasted as “…”"', () => {
  const q = quoteOf('Lena Osei urged voters to reject the mayor, who she blasted as "a builder of empty piers."');
  assert.notEqual(q.speaker?.text, 'who');
});

test('a verb that takes an object after a quote is no inverted cue: “…,” described the loss as “…”', () => {
  const quotes = extract('Tomas Ferreira, who puts the cost "in the millions," described the loss as "a wound to the town."', { language: 'markdown' }).quotes;
  assert.equal(quotes[0].speaker?.text, 'who');
  assert.equal(quotes[1].speaker?.text, 'Tomas Ferreira');
});

test('a word of saying that does not agree with the words before it is a noun, not the cue: "her supporters notes", "Republican claims of “…”"', () => {
  // (the email's writer, by its possessive, not "his readers")
  assert.notEqual(quoteOf('Ann Roe’s weekly email to her supporters notes that the ferry is \u201cthree years late.\u201d').speaker?.text, 'her supporters');
  // (a share "of Republican" is no subject of "claims": the sentence's subject rates the claims)
  const rated = quoteOf('The Harbour Gazette rated 40% of Republican claims as "mostly false" last year.');
  assert.equal(rated.speaker?.text, 'The Harbour Gazette');
  assert.equal(rated.cue, null);
  assert.notEqual(quoteOf('The council set out to disprove Democratic claims of “record investment” in the port.').speaker?.text, 'Democratic');
});

test('a cue that agrees keeps its subject: a name in -an, a plural with a plural verb, a singular noun in -s', () => {
  assert.equal(quoteOf('Paul Ryan claims the levy is "a tax on ferries."').speaker?.text, 'Paul Ryan');
  assert.equal(quoteOf('His supporters claim the levy is "a tax on ferries."').speaker?.text, 'His supporters');
  assert.equal(quoteOf('A Republican claims the levy is \u201ca tax on ferries.\u201d').speaker?.text, 'A Republican');
  assert.equal(quoteOf('The boss says the levy is "a tax on ferries."').speaker?.text, 'The boss');
});

test('an adjective of party or nation after a determiner, or a first name in -ian, is a subject that agrees', () => {
  assert.equal(quoteOf('The Canadian says the ferry is "three years late."').speaker?.text, 'The Canadian');
  assert.equal(quoteOf('Adrian says the ferry is "three years late."').speaker?.text, 'Adrian');
});

test('an adjective of party or nation after a capitalised word is a noun that agrees: "the Utah Republican asks"', () => {
  assert.equal(quoteOf('In the letter, the Utah Republican asks for "a full inquiry."').speaker?.text, 'the Utah Republican');
});

test('a described subject with a cue in a clause after "as", "when", "while" speaks the quote it holds', () => {
  assert.equal(quoteOf('"Let us move on," Mayor Ina Vale said as the heckler shouted: "Resign!"', ).speaker?.text, 'Mayor Ina Vale');
  const quotes = extract('"Let us move on," Mayor Ina Vale said as the heckler shouted: \u201cResign!\u201d', { language: 'markdown' }).quotes;
  assert.deepEqual([quotes[1].speaker?.text, quotes[1].cue?.text], ['the heckler', 'shouted']);
  assert.equal(quoteOf('Ravi Patel had a strong night on Friday, when many residents called him \u201cthe only adult in the room.\u201d').speaker?.text, 'many residents');
});

test('a count before a noun in -s, or an auxiliary, is no described subject: "a dozen states held", "one Greek Orthodox were admitted"', () => {
  const counted = extract('\u201cWe are ready,\u201d Lena Osei told the Gazette on Tuesday, when a dozen states held votes. \u201cBut the port is not.\u201d', { language: 'markdown' }).quotes;
  assert.notEqual(counted[1]?.speaker?.text, 'a dozen');
  const passive = extract('So far 14 Catholics and one Greek Orthodox were admitted, and 29 others who wrote "Christian" only.', { language: 'markdown' }).quotes;
  assert.ok(!passive.some((q) => q.speaker?.text === 'one Greek Orthodox were'), JSON.stringify(passive.map((q) => q.speaker?.text)));
});

test('a relative clause that describes or judges in its own pronoun’s voice is that pronoun’s: "Roe said …, whom she described as “…”"', () => {
  const described = quoteOf('Lena Osei said the ferry will stop at the new pier, which she described as \u201ca monument to\u00a0waste.\u201d');
  assert.deepEqual([described.speaker?.text, described.speaker?.name, described.cue?.text], ['she', 'Lena Osei', 'described']);
  const blasted = quoteOf('Tomas Ferreira again insisted that the town must back the levy to defeat the mayor, who he blasted as a "builder of empty piers."');
  assert.deepEqual([blasted.speaker?.text, blasted.cue?.text], ['he', 'blasted']);
  // (a name the clause gives stays the sentence speaker's: "whom he called “…”")
  assert.equal(quoteOf('Cross said he is left with two options: Okafor, whom he called \u201cthe most divisive figure in years.\u201d').speaker?.text, 'Cross');
});

test('an attribution set off by commas speaks for the rest of its sentence: "The move, Roe said, was … — a step he calls “…”"', () => {
  // (a later cue with a pronoun subject goes on in the aside's voice)
  const later = quoteOf('The new ferry, Mira Holt explained, was the fruit of three years of work \u2014 a plan she says will be \u201cthe envy of the coast.\u201d');
  assert.deepEqual([later.speaker?.text, later.cue?.text], ['Mira Holt', 'explained']);
  const nor = quoteOf('Nor, he said, did he promise anything that could be "read as a guarantee" by the\u00a0council.');
  assert.equal(nor.speaker?.start, 5);
  // (an aside the speaker phrase would take for an apposition: the aside's speaker reports what the subject said)
  const aside = quoteOf('The Harbour Gazette, Ravi Patel said, called the new levy \u201ca tax on\u00a0fishing.\u201d');
  assert.deepEqual([aside.speaker?.text, aside.cue?.text], ['Ravi Patel', 'said']);
  // (a plain apposition stays the subject's)
  assert.equal(quoteOf('Lena Osei, the harbour master, said the levy was \u201ca tax on\u00a0fishing.\u201d').speaker?.text, 'Lena Osei');
});

test('a speaker phrase that is no subject gives way to the apposition after it: "In a letter to the Gazette, her aide, Bo Li, said: “…”"', () => {
  // (the object of a preposition)
  const letter = quoteOf('In a letter to the Harbour Gazette, her chief of staff, Ravi Patel, said: \u201cThe pier will open in\u00a0May.\u201d');
  assert.deepEqual([letter.speaker?.text, letter.cue?.text], ['her chief of staff', 'said']);
  // (a piece of a list, then a clause: the piece after the clause)
  const place = quoteOf('On Tuesday at the harbour hall in Salem, OR, after winning the vote by a wide margin, Gov. Ann Roe (D-OR), said, \u201cWe will build it.\u201d');
  assert.deepEqual([place.speaker?.text, place.cue?.text], ['Gov. Ann Roe (D-OR)', 'said']);
  // (a subject with an adverbial set off after it stays the subject)
  assert.equal(quoteOf('Lena Osei, during a visit to Salem, Ore., said the pier was \u201ca\u00a0fraud.\u201d').speaker?.text, 'Lena Osei');
});

test('a name after a preposition that opens the sentence is its object, not the speaker: "Of Roe, Li, who backed her rival, said “…”"', () => {
  // (unregistered people; the name the sentence is about comes first, the speaker in the apposition after it)
  const of = quoteOf('Of Ingrid Valdés, Okonkwo Adeyemi, who has given money to her rival, said, \u201cShe is simply not ready.\u201d');
  assert.deepEqual([of.speaker?.text, of.cue?.text], ['Okonkwo Adeyemi', 'said']);
  const about = quoteOf('Of the mayor, Lena Osei, a harbour pilot for thirty years, wrote: \u201cHe has never once set foot on the pier.\u201d');
  assert.deepEqual([about.speaker?.text, about.cue?.text], ['Lena Osei', 'wrote']);
  // (a subject opening the sentence keeps its place, an apposition after it notwithstanding)
  assert.equal(quoteOf('Ingrid Valdés, Okonkwo Adeyemi\u2019s rival, said, \u201cHe is simply not ready.\u201d').speaker?.text, 'Ingrid Valdés');
});

test('a role with a possessive before a name speaks after the quote, and whoever is told only hears: “…,” Ann Roe’s chief of staff, Bo Li, told the Gazette', () => {
  const role = quoteOf('\u201cWe will not pay for it,\u201d Salem Councillor Ann Roe\u2019s chief of staff, Bo Li, told the Gazette on\u00a0Monday.');
  assert.deepEqual([role.speaker?.text, role.cue?.text], ['Salem Councillor Ann Roe\u2019s chief of staff, Bo Li', 'told the']);
  // (a longer role: no speaker rather than the paper told)
  const longer = quoteOf('\u201cWe will not pay for it,\u201d Salem Councillor Ann Roe\u2019s deputy chief of staff, Bo Li, told the Gazette on\u00a0Monday.');
  assert.notEqual(longer.speaker?.text, 'Gazette');
  assert.notEqual(quoteOf('\u201cNot this year,\u201d the mayor said, and told reporters the pier would wait.').speaker?.text, 'reporters');
});

test('an attribution after a quote that leads into the next quote is the next one’s when a cue before the first reports it', () => {
  const two = extract('After Ann Roe said that the ferry might do better at \u201ca slower pace,\u201d Bo Li said: \u201cI do not agree with her at all.\u201d', { language: 'markdown' }).quotes;
  assert.deepEqual(two.map((q) => q.speaker?.text), ['Ann Roe', 'Bo Li']);
  const reply = extract('Mira Holt replies to Li with, \u201cWhy now?\u201d Li then writes back, \u201cBecause the tide\u00a0turned.\u201d', { language: 'markdown' }).quotes;
  assert.deepEqual(reply.map((q) => q.speaker?.text), ['Mira Holt', 'Li']);
  // (a quote split by its own attribution keeps it for both parts)
  const split = extract('\u201cWe will build it,\u201d Ann Roe said, \u201cand we will pay for it.\u201d', { language: 'markdown' }).quotes;
  assert.deepEqual(split.map((q) => q.speaker?.text), ['Ann Roe', 'Ann Roe']);
});
