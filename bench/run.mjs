#!/usr/bin/env node
// `npm run bench`: speed and memory of Source Check at newsroom scale against
// the targets of issue 15, beside the linters writers already run. Figures and
// ratios are printed (and saved to bench/.cache/results.json), never asserted.
// Target 8 (hostile input) times the inputs that once made the checker quadratic; the tests count their work instead.
// BENCH_SKIP_1M=1 leaves out the 1M-statement registry (writing it takes ~1 min the first time).
// `--only 1,3` runs only those targets' rows (while working on them; the full run is the figure).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputs, registryPath } from './inputs.mjs';
import { editing, memory, workspace } from './lsp.mjs';
import { median } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const rows = [];
const raw = {};
const row = (what, figure, target, met) => {
  rows.push({ what, figure, target, met });
  console.log(`${met === undefined ? '  ' : met ? '✓ ' : '✗ '}${what}: ${figure}${target ? `  (target ${target})` : ''}`);
};
const s = (x) => `${x.toFixed(2)} s`;
const ms = (x) => `${x.toFixed(0)} ms`;
const ratio = (x) => `${x.toFixed(2)}×`;

const TIME = '/usr/bin/time';
const cpuFile = path.join(ROOT, 'bench', '.cache', 'cpu.txt');
/** Wall times in seconds of `runs` runs of a whole process, in order, and their CPU seconds (user + system; through /usr/bin/time where it is). */
function times(cmd, args, runs, options = {}) {
  const out = [];
  const cpu = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const timed = fs.existsSync(TIME);
    status = timed ? spawnSync(TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args], { stdio: 'ignore', ...options }).status : spawnSync(cmd, args, { stdio: 'ignore', ...options }).status;
    out.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (timed) cpu.push(fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').reduce((a, b) => a + Number(b), 0));
  }
  return { times: out, cpu, status };
}
const cpuOf = (run) => (run.cpu.length ? `, CPU ${s(median(run.cpu))}` : '');

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1].split(',').map(Number)) : undefined;
/** True when target `n`'s rows are to be run. */
const wanted = (n) => !only || only.has(n);
const started = Date.now();
const input = inputs(ROOT);
console.log(`inputs: ${(input.draftBytes / 1e6).toFixed(2)} MB and ${(input.draft10mbBytes / 1e6).toFixed(1)} MB drafts (${input.draftSource}; the 10 MB one holds every article once, then again from the start); the 1 MB draft's ${input.quotes.length} quotes (source-check extract) registered as statements, 1 in 5 altered, and its ${input.draftSpeakers} named speakers as people`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)\n`);

// 1. cold and warm CLI, whole process, beside markdownlint-cli2 and cspell
// (the index cache in a folder of its own, emptied first: the first run is cold, the next ones read the cache)
const cliCache = path.join(ROOT, 'bench', '.cache', 'cli-index-cache');
const cli = (registry, runs, cacheArgs = ['--cache-location', cliCache]) => times(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'check', input.draft, '--registry', input.registries[registry], '--no-config', '--format', 'json', ...cacheArgs], runs);
if (wanted(1)) {
fs.rmSync(cliCache, { recursive: true, force: true });
const ours = cli('10k-5000', 5);
const uncached = cli('10k-5000', 3, ['--no-cache']);
// the registry from the index cache, the draft checked (each run another --max-warnings, so that no run is a result-cache replay)
const indexOnly = [0, 1, 2].map((i) => cli('10k-5000', 1, ['--cache-location', cliCache, '--max-warnings', String(100000 + i)]));
const indexWarm = { times: indexOnly.map((r) => r.times[0]), cpu: indexOnly.flatMap((r) => r.cpu), status: indexOnly[2].status };
const ours10 = cli('10k-10', 3);
const cspellConfig = path.join(ROOT, 'bench', '.cache', 'cspell.json');
fs.writeFileSync(cspellConfig, JSON.stringify({ version: '0.2', language: 'en', useGitignore: false }));
const markdownlint = times(bin('markdownlint-cli2'), [input.draft], 3, { cwd: path.dirname(input.draft) });
const cspell = times(bin('cspell'), ['--no-progress', '--no-cache', '--no-summary', '--config', cspellConfig, input.draft], 3);
const fastest = Math.min(median(markdownlint.times), median(cspell.times));
const cold = ours.times[0];
const warm = median(ours.times.slice(1));
row('1. cold CLI check, 1 MB draft + 10k statements + 5,000 people', `cold ${s(cold)} (first run), warm ${s(warm)} (median of the next 4, replayed from the result cache${cpuOf(ours)}; exit ${ours.status}); markdownlint-cli2 ${s(median(markdownlint.times))}${cpuOf(markdownlint)}, cspell ${s(median(cspell.times))}${cpuOf(cspell)} (medians of 3); fastest linter / ours = ${ratio(fastest / cold)} cold, ${ratio(fastest / warm)} warm`, '≥ 3×', fastest / cold >= 3);
row('1. the same with 10 people', `cold ${s(ours10.times[0])}, then ${ours10.times.slice(1).map(s).join(', ')} from the result cache = ${ratio(fastest / ours10.times[0])} / ${ratio(fastest / median(ours10.times.slice(1)))} the fastest linter`);
row('1. the same with --no-cache', `${s(median(uncached.times))} (median of 3${cpuOf(uncached)}) = ${ratio(fastest / median(uncached.times))} the fastest linter`);
row('1. registry from the index cache, draft checked (no result cache hit)', `${s(median(indexWarm.times))} (median of 3${cpuOf(indexWarm)}) = ${ratio(fastest / median(indexWarm.times))} the fastest linter`);
raw.cli = { ours, ours10, uncached, indexWarm, markdownlint, cspell };
}

// in-process figures: bundled like the CLI and the server (esbuild; tsx would add its keep-names wrappers to every
// function), and run with the regular-expression flag they run with (bin/source-check.js, SERVER_FLAGS)
const coreBundle = path.join(ROOT, 'bench', '.cache', 'core.bundle.cjs');
await esbuild.build({ entryPoints: [path.join(ROOT, 'bench', 'core.ts')], outfile: coreBundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], preserveSymlinks: true, logLevel: 'warning' });
const inputFile = path.join(ROOT, 'bench', '.cache', 'input.json'); // (a file: the quotes are longer than one argument may be)
fs.writeFileSync(inputFile, JSON.stringify(input));
function core(...args) {
  const run = spawnSync(process.execPath, ['--no-regexp-tier-up', '--expose-gc', '--max-old-space-size=12000', coreBundle, ...args, inputFile], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`bench/core.ts ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

