/**
 * Registry files and lookups that once made reading or editing a registry
 * quadratic or worse, each with what it broke, sized by the caller: the tests
 * check them (behaviour, and counted work) and `npm run bench` times them
 * (group 8, hostile input).
 */

/** A registry entry whose `aliases` names the ninth of nine levels of aliases, each nine of the one before ("billion laughs": 9^9 values expanded). */
export function billionLaughs(): string {
  const lines = ['- id: lol', '  type: statement', '  text: hello there', '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 8; i++) lines.push(`  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  lines.push('  aliases: *a8');
  return lines.join('\n') + '\n';
}

/** A registry file of `entries` people, to be read twice (a copied file: every id a duplicate; 20,000 once took 38 s to report). */
export function copiedRegistryFile(entries: number): string {
  return Array.from({ length: entries }, (_, i) => `- id: e${i}\n  type: person\n  name: E ${i}\n`).join('');
}

/** A YAML registry file of `entries` people and a last statement (100 hovers while typing at the end of a 20,000-entry file once took 390 s: each parsed all of it). */
export function largePeopleFile(entries: number): string {
  let big = '# many people\n';
  for (let i = 0; i < entries; i++) big += `- id: person-${i}\n  type: person\n  name: Person ${i}\n`;
  return big + '---\nid: last-note\ntype: statement\nspeaker: person-7\ntext: the last words\n';
}

/** A statement whose text is one word of `letters` letters, `|` where the cursor is (completion's patterns backtracked over it: 62 s for two requests at 100,000). */
export function longValueLine(letters: number): string {
  return `- id: a\n  type: statement\n  text: ${'word'.repeat(letters / 4)}|\n`;
}

/** A statement whose quoted text holds a run of `spaces` spaces (a pattern built from the id backtracked over it). */
export function spacedValue(spaces: number): string {
  return `- id: b\n  type: statement\n  text: "x${' '.repeat(spaces)}y"\n`;
}

const VOCABULARY = 'the of and to a in that is was for it with as on be at by this had not are but from or have an they which one were all there would their we been has when who will more no if out so said what up about into than them can only other new some could time these two may then do first any now such like our over even most made after also did many before must through back years where much way well down should because each just those people how too little state good very make world still own see work long get here between both life being under never day same another know while last might great old year off come since against go came right used take three'.split(' ');

/**
 * `count` statements of 24 random common words by one speaker (`ann-roe`),
 * `own` among them at 41% of the way, and 200 quotes to look up: `own` with
 * one word changed (`changed`), then ten words of each of the first 199.
 * Aligning every statement sharing a word with each quote made 200 lookups
 * among 30,000 take many seconds.
 */
export function oneSpeakerStatements(count: number, own: string, changed: string): { texts: { id: string; text: string; speaker: string }[]; quotes: string[] } {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const texts = Array.from({ length: count }, (_, i) => ({ id: `s${i}`, text: Array.from({ length: 24 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' '), speaker: 'ann-roe' }));
  texts.splice(Math.floor(count * 0.4115), 0, { id: 'roe', text: own, speaker: 'ann-roe' });
  return { texts, quotes: [changed, ...texts.slice(0, 199).map((t) => t.text.split(' ').slice(4, 14).join(' '))] };
}
