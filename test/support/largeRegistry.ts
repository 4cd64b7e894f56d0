/**
 * A registry large enough for the index cache to keep (files over 16 KB,
 * over 256 statements), with a draft quoting some of it verbatim, some
 * altered and some by the wrong speaker, written into a `sources/` folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const WORDS = 'budget council housing river school transit harbor library tax election bridge water energy county mayor vote road clinic park market'.split(' ');

/** The words of statement `i`: fourteen, drawn by a generator seeded with `i`, its number among them. */
export function statementText(i: number): string {
  let seed = i + 1;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) >>> 8;
  return Array.from({ length: 14 }, (_, k) => WORDS[next() % WORDS.length] + (k === 3 ? String(i) : '')).join(' ');
}

/** Writes `files` statement files of `perFile` statements and a people file into `dir/sources`; returns the sources folder. */
export function writeLargeRegistry(dir: string, files = 2, perFile = 400): string {
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(sources, { recursive: true });
  let people = '';
  for (let p = 0; p < 20; p++) people += `- id: person-${p}\n  type: person\n  name: "Pat Person${p}"\n  aliases: ["Person${p}", "P. Person${p}"]\n`;
  fs.writeFileSync(path.join(sources, 'people.yaml'), people);
  for (let f = 0; f < files; f++) {
    let yaml = '';
    for (let k = 0; k < perFile; k++) {
      const i = f * perFile + k;
      yaml += `- id: s${i}\n  type: statement\n  title: Statement ${i}\n  speaker: person-${i % 20}\n  date: 2020-01-${String(1 + (i % 28)).padStart(2, '0')}\n  status: ${i % 7 === 0 ? 'disputed' : 'verified'}\n  aliases: ["the s${i} remarks"]\n  text: "${statementText(i)}."\n`;
    }
    fs.writeFileSync(path.join(sources, `statements-${f}.yaml`), yaml);
  }
  return sources;
}

/** A draft quoting statements 3, 10 (one word changed) and 14 (by someone else than its speaker), and 21 (disputed). */
export function largeRegistryDraft(): string {
  const changed = statementText(10).split(' ');
  changed[6] = 'never';
  return [
    `Person3 said, "${statementText(3)}."`,
    '',
    `"${changed.join(' ')}," Person10 said.`,
    '',
    `Person2 said: "${statementText(14)}."`,
    '',
    `Person1 said that "${statementText(21)}."`,
    '',
  ].join('\n');
}
