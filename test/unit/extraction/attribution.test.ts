import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';
import { registryOf } from '../../support/drafts.ts';

const speakers = (text: string, withRegistry = false) =>
  extract(text, { language: 'markdown', lexicon: withRegistry ? registryOf() : undefined }).quotes.map((q) => ({
    speaker: q.speaker?.text ?? null,
    name: q.speaker?.name ?? null,
    id: q.speaker?.id ?? null,
    cue: q.cue?.text ?? null,
  }));

test('speaker after the quote, in both orders', () => {
  assert.deepEqual(speakers('"We are not leaving Iraq," said Mark Esper.')[0], { speaker: 'Mark Esper', name: 'Mark Esper', id: null, cue: 'said' });
  assert.deepEqual(speakers('"We are not leaving Iraq," Mark Esper said.')[0], { speaker: 'Mark Esper', name: 'Mark Esper', id: null, cue: 'said' });
});

test('speaker before the quote, with a colon or a comma', () => {
  assert.equal(speakers('Esper told reporters: "We are not leaving Iraq."')[0].speaker, 'Esper');
  assert.equal(speakers('Then Esper added, "There has been no decision."')[0].cue, 'added');
});

test('cue verbs beyond said, and according to', () => {
  for (const cue of ['told', 'wrote', 'added', 'argued', 'tweeted']) {
    assert.equal(speakers(`"The plan stands as written," Pence ${cue}.`)[0].cue, cue, cue);
  }
  const r = speakers('According to Reuters, "the letter was sent on Monday morning."')[0];
  assert.equal(r.speaker, 'Reuters');
  assert.equal(r.cue, 'According to');
});

test('a relative or colleague after the quote, led by a possessive: "his colleague wrote", "her brother said"', () => {
  assert.deepEqual(speakers('Friends of the ferry captain paid tribute online. "He taught half the harbour to sail," his colleague wrote on Monday.')[0], { speaker: 'his colleague', name: 'his colleague', id: null, cue: 'wrote' });
  assert.equal(speakers('"She never missed a council meeting in twenty years," her younger brother said.')[0].speaker, 'her younger brother');
  assert.equal(speakers('"We will rebuild the mill before winter," their new foreman told the crowd.')[0].speaker, 'their new foreman');
});

test('more cue verbs: commented, opined, concedes, contends, maintains, alleges, is quoted as saying', () => {
  for (const cue of ['commented', 'opined', 'concedes', 'contends', 'maintains', 'alleges']) {
    assert.deepEqual(speakers(`"The levy was never put to a vote," Ravi Patel ${cue}.`)[0], { speaker: 'Ravi Patel', name: 'Ravi Patel', id: null, cue }, cue);
  }
  assert.equal(speakers('"The levy was never put to a vote," Lena Osei is quoted as saying in the minutes.')[0].speaker, 'Lena Osei');
});

test('"the" and a name is one speaker (a paper, an agency): at the end of the sentence of a partial quote, before a cue, after "according to"', () => {
  assert.deepEqual(speakers('Fans on the pier also chanted "close the mill right now," pointing at the empty berths, the Harbour Gazette reports.')[0], { speaker: 'the Harbour Gazette', name: 'the Harbour Gazette', id: null, cue: 'reports' });
  assert.equal(speakers('The crews say they were "left out of every single meeting" on the plan, according to the Harbour Gazette.')[0].speaker, 'the Harbour Gazette');
  assert.equal(speakers('In a column on Friday, the Harbour Gazette called the levy "a tax on the poor and the patient."')[0].speaker, 'the Harbour Gazette');
  // (a sentence's period is not the name's: "the Times.")
  assert.equal(speakers('"The mill will close in May," wrote the Gazette.')[0].speaker, 'the Gazette');
});

test('a name with the body it speaks for, after the quote: the name speaks ("Ann Roe of the Harbour Institute for Coastal Studies wrote")', () => {
  assert.deepEqual(speakers('"That is a stretch for the council," Ann Roe of the Harbour Institute for Coastal Studies wrote in December.')[0], { speaker: 'Ann Roe', name: 'Ann Roe', id: null, cue: 'wrote in' });
  assert.equal(speakers('"The pier is unsafe," Bo Li from the Port Authority of the Northern Coast said.')[0].speaker, 'Bo Li');
  // (a registered person keeps the registry id)
  assert.deepEqual(speakers('"That is a stretch for the council," Mark Milley of the Joint Chiefs of Staff said on Monday.', true)[0], { speaker: 'Mark Milley', name: 'Mark Milley', id: 'mark-milley', cue: 'said' });
});

