import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const speakers = (text: string) =>
  extract(text, { language: 'markdown' }).quotes.map((q) => ({ speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null, rule: q.rule }));

test('abbreviations end no sentence: the speaker before "U.S." is still found', () => {
  const [s] = speakers('Defense Secretary Jane Roe said the U.S. plan for the region remained “one of steady commitment and strength.”');
  assert.equal(s.speaker, 'Defense Secretary Jane Roe');
  assert.equal(s.cue, 'said');
  // state abbreviations in party tags: "(R-Ariz.)"
  const relayed = speakers('"You have been very critical of me," he told Sen. Jeff Okafor (R-Ariz.), according to officials with knowledge of the meeting.')[0];
  assert.equal(relayed.speaker, 'officials with knowledge of the meeting');
});

test('a phrase after a quote that runs over a sentence end names nobody', () => {
  const found = speakers('Patel says “it is a two-way race” between Smith and Jones. And Patel says the rest is noise.');
  assert.equal(found[0].speaker, 'Patel');
});

test('a sentence of bare attribution after a quote that closes its own', () => {
  assert.deepEqual(speakers('“We will not leave the region.” Esper said.')[0], { speaker: 'Esper', cue: 'said', rule: 'closed' });
  assert.equal(speakers('Sanders called the ruling “arbitrary.” Jo Hendler, a top aide, warned on Saturday.')[0].speaker, 'Sanders');
});

test('an outlet relaying an attribution is the source', () => {
  const [s] = speakers('“We will not leave,” Esper said, according to the Daily Planet. “Not this year.”');
  assert.deepEqual([s.speaker, s.cue], ['the Daily Planet', 'according to']);
});

test('a quote opening a paragraph takes the speaker reported in the paragraph before', () => {
  const s = speakers('Esper said the plan had not changed in any way since the spring.\n\n“We will stay as long as we are needed.”');
  assert.equal(s[0].speaker, 'Esper');
});

test('more cue verbs: shot back, retorted, interjected', () => {
  assert.equal(speakers('“Let me finish the answer,” Jones shot back.')[0].speaker, 'Jones');
  assert.equal(speakers('“That is simply not true,” Okafor retorted.')[0].speaker, 'Okafor');
});

test('a name before a colon after a dash introduces the quote', () => {
  const [s] = speakers('Polls tightened late - Pollster Jane Doe: “The race has tightened considerably this week.”');
  assert.equal(s.speaker, 'Pollster Jane Doe');
});

test('a name set off by commas before the cue, and any named phrase after it', () => {
  const [a] = speakers('Smith’s campaign chairman, Ann Lee, said in a statement: "We will appeal the ruling today."');
  assert.match(a.speaker ?? '', /Ann Lee/);
  const [b] = speakers('"It was a large purchase of data," said L2 president Bruce Wayne, who declined to comment further.');
  assert.equal(b.speaker, 'L2 president Bruce Wayne');
});

test('function words that start sentences are no names', () => {
  const [s] = speakers('Given his record on the wall, it is safe to say he meant “the other side.”');
  assert.notEqual(s?.speaker, 'Given');
});

test('"according to" in the quote’s sentence names the source before any speaker in it', () => {
  const [s] = speakers('According to Reuters, Okafor praised his “wonderful neighbours” at the fair.');
  assert.deepEqual([s.speaker, s.cue], ['Reuters', 'According to']);
});

test('a role phrase running over a sentence end before a quote starts after it', () => {
  const [s] = speakers('Take the central bank. Okafor says he thinks it did a “serviceable job” so far.');
  assert.equal(s.speaker, 'Okafor');
});

test('a bare verb after a name attributes a quote only when punctuation sets the quote off', () => {
  assert.equal(speakers('“That is not what we agreed,” Okafor barked.')[0].speaker, 'Okafor');
  const loose = speakers('The group says the state should “segregate” Islamic radicals and their backers.');
  assert.notEqual(loose[0]?.speaker, 'Islamic');
});

test('an earlier quote in the sentence does not hide its subject', () => {
  const found = speakers('Okafor, who once called the plan “a fraud,” says it is “the best deal we could get this year.”');
  assert.equal(found[1].speaker, 'Okafor');
  assert.equal(found[1].cue, 'says');
});

test('the cue nearest the quote in its sentence names the speaker', () => {
  const [s] = speakers('Ryan said last week on the radio that he was not ready, though he said, “I hope to get there soon enough.”');
  assert.equal(s.speaker, 'he');
  assert.equal(s.rule, 'before0');
});

test('an apposition before a cue does not run over a sentence end', () => {
  const [s] = speakers('The bill has support in the Senate, a body where Okafor serves. Okafor, meanwhile, said “it will pass before the summer recess.”');
  assert.equal(s.speaker, 'Okafor');
  assert.ok(s.speaker && !/Senate/.test(s.speaker));
});