// 2. people
const people = wanted(2) ? core('people') : {};
const p10 = people['10k-10'];
for (const [name, p] of Object.entries(people)) {
  const limit = { '10k-5000': 1.2, '10k-50000': 1.5 }[name];
  const r = p.checkMs / p10.checkMs;
  row(`2. 1 MB check, 10k statements, ${p.people.toLocaleString('en')} people`, `${ms(p.checkMs)} = ${ratio(r)} the time with 10, CPU ${ms(p.cpuMs)} = ${ratio(p.cpuMs / p10.cpuMs)} (${p.names.toLocaleString('en')} names; dictionary built in ${ms(p.dictionaryMs)}; ${p.findings} findings)`, limit && `≤ ${limit}× the time with 10`, limit && r <= limit);
}

// 3. statements
const statements = {};
for (const name of wanted(3) ? ['1k-5000', '10k-5000', '100k-5000', '1m-5000'] : []) {
  const r100 = statements['100k-5000'];
  const slow = r100 && (r100.readMs + r100.indexMs) / 1000 > 8;
  if (name === '1m-5000' && (process.env.BENCH_SKIP_1M || slow)) {
    row('3. registry of 1M statements', `skipped: ${process.env.BENCH_SKIP_1M ? 'BENCH_SKIP_1M is set' : `100k took ${s((r100.readMs + r100.indexMs) / 1000)} to read and index, so 1M would take ten times that, past the bench's few minutes`}`);
    continue;
  }
  const r = (statements[name] = core('statements', input.registries[name] ?? registryPath(ROOT, name)));
  // (the store builds a registry of over 25 files' quote index while reading it: then read + index is one figure)
  const readIndex = r.indexMs < 1 ? `read + index ${ms(r.readMs)}` : `read ${ms(r.readMs)}, index ${ms(r.indexMs)}`;
  row(`3. registry ${name.replace('-', ' statements + ')} people`, `${r.entries.toLocaleString('en')} statements: ${readIndex}, heap +${r.heapMb.toFixed(0)} MB (RSS ${r.rssMb.toFixed(0)} MB); lookup ${r.lookupUs.toFixed(1)} µs/quote (first ${r.firstLookupUs.toFixed(1)} µs; ${r.found} of ${r.quotes} quotes found)`);
}
const r100 = statements['100k-5000'];
if (r100) {
  Object.assign(r100, core('indexCache', input.registries['100k-5000']));
  row('3. 100k statements read + indexed, cold (nothing cached)', s((r100.readMs + r100.indexMs) / 1000));
  row('3. 100k statements read + indexed from a warm index cache', `${s(r100.warmMs / 1000)} (median of 3; writing the cache: ${s(r100.writeMs / 1000)}, ${(r100.cacheBytes / 1048576).toFixed(0)} MB in ${r100.cacheFiles} files; ${r100.warmHits} files read from it)`, '≤ 0.5 s', r100.warmMs / 1000 <= 0.5);
}
const r1m = statements['1m-5000'];
if (r1m) {
  row('3. 1M statements: index memory', `heap +${(r1m.heapMb / 1024).toFixed(2)} GB, RSS ${(r1m.rssMb / 1024).toFixed(2)} GB`, '≤ 1.5 GB', r1m.rssMb / 1024 <= 1.5);
  row('3. lookup at 1M / lookup at 1k', `${r1m.lookupUs.toFixed(1)} / ${statements['1k-5000'].lookupUs.toFixed(1)} µs = ${ratio(r1m.lookupUs / statements['1k-5000'].lookupUs)} (first lookups: ${ratio(r1m.firstLookupUs / statements['1k-5000'].firstLookupUs)})`, '≤ 2×', r1m.lookupUs / statements['1k-5000'].lookupUs <= 2);
}

// 4. draft size
if (wanted(4)) {
const d = core('draftSize');
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tenMs = mean(d.tenMbMs);
const tenCpu = mean(d.tenMbCpuMs);
row('4. 10 MB draft / 1 MB draft, 10k statements + 5,000 people', `${s(tenMs / 1000)} (mean of ${d.tenMbMs.map((x) => s(x / 1000)).join(', ')}; ${d.tenMbFindings} findings) / ${s(d.oneMbMs / 1000)} (median of 3; ${d.oneMbFindings} findings) = ${ratio(tenMs / d.oneMbMs)}; CPU ${s(tenCpu / 1000)} / ${s(d.oneMbCpuMs / 1000)} = ${ratio(tenCpu / d.oneMbCpuMs)}; for ${ratio(d.tenMbBytes / d.oneMbBytes)} the bytes`, '≤ 11×', tenMs / d.oneMbMs <= 11);

raw.draftSize = d;
}

// 5. editing over LSP
if (wanted(5)) {
const e = await editing(SERVER, input, input.registries['10k-5000']);
row('5. LSP one-character edit → diagnostics, 1 MB draft, 10k statements + 5,000 people, 200 edits over stdio', `p50 ${e.p50.toFixed(1)} ms, p95 ${e.p95.toFixed(1)} ms (server CPU ${e.serverCpuMs.toFixed(1)} ms per edit)`, 'p95 ≤ 20 ms', e.p95 <= 20);
row('5. the same over Node IPC (the transport the extension used before it moved to stdio)', `p50 ${e.ipc.p50.toFixed(1)} ms, p95 ${e.ipc.p95.toFixed(1)} ms (server CPU ${e.ipc.serverCpuMs.toFixed(1)} ms per edit)`, 'p95 ≤ 20 ms', e.ipc.p95 <= 20);
row('5. first diagnostics after opening the 1 MB draft', `${ms(e.openMs)} (over IPC: ${ms(e.ipc.openMs)})`, '≤ 1 s', e.openMs <= 1000);
row('5. the same, server started with --cache-location: registry from the index cache', `${ms(e.cachedOpenMs)} (the run before, writing it: ${ms(e.writingOpenMs)})`, '≤ 1 s', e.cachedOpenMs <= 1000);
raw.editing = e;
}

// 6. workspace: the CLI over the drafts folder (default --jobs, then --jobs 1; the registry from the
// index cache, each run with another --max-warnings so that none is a result-cache replay), then Check Sources over LSP
if (wanted(6)) {
const drafts = path.join(input.workspace, 'drafts');
let variant = 0;
const cliAll = (jobs) => {
  const runs = [0, 1, 2].map(() => times(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'check', drafts, '--registry', input.registries['10k-5000'], '--no-config', '--format', 'json', '--cache-location', cliCache, '--max-warnings', String(200000 + variant++), ...jobs], 1));
  return { times: runs.map((r) => r.times[0]), cpu: runs.flatMap((r) => r.cpu), status: runs[2].status };
};
const w6 = { parallel: cliAll([]), serial: cliAll(['--jobs', '1']), two: cliAll(['--jobs', '2']) };
const wp = median(w6.parallel.times);
row('6. source-check check, 1,000 drafts of ~5 KB, 10k statements + 5,000 people', `${s(wp)} (default --jobs, median of 3${cpuOf(w6.parallel)}; exit ${w6.parallel.status}); --jobs 1: ${s(median(w6.serial.times))}${cpuOf(w6.serial)}; --jobs 2: ${s(median(w6.two.times))}${cpuOf(w6.two)}`, '≤ 2 s', wp <= 2);
const w = await workspace(SERVER, input, input.registries['10k-5000']);
row('6. Check Sources, 1,000 drafts of ~5 KB, 10k statements + 5,000 people', `${w.seconds.toFixed(1)} s (server CPU ${w.cpuSeconds.toFixed(1)} s, RSS after ${w.rssMb.toFixed(0)} MB), ${w.findings} findings; hover while a chunk is checked p95 ${w.duringP95Ms.toFixed(0)} ms (max ${w.duringMaxMs.toFixed(0)}), between chunks p95 ${w.hoverP95Ms.toFixed(0)} ms (max ${w.hoverMaxMs.toFixed(0)})`, '≤ 2 s, hover p95 ≤ 20 ms', w.seconds <= 2 && Math.max(w.hoverP95Ms, w.duringP95Ms) <= 20);
raw.workspace = { ...w, cli: w6 };
}