test('a cue verb after a partial quote that goes on into a clause ("… suggests that Harbour Town …") names nobody: the cue before it speaks', () => {
  assert.deepEqual(speakers('City lawyer Ann Roe said in the letter that the flyer "plainly and wrongly" suggests that Harbour Town and its police back the mayor.')[0], { speaker: 'City lawyer Ann Roe', name: 'City lawyer Ann Roe', id: null, cue: 'said' });
  assert.equal(speakers('Bo Li wrote that the plan "will hurt the harbour" claims that Ann Roe and her staff never read it.')[0].speaker, 'Bo Li');
});

test('"…," X told reporters, according to Y: the relay Y is the source, never "X told reporters" as one speaker', () => {
  assert.deepEqual(speakers('"We only shook hands and nothing more," the bishop told reporters, according to the Harbour Gazette, after the service.')[0], { speaker: 'the Harbour Gazette', name: 'the Harbour Gazette', id: null, cue: 'according to' });
  assert.equal(speakers('"The vote was fair," Ann Roe told the crowd, according to Reuters.')[0].speaker, 'Reuters');
});

test('titles stay with the name and registry aliases resolve to ids', () => {
  const [s] = speakers('"Prepare for onward movement," Brig. Gen. William H. Seely III wrote.', true);
  assert.equal(s.speaker, 'Brig. Gen. William H. Seely III');
  assert.equal(s.id, 'william-seely');
  assert.equal(s.name, 'William H. Seely III');
  const [m] = speakers('"That letter is a draft," Milley said.', true);
  assert.equal(m.id, 'mark-milley');
});

test('descriptions as speakers', () => {
  assert.equal(speakers('"We will respond," a campaign spokesman said.')[0].speaker, 'a campaign spokesman');
  assert.equal(speakers('"The vote was rigged," the influential US daily wrote.')[0].speaker, 'the influential US daily');
});

test('pronouns resolve to the last named speaker, and unattributed continuations inherit', () => {
  const text = 'Gen. Mark Milley spoke at the Pentagon.\n\n"It was a mistake," he said. "It was unsigned."\n\n"It should not have been released."';
  const s = speakers(text, true);
  assert.equal(s.length, 3);
  assert.deepEqual(s[0], { speaker: 'he', name: 'Mark Milley', id: 'mark-milley', cue: 'said' });
  assert.equal(s[1].name, 'Mark Milley');
  assert.equal(s[2].name, 'Mark Milley');
});

test('transcript turns', () => {
  const s = speakers('PENCE: "We will win this election in November."');
  assert.equal(s[0].speaker, 'PENCE');
});

test('a spelled-out number opening a sentence is no name: “Twenty-two years ago, …”', () => {
  const [s] = speakers('Twenty-two years ago, a Gazette story hailed Roe as “the comeback mayor of the decade” for the city.');
  assert.match(s.speaker ?? '', /Gazette/);
});

test('a quoted transcript is one quote per turn, by the speaker its label names', () => {
  const text = [
    'Partial transcript as follows:', '',
    '"WALLACE: Will she be there tomorrow?', '',
    '"PENCE: She will not. This is an episode of “Shark Tank.”', '',
    '"It is serious business.', '',
    '"(CROSSTALK.)', '',
    '"McCAIN: Not yet.', '',
    '"JAKE TAPPER: Thank you, Governor."', '',
  ].join('\n');
  const quotes = extract(text, { language: 'plaintext' }).quotes;
  assert.deepEqual(quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null, q.parts.map((p) => text.slice(p.start, p.end))]), [
    ['WALLACE', ':', ['Will she be there tomorrow?']],
    ['PENCE', ':', ['She will not. This is an episode of “Shark Tank.”', 'It is serious business.']],
    ['McCAIN', ':', ['Not yet.']],
    ['JAKE TAPPER', ':', ['Thank you, Governor.']],
  ]);
  // each turn's speaker is the label as written, at its place in the draft
  for (const q of quotes) assert.equal(text.slice(q.speaker!.start, q.speaker!.end), q.speaker!.text);
  // a capitalised word with a colon inside a sentence is no label
  assert.equal(speakers('"We said NO: that was the answer," Roe said.')[0].speaker, 'Roe');
});