test('an apposition after the quote may hold a quote of its own', () => {
  const [s] = speakers('“We have had better weeks than this one,” delegate Bill Roe, wearing a hat and “Okafor 2024” pins, said as the hall emptied.');
  assert.equal(s.speaker, 'delegate Bill Roe');
});

test('a role phrase closing the sentence of a partial quote, past a later quote', () => {
  const [a] = speakers('Officials met.\n\n“Boots on the ground” would be right, Republican candidate Ben Okafor said after the attacks.');
  assert.equal(a.speaker, 'Republican candidate Ben Okafor');
  const [b] = speakers('His backing will carry “a great deal of weight” and bring “grass-roots firepower” to the races, DFA spokesman Neil Roe said.');
  assert.equal(b.speaker, 'DFA spokesman Neil Roe');
});

test('a role phrase with the name set off by commas after a quote; more cue verbs and nouns', () => {
  assert.equal(speakers('“By December, it was clear,” Okafor’s campaign manager, Jeff Roe, said in an interview.')[0].speaker, 'Okafor’s campaign manager, Jeff Roe');
  assert.equal(speakers('“They told me no,” remembered Ann Roe, a former aide.')[0].speaker, 'Ann Roe');
  assert.equal(speakers('“We never did,” reads a Wednesday editorial in the Daily Planet.')[0].speaker, 'a Wednesday editorial');
});

test('a relative clause the quote sits in names its speaker', () => {
  const [s] = speakers('The hall heard from Ann Lee, who thinks the council “needs to be far more collaborative with the community.”');
  assert.deepEqual([s.speaker, s.rule], ['who', 'relative']);
});

test('a paragraph that only signs the quote before it names the speaker', () => {
  const found = speakers('“The idea that I would dismantle the program is just not accurate.”\n\n- Bernie Okafor.\n\nThe senator overstates it.');
  assert.deepEqual([found[0].speaker, found[0].rule], ['Bernie Okafor', 'sign-off']);
  const other = speakers('“We went to the bank before the crash and warned them of it.”\n\n—President Okafor, tweeting after the speech.');
  assert.equal(other[0].speaker, 'President Okafor');
});

test('a dash and a name closing the quote’s own line sign it', () => {
  const found = speakers('“He makes blanket statements about people he knows nothing about.” ― Ana Okafor\n“We deserve better than this.”— Luis Roe, Phoenix.');
  assert.deepEqual(found.map((f) => [f.speaker, f.rule]), [['Ana Okafor', 'sign-off'], ['Luis Roe', 'sign-off']]);
  // a dash that runs on into a sentence signs nothing
  assert.notEqual(speakers('“We will win.” — Okafor had said it twice before the vote.')[0].speaker, 'Okafor had said it twice before the vote');
});

test('a name closing a sentence with a colon before the quote', () => {
  const [s] = speakers('The timing of the surge does not surprise pollster Daron Okafor: “Lesser-known candidates often gain the most.”');
  assert.deepEqual([s.speaker, s.rule], ['Daron Okafor', 'colon']);
  assert.notEqual(speakers('The senator delivered a blunt message to Okafor: “It is time to stop attacking people.”')[0].speaker, 'Okafor');
});

test('a continuing quote takes the nearest mention of its speaker', () => {
  const found = speakers('“We are encouraged by the results,” said Brian Okafor, a delegate strategist. Okafor expects most delegates to stay undecided.\n\n“We will get strong support from this delegation.”');
  assert.deepEqual([found[1].speaker, found[1].rule], ['Okafor', 'continued']);
  const again = extract('“We are going to build it,” Okafor added. He then had a question for the crowd.\n\n“Who is going to pay for it?”', { language: 'markdown' }).quotes;
  assert.deepEqual([again[1].speaker?.text, again[1].speaker?.name], ['He', 'Okafor']);
});

test('a later cue that only names or judges does not take the quote from the speaker', () => {
  const [s] = speakers('Cross said he is left with two options: Okafor, whom he called “the most divisive figure in years,” or nobody.');
  assert.equal(s.speaker, 'Cross');
  const [t] = speakers('Roe also said that Okafor shows “great charm” and a fondness for the islands.');
  assert.equal(t.speaker, 'Roe');
});

test('a clause after the quote names nobody', () => {
  const [s] = speakers('Strategists doubt it.\n\n“It seems extremely unlikely” that Roe says he can catch Okafor.');
  assert.notEqual(s.speaker, 'that Roe');
});

test('a relative clause on the last speaker does not speak the next quote', () => {
  const found = speakers('“I am going to vote for him,” said Ann Roe, 24, who said Okafor was best placed to win. “He gets it.”');
  assert.deepEqual([found[1].speaker, found[1].rule], ['Ann Roe', 'continued']);
});

