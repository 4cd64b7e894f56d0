/**
 * In-process measurements: the full check of the 1 MB draft against
 * remark-parse alone on it, and the registry index at 1k, 10k and 100k.
 * Prints one JSON object (read by bench/run.mjs).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkDocument } from '../src/core/check/checkDocument.ts';
import { Registry } from '../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { words } from '../src/core/text/normalize.ts';
import { libraryParse } from '../src/core/registry/fastParse.ts';
import { quickRead } from '../src/core/registry/quickRead.ts';
import { matcherFor } from '../src/core/extract/lexiconMatcher.ts';
import { peopleRegistry } from './inputs.mjs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timeFn(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function readRegistry(dir: string) {
  const files: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) files.push({ path: p, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

const input = JSON.parse(process.argv[2]) as { draft: string; quotes: string[]; registries: Record<string, string> };
const draft = fs.readFileSync(input.draft, 'utf8');
const out: Record<string, unknown> = {};

// 2. core only: the full check vs remark-parse alone (fresh state each run: no caches)
const files10k = readRegistry(input.registries['10k']);
const parse = unified().use(remarkParse);
out.remarkParseMs = timeFn(() => void parse.parse(draft));
const checks: number[] = [];
let findings = 0;
for (let i = 0; i < 4; i++) {
  const registry = new Registry(files10k); // fresh each run, so no lookup is cached
  void registry.quotes;
  const t = performance.now();
  findings = checkDocument({ path: input.draft, text: draft, language: 'markdown' }, registry, DEFAULT_SETTINGS).findings.length;
  if (i > 0) checks.push(performance.now() - t); // the first run warms the JIT
}
out.fullCheckMs = median(checks);
out.findings = findings;

// 4. registry: index build and lookup per quote
const lookups: Record<string, unknown> = {};
for (const [name, dir] of Object.entries(input.registries)) {
  const files = readRegistry(dir);
  const t0 = performance.now();
  const registry = new Registry(files);
  const t1 = performance.now();
  void registry.quotes;
  const t2 = performance.now();
  const quoteWords = input.quotes.map((q) => words(q));
  let found = 0;
  const perQuote = timeFn(() => {
    found = 0;
    for (const q of quoteWords) if (registry.quotes.lookup(q)) found++;
  }, 3) / quoteWords.length;
  lookups[name] = { entries: registry.sources.size, parseMs: t1 - t0, indexMs: t2 - t1, lookupUs: perQuote * 1000, found, heapMb: process.memoryUsage().heapUsed / 1048576 };
}
out.registry = lookups;

// the registry line reader against js-yaml on the 100k registry's files (same data: tests compare them)
const files100k = readRegistry(input.registries['100k']);
let accepted = 0;
const quickMs = timeFn(() => {
  accepted = 0;
  for (const f of files100k) if (quickRead(f)) accepted++;
}, 3);
const libraryMs = timeFn(() => {
  for (const f of files100k) libraryParse(f);
}, 3);
out.reader = { files: files100k.length, accepted, quickMs, libraryMs };

// 7. registered names: the full check with 10, 5,000 and 50,000 people of 2-3 aliases each (a fresh registry each run,
// its quote index and name dictionary built before the timed check, as a loaded registry has them); the three take
// turns, round after round, so that none runs on a warmer JIT than the others; the first round is not counted
const people: Record<string, { speakers: number; names: number; findings: number; wall: number[]; cpu: number[]; builds: number[] }> = {};
const peopleFiles = Object.fromEntries([10, 5000, 50000].map((n) => [n, peopleRegistry(n, input.quotes)]));
for (let round = 0; round < 6; round++) {
  for (const [n, files] of Object.entries(peopleFiles)) {
    const registry = new Registry(files);
    void registry.quotes;
    const t0 = performance.now();
    matcherFor(registry);
    const t = performance.now();
    const c = process.cpuUsage();
    const result = checkDocument({ path: input.draft, text: draft, language: 'markdown' }, registry, DEFAULT_SETTINGS);
    const used = process.cpuUsage(c);
    const row = (people[n] ??= { speakers: registry.speakers.size, names: [...registry.speakerNames()].length, findings: 0, wall: [], cpu: [], builds: [] });
    row.findings = result.findings.length;
    row.builds.push(t - t0);
    if (round > 0) {
      row.wall.push(performance.now() - t);
      row.cpu.push((used.user + used.system) / 1000);
    }
  }
}
out.people = Object.fromEntries(Object.entries(people).map(([n, p]) => [n, { speakers: p.speakers, names: p.names, findings: p.findings, checkMs: median(p.wall), cpuMs: median(p.cpu), dictionaryMs: median(p.builds) }]));
console.log(JSON.stringify(out));