test('a source named by alias with a cue is a reference; a quote in it names the source', () => {
  const text = 'The letter said coalition forces would take measures "to ensure that the movement out of Iraq is conducted safely."\n\nAccording to the letter, troops would go.';
  const found = extract(text, { language: 'markdown', lexicon: registryOf() });
  assert.equal(found.quotes[0].source?.sourceId, 'seely-letter');
  assert.ok(found.references.some((r) => r.sourceId === 'seely-letter' && r.cue?.text.toLowerCase() === 'according to'));
});

test('speaker mentions list every registered name in prose', () => {
  const text = 'Milley spoke after Seely.\n\nThe chairman of the Joint Chiefs left.';
  const registry = registryOf(`- id: mark-milley\n  type: person\n  name: Mark Milley\n  aliases: [Milley, the chairman of the Joint Chiefs]\n- id: ws\n  type: person\n  name: William Seely\n  aliases: [Seely]\n`);
  const found = extract(text, { language: 'markdown', lexicon: registry });
  assert.deepEqual(found.speakerMentions.map((m) => [m.text, m.id]), [['Milley', 'mark-milley'], ['Seely', 'ws'], ['The chairman of the Joint Chiefs', 'mark-milley']]);
});

test('documents relayed by someone, read letters and statements', () => {
  const [relayed] = speakers('"Forces will be repositioned over the coming days," a letter seen by Reuters showed.');
  assert.deepEqual([relayed.speaker, relayed.cue], ['a letter', 'showed']);
  const [read] = speakers('He read a letter from the command: "We will prepare for onward movement out of the country."');
  assert.equal(read.cue, 'read');
  const [statement] = speakers('In a statement, the Pentagon said: "No decision has been made to leave Iraq at this time."');
  assert.deepEqual([statement.speaker, statement.cue], ['the Pentagon', 'said']);
});

test('a quote that closes its sentence takes no speaker from the next sentence', () => {
  const [s] = speakers('Sanders called the suspension “arbitrary.” Josh Hendler, a top operative, warned on Saturday.');
  assert.equal(s.speaker, 'Sanders');
});

test('a role phrase between a quote and its cue is the speaker; words that are no speaker are not', () => {
  const [role] = speakers('"The evidence is clear," Republican National Committee chairman Reince Priebus said.');
  assert.deepEqual([role.speaker, role.cue], ['Republican National Committee chairman Reince Priebus', 'said']);
  const [investor] = speakers('"That is even worse," the investor said on Monday.');
  assert.equal(investor.speaker, 'the investor');
  assert.deepEqual(speakers('The so-called "deal" was announced on Monday.'), []);
});

test('attribution cues anywhere in prose, when asked for', () => {
  const text = 'Officials said the talks would resume. The senator, a Democrat, told reporters nothing. According to the letter, troops would go. The weather continues to improve.';
  const cues = extract(text, { language: 'plaintext', cues: true }).cues!.map((c) => c.text);
  // ("continues" is a cue only after something that can be a source)
  assert.deepEqual(cues, ['said', 'told reporters', 'According to']);
  assert.equal(extract(text, { language: 'plaintext' }).cues, undefined);
});

test('reporting words are cues wherever they stand, once each', () => {
  const text = 'The mayor, who has led the city since 2019 and faces a hard race this year, said the plan was sound, adding that it would pass, and declined to say more. Ann Roe said so.';
  const cues = extract(text, { language: 'plaintext', cues: true }).cues!.map((c) => c.text);
  assert.deepEqual(cues, ['said', 'adding', 'declined', 'said']);
});

test('an "as" clause after a quote names its speaker', () => {
  assert.equal(speakers('The vote is “too close to call right now,” as Ruiz said on the radio on Monday.')[0].speaker, 'Ruiz');
});