// 7. memory
if (wanted(7)) {
const m = await memory(SERVER, input, input.registries['100k-5000']);
row('7. server RSS, 100k statements + 5,000 people + 1 MB draft open', `${m.rssMb.toFixed(0)} MB (open took ${s(m.openMs / 1000)})`, '≤ 300 MB', m.rssMb <= 300);
raw.memory = m;
}

// 8. hostile input: each input that once made the checker quadratic or worse, beside the ordinary draft, timed once
// (rates by CPU time, which other processes on the machine disturb less than wall time; printed, never asserted)
if (wanted(8)) {
  const h = core('hostile');
  const o = h.ordinary;
  const rate = (r) => `${(r.bytes / 1e6 / (r.cpuMs / 1000)).toFixed(2)} MB/s`;
  const size = (r) => (r.bytes >= 1e5 ? `${(r.bytes / 1e6).toFixed(2)} MB` : `${r.bytes.toLocaleString('en')} bytes`);
  row(`8. ${o.name}`, `${ms(o.wallMs)} (CPU ${ms(o.cpuMs)}) for ${size(o)} = ${rate(o)}`);
  for (const r of h.rows) row(`8. ${r.name}`, `${ms(r.wallMs)} (CPU ${ms(r.cpuMs)}) for ${size(r)} = ${rate(r)}; CPU per byte ${ratio(r.cpuMs / r.bytes / (o.cpuMs / o.bytes))} the ordinary draft's`);
  raw.hostile = h;
}

console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
fs.writeFileSync(path.join(ROOT, 'bench', '.cache', only ? 'results-only.json' : 'results.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), input: { ...input, quotes: input.quotes.length }, rows, only: only && [...only], raw: { ...raw, people, statements } }, null, 2));
console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/.cache/${only ? 'results-only.json' : 'results.json'}`);
