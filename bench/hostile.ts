/**
 * Target 8 of `npm run bench`: each input that once made the checker
 * quadratic or worse (test/support/hostileDrafts.ts and hostileRegistries.ts,
 * where each says what it broke), timed once, beside the bench's ordinary
 * 1 MB draft against the same small registry. The tests assert that the
 * counted work grows linearly; the time is only measured here, printed, never
 * asserted.
 */
import * as fs from 'node:fs';
import { checkDocument } from '../src/core/check/checkDocument.ts';
import { NameDictionary, SPEAKER_NAME } from '../src/core/extract/nameDictionary.ts';
import { QuoteIndex } from '../src/core/match/quoteIndex.ts';
import { quickLocate } from '../src/core/registry/quickLocate.ts';
import { Registry } from '../src/core/registry/registry.ts';
import { registryCompletions } from '../src/core/registryFeatures/completion.ts';
import { placeAt } from '../src/core/registryFeatures/locate.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { applySuppressions } from '../src/core/suppressions/suppress.ts';
import { words } from '../src/core/text/normalize.ts';
import { registryOf } from '../test/support/drafts.ts';
import { hostileDrafts, manyDisables } from '../test/support/hostileDrafts.ts';
import { billionLaughs, copiedRegistryFile, largePeopleFile, longValueLine, oneSpeakerStatements, spacedValue } from '../test/support/hostileRegistries.ts';

/** One timed input: wall and CPU milliseconds for its UTF-8 bytes. */
export interface HostileRow {
  name: string;
  bytes: number;
  wallMs: number;
  cpuMs: number;
}

const bytes = (text: string) => Buffer.byteLength(text);

function timed(name: string, size: number, run: () => unknown): HostileRow {
  const c = process.cpuUsage();
  const t = performance.now();
  run();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(c);
  return { name, bytes: size, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The ordinary draft (`draftFile`) first, then every hostile input once. */
export function hostile(draftFile: string): { ordinary: HostileRow; rows: HostileRow[] } {
  const registry = registryOf();
  const check = (text: string, language: 'markdown' | 'plaintext' = 'markdown') => checkDocument({ path: '/ws/d.md', text, language }, registry, DEFAULT_SETTINGS);
  const draft = fs.readFileSync(draftFile, 'utf8');
  check(draft); // warms the JIT
  const ordinary = timed('ordinary 1 MB news draft, story registry', bytes(draft), () => check(draft));
  const rows = hostileDrafts().map((d) => timed(d.name, bytes(d.text), () => check(d.text, d.language)));
  const disables = manyDisables(20_000);
  rows.push(timed('20,000 disable comments over 40,000 findings', bytes(disables.text), () => applySuppressions(disables.text, 'markdown', disables.findings)));
  const name = Array.from({ length: 5000 }, () => 'the').join(' ') + ' end';
  const repeated = 'the '.repeat(100_000);
  rows.push(timed('a 5,000-word name over 100,000 repeated words', bytes(repeated), () => {
    const d = new NameDictionary();
    d.add(name, SPEAKER_NAME);
    d.find(repeated, 'speaker');
  }));
  const lol = billionLaughs();
  rows.push(timed('registry: nested YAML aliases ("billion laughs")', bytes(lol), () => new Registry([{ path: 'lol.yaml', text: lol }]).problems));
  const copied = copiedRegistryFile(20_000);
  rows.push(timed('registry: a copied file of 20,000 entries (duplicate ids)', 2 * bytes(copied), () => new Registry([{ path: 'sources/a.yaml', text: copied }, { path: 'sources/a copy.yaml', text: copied }], [], () => copied).problems));
  const spaced = spacedValue(3000);
  rows.push(timed('registry: quick location past a run of 3,000 spaces', bytes(spaced), () => quickLocate('s.yaml', spaced, 'b')));
  const big = largePeopleFile(20_000);
  rows.push(timed('registry file: 100 edits at the end of a 20,000-entry file, each located', 100 * bytes(big), () => {
    for (let i = 0; i < 100; i++) placeAt('/ws/sources/big.yaml', big.slice(0, -1) + String(i), big.length - 30);
  }));
  const line = longValueLine(100_000);
  rows.push(timed('registry file: completion at the end of a 100,000-letter line', bytes(line), () => registryCompletions('/ws/sources/r.yaml', line.replace('|', ''), line.indexOf('|'), registry)));
  const statements = oneSpeakerStatements(30_000, 'We never promised the nurses a raise, and the budget does not allow one this year.', 'We never promised the certainly a raise');
  const index = new QuoteIndex(statements.texts);
  const quoted = statements.quotes.map((q) => words(q));
  rows.push(timed('200 quotes looked up among 30,000 statements of their speaker', bytes(statements.quotes.join('\n')), () => quoted.map((q) => index.lookupBySpeaker(q, 'ann-roe', 1))));
  return { ordinary, rows };
}
