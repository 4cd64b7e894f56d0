// Registries for the bench, as a newsroom has them (issue 15): people with
// several aliases each (the draft's own speakers first, then generated names)
// and statements (the draft's own quotes, 1 in 5 altered by a word, then
// corpus sentences), written as YAML under bench/.cache.
import * as fs from 'node:fs';
import * as path from 'node:path';

const SYLLABLES = 'ka lo mi ren sa to vel da ni bor el fa gu ha ir jo ke li ma no pe qu ri se ta ul vi wo xa yo ze an be ce di en fi go hu is'.split(' ');
const ENDINGS = ['sen', 'ova', 'ez', 'ski', 'dottir', 'berg', 'ani', 'ucci', 'escu', 'idis'];
const TITLES = new Set('Mr Mrs Ms Dr Sen Senator Rep Representative Gov Governor President Secretary General Gen Judge Mayor Said The And But When As In On At Former Candidate Adviser Chairman Host Professor Spokesman Spokeswoman'.split(' '));
const SWAPS = ['never', 'always', 'nobody', 'everyone', 'tomorrow', 'quickly', 'millions', 'nothing'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$/u;
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The draft's speakers as people, most quoted first: each extracted speaker
 * name grouped by surname, with the first name the draft most often writes
 * before that surname ("Donald Trump" for "Trump"), where there is one.
 */
export function draftSpeakers(text, quotes) {
  const bySurname = new Map();
  for (const q of quotes) {
    const name = q.speaker?.replace(/['’]s$/, '');
    if (!name || !NAME.test(name)) continue;
    const surname = name.split(' ').pop();
    const entry = bySurname.get(surname) ?? { surname, quotes: 0, written: new Set() };
    entry.quotes++;
    entry.written.add(name);
    bySurname.set(surname, entry);
  }
  const speakers = [...bySurname.values()].sort((a, b) => b.quotes - a.quotes || (a.surname < b.surname ? -1 : 1));
  for (const s of speakers) {
    const counts = new Map();
    const before = new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+) ${escapeRegExp(s.surname)}(?!\\p{L})`, 'gu');
    for (const m of text.matchAll(before)) if (!TITLES.has(m[1])) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    const first = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    s.name = first ? `${first} ${s.surname}` : s.surname;
    s.aliases = first ? [s.surname, `${first[0]}. ${s.surname}`] : [`Mr. ${s.surname}`];
  }
  return speakers;
}

/** People YAML: the first `count` of the draft's speakers, then generated people (2-3 aliases each) up to `count`. */
export function peopleYaml(count, speakers, r) {
  const word = (n) => cap(Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
  const lines = [];
  const person = (i, name, aliases) => lines.push(`- id: person-${i}\n  type: person\n  name: ${JSON.stringify(name)}\n  aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]\n`);
  speakers.slice(0, count).forEach((s, i) => person(i, s.name, s.aliases));
  for (let i = Math.min(count, speakers.length); i < count; i++) {
    const first = word(2);
    // (a surname ending that makes no English word: "Been", "Make" would be names in every paragraph)
    const last = word(1 + Math.floor(r() * 2)) + ENDINGS[Math.floor(r() * ENDINGS.length)];
    person(i, `${first} ${last}`, [last, `${first[0]}. ${last}`, ...(i % 3 === 0 ? [`Dr. ${first} ${last}`] : [])]);
  }
  return lines.join('');
}

/** A quote as a registered statement: every fifth one altered by a word, every other one inside a longer text. */
function statementText(quote, i, r, pool) {
  const words = quote.text.replace(/[,.;:]+$/, '').split(/\s+/);
  if (i % 5 === 4 && words.length > 1) {
    const at = Math.floor(words.length / 2);
    words[at] = SWAPS.find((w) => w !== words[at].toLowerCase()) ?? 'never';
  }
  const said = words.join(' ');
  if (i % 2 === 0 && words.length >= 4) return said;
  return `${pool[Math.floor(r() * pool.length)]} ${said}. ${pool[Math.floor(r() * pool.length)]}`;
}

/**
 * Writes a registry of `people` people and `statements` statements into
 * `dir/sources` (people.yaml and statements-NNN.yaml of 1,000 each): the
 * draft's quotes first, each given to its speaker's id when that speaker is
 * registered, else to the speaker's name as written.
 */
export function writeRegistry(dir, { statements, people }, draft, r, pool) {
  fs.rmSync(dir, { recursive: true, force: true });
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(sources, { recursive: true });
  fs.writeFileSync(path.join(sources, 'people.yaml'), peopleYaml(people, draft.speakers, r));
  const idOf = new Map();
  draft.speakers.slice(0, people).forEach((s, i) => {
    for (const name of [s.name, ...s.written]) idOf.set(name, `person-${i}`);
  });
  let yaml = '';
  let file = 0;
  for (let i = 0; i < statements; i++) {
    const quote = draft.quotes[i];
    const text = quote ? statementText(quote, i, r, pool) : `${pool[Math.floor(r() * pool.length)]} ${pool[Math.floor(r() * pool.length)]}`;
    // (a pronoun left unresolved, "they", names nobody: such a quote is given to someone registered)
    const named = quote?.speaker && NAME.test(quote.speaker) ? quote.speaker : null;
    const speaker = named ? (idOf.get(named) ?? named) : `person-${Math.floor(r() * people)}`;
    yaml += `- id: s${i}\n  type: statement\n  title: Statement ${i}\n  speaker: ${JSON.stringify(speaker)}\n  date: 2016-0${1 + (i % 9)}-1${i % 10}\n  status: ${i % 50 === 0 ? 'disputed' : 'verified'}\n  text: ${JSON.stringify(text)}\n`;
    if ((i + 1) % 1000 === 0 || i === statements - 1) {
      fs.writeFileSync(path.join(sources, `statements-${String(file++).padStart(4, '0')}.yaml`), yaml);
      yaml = '';
    }
  }
}