test('a mere verb after a partial quote that ends a clause names nobody', () => {
  const [s] = speakers('When Okafor said he would “protect every citizen in this country,” the crowd applauded loudly.');
  assert.notEqual(s.speaker, 'the crowd');
  assert.equal(speakers('“Who is going to pay for it?” the audience screamed back.')[0].speaker, 'the audience');
});

test('a lead-in paragraph holding a quote of its own still names the speaker', () => {
  const found = speakers('Okafor called the plan “a fraud” and continued:\n\n“Nobody in this town believes it will ever pass the Senate.”');
  assert.deepEqual([found[1].speaker, found[1].rule], ['Okafor', 'lead-in before0']);
});

test('"as X puts it" names the speaker of the quote in its sentence', () => {
  assert.equal(speakers('As the Post’s Ruth Okafor puts it, Roe is trying to make his rivals “an offer they can’t afford to refuse.”')[0].speaker, 'Post’s Ruth Okafor');
});

test('coordinate adjectives with a comma in a description after a quote', () => {
  assert.equal(speakers('"From day one, I made the climate my first priority," the bespectacled, 71-year-old diplomat said.')[0].speaker, 'the bespectacled, 71-year-old diplomat');
});

test('an inverted attribution set off by commas speaks for its sentence', () => {
  const [s] = speakers('The paradox of the age, says Carl Okafor, a historian at the library, is that she was “one of the most powerful figures of the era.”');
  assert.deepEqual([s.speaker, s.cue, s.rule], ['Carl Okafor', 'says', 'inverted']);
  // (not the relative clause after an attribution that follows a quote)
  assert.notEqual(speakers('“People are angry,” said Jason Roe, who thinks the staff “need to listen far more.”')[1]?.rule, 'inverted');
});

test('more cues and longer speaker phrases: a statement issued, a chant, a description ending before its clause', () => {
  assert.equal(speakers('At her direction, the party issued a statement apologizing to Roe.\n\n“On behalf of everyone here, we want to offer a deep apology.”')[0].speaker, 'the party');
  const chant = speakers('He spoke of the wall, and the crowd chanted “Build the wall, build it now!”')[0];
  assert.match(chant.speaker ?? '', /the crowd$/);
  assert.equal(chant.cue, 'chanted');
  assert.equal(speakers('"We learned it was all lies," said one owner of a shop that sells hats who declined to be named.')[0].speaker, 'one owner');
  assert.equal(speakers('Appearing on CBS, the GOP front-runner said his rival "caused tremendous harm" abroad.')[0].speaker, 'the GOP front-runner');
  assert.equal(speakers('“We are happy” about the vote, said Rose Okafor, executive director of the nurses’ union, a group that broke away from the others and endorsed Roe.')[0].speaker, 'Rose Okafor');
});

test('a determiner-led subject with a finite verb speaks: "The book accuses …", "Her plan promises …"', () => {
  assert.equal(speakers('The book accuses the chief of treating the guards like "mall security staff."')[0].speaker, 'The book');
  assert.equal(speakers('Her economic plan promises to "lift up participation in the workforce."')[0].speaker, 'Her economic plan');
  // (not a phrase that runs into a preposition or an auxiliary: "The lack of …", "The talks will …")
  assert.notEqual(speakers('The lack of polling places was "particularly burdensome" on the county.')[0]?.speaker, 'The lack of polling');
});

test('a description with its "of" complement: "the former secretary of state"', () => {
  assert.equal(speakers('Reprising one of her lines, the former secretary of state talked about continuing the “progress we made together.”')[0].speaker, 'the former secretary of state');
});

test('a "with" clause names any short phrase before its gerund cue', () => {
  assert.equal(speakers('Unions were early backers of Roe, with the American Federation of Teachers calling her “the champion working families need.”')[0].speaker, 'the American Federation of Teachers');
});

test('the last-resort first name skips sentence adverbs and prepositions, and adjectives of nationality', () => {
  assert.notEqual(speakers('Much of Roe’s ire went to the mayor, whom he once praised as “a decent man.”')[0]?.speaker, 'Much');
  assert.notEqual(speakers('Between 2001 and 2007, growth was lower than it would have been had Congress not passed the “trade relations” bill.')[0]?.speaker, 'Between');
  assert.notEqual(speakers('And while most of the Syrian refugees so far are Muslim, many are “fleeing the same violence as everyone else.”')[0]?.speaker, 'Syrian');
});

test('a gerund clause with its own subject names the speaker of its quote', () => {
  const found = speakers('Both issued statements after the meeting – Ryan Okafor saying he was “very encouraged” and Ann Roe calling it a “great meeting.”');
  assert.deepEqual(found.map((f) => f.speaker), ['Ryan Okafor', 'Ann Roe']);
});

test('an apposition after the name that runs into the cue without a closing comma', () => {
  assert.equal(speakers('“Roe needs a strategy for these voters,” Nate Okafor, the polling guru who founded the site tweeted on Wednesday.')[0].speaker, 'Nate Okafor');
});