test('plural descriptions and "the person" as speakers', () => {
  assert.equal(speakers('The plan hurts “the families who need help most,” the groups say.')[0].speaker, 'the groups');
  assert.equal(speakers('At the same time, the person added, “the plan will not pass this year.”')[0].speaker, 'the person');
});

test('a speaker in a "with" clause before the quote', () => {
  assert.equal(speakers('Republicans were quick to respond, with Sen. Ann Roe calling the plan “a menu of bad choices.”')[0].speaker, 'Sen. Ann Roe');
});

test('"according to" closing the sentence of a partial quote, and before a lower-case role', () => {
  const [a] = speakers('The group pays “dozens” of canvassers to knock on doors, according to campaign manager Jeff Ward.');
  assert.equal(a.speaker, 'campaign manager Jeff Ward');
  assert.equal(a.cue, 'according to');
  assert.equal(speakers('According to campaign spokesman Jeff Ward, “the office opens on Monday.”')[0].speaker, 'campaign spokesman Jeff Ward');
});

test('a long description after the quote', () => {
  assert.equal(speakers('"The border is open," the independent Vermont senator and party candidate told the radio host.')[0].speaker, 'the independent Vermont senator and party candidate');
});

test('a plain-form cue after a plural speaker', () => {
  assert.equal(speakers('"The kingdom works closely with its allies," the Saudis state in the paper.')[0].cue, 'state');
});

test('a party label after a lower-case role and name', () => {
  assert.equal(speakers('"We are tying their hands," state Sen. Jason Roe (D) said on the floor.')[0].speaker, 'state Sen. Jason Roe (D)');
});

test('the subject after the last comma of a long opening phrase', () => {
  assert.equal(speakers('Speaking at a town hall in Salem, New Hampshire, Roe went after Bush, calling him “a total stiff.”')[0].speaker, 'Roe');
});

test('a capitalised name ending in -ly is no adverb, and "And"/"But"/a weekday opens no role phrase', () => {
  assert.equal(speakers('And Kelly called him “a real smart guy who knows the data.”')[0].speaker, 'Kelly');
  assert.equal(speakers('But, said Ann Roe, “I do not want to drum up any conflict.”')[0].speaker, 'Ann Roe');
  assert.equal(speakers('Tuesday at the university in Berea, Gov. John Roe (R-OH), said, “I am getting ready to rent a wagon.”')[0].speaker, 'Gov. John Roe (R-OH)');
});

test('a relay "according to" without a comma, or before a lower-case phrase, names the source', () => {
  assert.equal(speakers('"We disagree strongly," spokesman Jim Ware said in a statement according to The Daily Post.')[0].speaker, 'The Daily Post');
  assert.equal(speakers('"You have been very critical of me," he told the senator, according to officials with knowledge of the meeting.')[0].speaker, 'officials with knowledge of the meeting');
});

test('a description without a determiner: plural, or after a possessive', () => {
  assert.equal(speakers('"The plan is dead on arrival," GOP officials said on Monday.')[0].speaker, 'GOP officials');
  assert.equal(speakers('In a statement, Roe’s campaign said, “we will appeal the ruling.”')[0].speaker, 'Roe’s campaign');
});

test('"what he calls" in a sentence with a named subject: the subject is the mention', () => {
  assert.equal(speakers('Roe has railed against what he calls the “Capitol club of insiders” for years.')[0].speaker, 'Roe');
  // the same pronoun as subject is the mention; another pronoun is someone else
  assert.equal(speakers('He did not address the tweets in which he called the mayor “a disgrace to the city.”')[0].speaker, 'He');
  assert.equal(speakers('She did not answer when he called the plan “a disgrace to the city.”')[0].speaker, 'he');
});

test('"another" or "one" alone after a cue that follows the quote', () => {
  assert.equal(speakers('"Better watch out for the clerk this time," tweeted another.')[0].speaker, 'another');
});

test('a dummy "It" is no subject speaker', () => {
  assert.notEqual(speakers('It is strange that Roe would denounce “self-deportation as a plan for the border.”')[0]?.speaker, 'It');
});

