/**
 * In-process measurements for `npm run bench` (issue 15), one task a process
 * so that each heap is measured alone: `people` (the 1 MB check with 10,
 * 5,000 and 50,000 registered people), `statements NAME` (one registry read,
 * indexed and looked up) and `draftSize` (the check of the 1 MB and the 10 MB
 * draft) and `hostile` (the inputs that once made it quadratic or worse,
 * beside an ordinary draft: bench/hostile.ts). Its last argument is the
 * inputs' JSON file; prints one JSON object (read by bench/run.mjs).
 */
import * as fs from 'node:fs';
import { checkDocument } from '../src/core/check/checkDocument.ts';
import type { Registry } from '../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { words } from '../src/core/text/normalize.ts';
import { matcherFor } from '../src/core/extract/lexiconMatcher.ts';
import { IndexCache } from '../src/host/indexCache.ts';
import { RegistryStore } from '../src/host/registryStore.ts';
import * as path from 'node:path';
import { hostile } from './hostile.ts';

type Input = { draft: string; draft10mb: string; quotes: string[]; registries: Record<string, string> };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes: number) => bytes / 1048576;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** A registry read from disk as the CLI and the server read it (a fresh store: nothing cached). */
function load(dir: string): Registry {
  return new RegistryStore([dir]).registryOf([dir]);
}

/** The check of `text` against a fresh registry (its index and name dictionary built first, as a loaded one has them). */
function timedCheck(dir: string, file: string, text: string) {
  const registry = load(dir);
  void registry.quotes;
  const t0 = performance.now();
  matcherFor(registry);
  const t = performance.now();
  const c = process.cpuUsage();
  const findings = checkDocument({ path: file, text, language: 'markdown' }, registry, DEFAULT_SETTINGS).findings.length;
  const used = process.cpuUsage(c);
  return { registry, dictionaryMs: t - t0, wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000, findings };
}

/** The time to read and index a registry through the index cache in `folder` (as the CLI reads it), and the files read from it. */
function loadCached(dir: string, folder: string) {
  const store = new RegistryStore([dir]);
  let cache: IndexCache | undefined;
  store.indexCache = () => (cache = new IndexCache({ folder, stamp: 'bench' }));
  const t = performance.now();
  const registry = store.registryOf([dir]);
  void registry.quotes;
  return { ms: performance.now() - t, hits: cache!.counts.hits };
}

/** Target 2: 10 → 5,000 → 50,000 people, 10k statements; the three take turns round after round (the first round not counted). */
function people(input: Input) {
  const draft = fs.readFileSync(input.draft, 'utf8');
  const rows: Record<string, { people: number; names: number; findings: number; wall: number[]; cpu: number[]; builds: number[] }> = {};
  for (let round = 0; round < 5; round++) {
    for (const name of ['10k-10', '10k-5000', '10k-50000']) {
      const run = timedCheck(input.registries[name], input.draft, draft);
      const row = (rows[name] ??= { people: run.registry.speakers.size, names: [...run.registry.speakerNames()].length, findings: 0, wall: [], cpu: [], builds: [] });
      row.findings = run.findings;
      row.builds.push(run.dictionaryMs);
      if (round > 0) {
        row.wall.push(run.wallMs);
        row.cpu.push(run.cpuMs);
      }
    }
  }
  return Object.fromEntries(Object.entries(rows).map(([n, p]) => [n, { people: p.people, names: p.names, findings: p.findings, checkMs: median(p.wall), cpuMs: median(p.cpu), dictionaryMs: median(p.builds) }]));
}

/** Target 3: one registry read and indexed (cold: nothing cached, no index cache exists yet), then looked up per quote. */
function statements(input: Input, dir: string) {
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const registry = load(dir);
  const t1 = performance.now();
  void registry.quotes;
  const t2 = performance.now();
  gc();
  const after = process.memoryUsage();
  const quoteWords = input.quotes.map((q) => words(q));
  let found = 0;
  const lookup = () => {
    found = 0;
    for (const q of quoteWords) if (registry.quotes.lookup(q)) found++;
  };
  lookup(); // the first pass fills the lookup cache; the figure is a repeat's, as in an editor
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    lookup();
    times.push(performance.now() - t);
  }
  const fresh = load(dir);
  void fresh.quotes;
  const t3 = performance.now();
  for (const q of quoteWords) fresh.quotes.lookup(q);
  const firstLookupMs = performance.now() - t3;
  return {
    entries: registry.sources.size, readMs: t1 - t0, indexMs: t2 - t1, found, quotes: quoteWords.length,
    lookupUs: (median(times) / quoteWords.length) * 1000, firstLookupUs: (firstLookupMs / quoteWords.length) * 1000,
    heapMb: mb(after.heapUsed - before.heapUsed), rssMb: mb(after.rss),
  };
}

/** Target 3 through the index cache (a process of its own, so that no other registry weighs on the heap): one load writes it, then fresh loads read it. */
function indexCache(dir: string) {
  // the index cache: written by one load (cold), then read by fresh loads (warm, median of 3)
  const folder = path.join(path.dirname(dir), `index-cache-${path.basename(dir)}`);
  fs.rmSync(folder, { recursive: true, force: true });
  const write = loadCached(dir, folder);
  const files = fs.readdirSync(folder);
  const cacheBytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
  const warm = [0, 1, 2].map(() => {
    gc();
    return loadCached(dir, folder);
  });
  return { writeMs: write.ms, warmMs: median(warm.map((w) => w.ms)), warmHits: warm[0].hits, cacheFiles: files.length, cacheBytes };
}

/** Target 4: the 1 MB and the 10 MB draft, 10k statements + 5,000 people (a fresh registry each run). */
function draftSize(input: Input) {
  const dir = input.registries['10k-5000'];
  const small = fs.readFileSync(input.draft, 'utf8');
  const large = fs.readFileSync(input.draft10mb, 'utf8');
  timedCheck(dir, input.draft, small); // warms the JIT
  // (in turns, 1 MB, 10 MB, 1 MB, 10 MB, 1 MB, so that a change in the machine's load weighs on both)
  const one: ReturnType<typeof timedCheck>[] = [];
  const ten: ReturnType<typeof timedCheck>[] = [];
  for (let i = 0; i < 5; i++) (i % 2 ? ten : one).push(i % 2 ? timedCheck(dir, input.draft10mb, large) : timedCheck(dir, input.draft, small));
  return {
    oneMbMs: median(one.map((r) => r.wallMs)), tenMbMs: ten.map((r) => r.wallMs), oneMbCpuMs: median(one.map((r) => r.cpuMs)), tenMbCpuMs: ten.map((r) => r.cpuMs),
    oneMbFindings: one[0].findings, tenMbFindings: ten[0].findings,
    oneMbBytes: Buffer.byteLength(small), tenMbBytes: Buffer.byteLength(large),
  };
}

const [task, arg, json] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(json ?? arg, 'utf8')) as Input;
const out = task === 'people' ? people(input) : task === 'statements' ? statements(input, arg) : task === 'indexCache' ? indexCache(arg) : task === 'draftSize' ? draftSize(input) : task === 'hostile' ? hostile(input.draft) : null;
if (!out) throw new Error(`unknown task ${task}: expected people, statements DIR, indexCache DIR, draftSize or hostile`);
console.log(JSON.stringify(out));