test('the asker of a passive question before the quote', () => {
  const [a] = speakers('Roe was asked by moderator Jim Baker whether his plan risked “adding another costly program to the budget.”');
  assert.equal(a.speaker, 'moderator Jim Baker');
  assert.equal(a.cue, 'asked');
});

test('a "with" clause with an adverb and a gerund of shouting', () => {
  assert.equal(speakers('Some supporters kicked a protester, with Roe reportedly yelling: “Get him the hell out of here!”')[0].speaker, 'Roe');
});

test('a possessive of the first person and a frequency adverb before the cue', () => {
  assert.equal(speakers('"We live in hard times," my father often said.')[0].speaker, 'my father');
});

test('a description after an opening clause and its comma: "As the phone rang, the announcer said"', () => {
  assert.deepEqual(speakers('As a phone rang, the announcer said, “It is 3 a.m., and the city is asleep.”')[0], { speaker: 'the announcer', name: 'the announcer', id: null, cue: 'said' });
});

test('a subject pronoun with a contracted verb: "He’s claiming that …"', () => {
  assert.equal(speakers('He’s claiming that fraud at the polls is “a big, big problem in this country.”')[0].speaker, 'He');
  // (not the dummy "It’s": "It’s been common for reporters to call it “…”")
  assert.notEqual(speakers('It’s been common for reporters to call the race “a working-class rebellion.”')[0]?.speaker, 'It');
});

test('a share of those polled speaks: "63 percent said", "only 52 percent of registered voters agreed"', () => {
  const found = speakers('Only 52 percent of registered voters agreed that Roe is in "good enough health to serve," while 73 percent said the same of Lee. However, 63 percent said Roe was "justified" in keeping it private.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [['Only 52 percent of registered voters', 'agreed'], ['63 percent', 'said']]);
});

test('a pronoun speaking in the clause an attribution reports is that attribution’s speaker', () => {
  assert.equal(speakers('Aides urged restraint, but Roe said he responded: “When you have incoming, you cannot hold back.”')[0].speaker, 'Roe');
  assert.equal(speakers('Prosecutors say that he told one agent, “I would do it all again.”')[0].speaker, 'Prosecutors');
  // (a new clause with its own subject is a new speaker: "Roe said …, though he said, “…”")
  assert.equal(speakers('Roe said the plan was sound, though he said, “We may need more time.”')[0].speaker, 'he');
});

test('a relative clause with words between "who" and its cue', () => {
  assert.equal(speakers('Roe has had a frosty relationship with Lee, now the majority leader, who in 2010 said the party’s goal was to make Roe a “one-term mayor.”')[0].speaker, 'who');
  // (not when the clause has its own subject: "Bannon, who Beck on Wednesday called “…”")
  assert.notEqual(speakers('Much of his ire went to Lee, who Roe on Wednesday called “a despicable human being.”')[0].speaker, 'who');
});

test('a pronoun after the quote stands for the name that opens its sentence with a cue', () => {
  assert.equal(speakers('Okafor said she felt the law was worth examining because “most people don’t know about that loophole,” she said.')[0].speaker, 'Okafor');
  // (not across a parenthetical dash: "Roe suggested the plan was unserious - “…,” she said - and …")
  assert.equal(speakers('Roe suggested the plan was unserious - "Again, we need to get into the details," she said - and moved on.')[0].speaker, 'she');
});

test('a possessive before a noun of saying that holds the quote, when no cue comes before it', () => {
  assert.equal(speakers('The fact-checkers seized on Roe’s claim that there have been “thousands of shootings” this year.')[0].speaker, 'Roe');
  // (a cue before it makes the quote the cue's speaker's words: "Lee called Roe’s claim of a “rigged vote” …")
  assert.equal(speakers('Lee said that Roe’s claim of a rigged vote was “absurd and dangerous.”')[0].speaker, 'Lee');
});

test('a speaker inside the clause an attribution reports is not the quote’s speaker', () => {
  assert.equal(speakers('Asked about the race, Roe said on Monday that Americans will say “no” to the plan.')[0].speaker, 'Roe');
  // (a coordinated clause has its own speaker: "Roe said …, and Lee said “…”")
  assert.equal(speakers('Roe said the plan was sound and Lee said it was “a disaster.”')[0].speaker, 'Lee');
});
