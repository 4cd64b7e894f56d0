#!/usr/bin/env node
// `npm run bench`: speed and memory of Source Check at newsroom scale against
// the targets of issue 15, beside the linters writers already run. Figures and
// ratios are printed (and saved to bench/.cache/results.json), never asserted.
// BENCH_SKIP_1M=1 leaves out the 1M-statement registry (writing it takes ~1 min the first time).
// `--only 6` (or `--only 2,6`) runs just those targets' rows.
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
const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : undefined;
/** True when target `n`'s rows are to run (all of them without --only). */
const runs = (n) => !only || only.has(String(n));
const started = Date.now();
const input = inputs(ROOT);
console.log(`inputs: ${(input.draftBytes / 1e6).toFixed(2)} MB and ${(input.draft10mbBytes / 1e6).toFixed(1)} MB drafts (${input.draftSource}; the 10 MB one holds every article once, then again from the start); the 1 MB draft's ${input.quotes.length} quotes (source-check extract) registered as statements, 1 in 5 altered, and its ${input.draftSpeakers} named speakers as people`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)\n`);

// 1. cold and warm CLI, whole process, beside markdownlint-cli2 and cspell
const cli = (registry, runs) => times(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'check', input.draft, '--registry', input.registries[registry], '--no-config', '--format', 'json'], runs);
let ours, ours10, markdownlint, cspell, people, d, e, m, w, w6;
const statements = {};
if (runs(1)) {
ours = cli('10k-5000', 5);
ours10 = cli('10k-10', 3);
const cspellConfig = path.join(ROOT, 'bench', '.cache', 'cspell.json');
fs.writeFileSync(cspellConfig, JSON.stringify({ version: '0.2', language: 'en', useGitignore: false }));
markdownlint = times(bin('markdownlint-cli2'), [input.draft], 3, { cwd: path.dirname(input.draft) });
cspell = times(bin('cspell'), ['--no-progress', '--no-cache', '--no-summary', '--config', cspellConfig, input.draft], 3);
const fastest = Math.min(median(markdownlint.times), median(cspell.times));
const cold = ours.times[0];
const warm = median(ours.times.slice(1));
row('1. cold CLI check, 1 MB draft + 10k statements + 5,000 people', `cold ${s(cold)} (first run), warm ${s(warm)} (median of the next 4${cpuOf(ours)}; exit ${ours.status}); markdownlint-cli2 ${s(median(markdownlint.times))}${cpuOf(markdownlint)}, cspell ${s(median(cspell.times))}${cpuOf(cspell)} (medians of 3); fastest linter / ours = ${ratio(fastest / cold)} cold, ${ratio(fastest / warm)} warm`, '≥ 3×', fastest / cold >= 3);
row('1. the same with 10 people', `${s(median(ours10.times))} (median of 3${cpuOf(ours10)}) = ${ratio(fastest / median(ours10.times))} the fastest linter`);
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
if (runs(2)) {
people = core('people');
const p10 = people['10k-10'];
for (const [name, p] of Object.entries(people)) {
  const limit = { '10k-5000': 1.2, '10k-50000': 1.5 }[name];
  const r = p.checkMs / p10.checkMs;
  row(`2. 1 MB check, 10k statements, ${p.people.toLocaleString('en')} people`, `${ms(p.checkMs)} = ${ratio(r)} the time with 10, CPU ${ms(p.cpuMs)} = ${ratio(p.cpuMs / p10.cpuMs)} (${p.names.toLocaleString('en')} names; dictionary built in ${ms(p.dictionaryMs)}; ${p.findings} findings)`, limit && `≤ ${limit}× the time with 10`, limit && r <= limit);
}

}

// 3. statements
if (runs(3)) {
for (const name of ['1k-5000', '10k-5000', '100k-5000', '1m-5000']) {
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
row('3. 100k statements read + indexed (no index cache yet: a cold read)', s((r100.readMs + r100.indexMs) / 1000), '≤ 0.5 s from a warm cache', (r100.readMs + r100.indexMs) / 1000 <= 0.5);
const r1m = statements['1m-5000'];
if (r1m) {
  row('3. 1M statements: index memory', `heap +${(r1m.heapMb / 1024).toFixed(2)} GB, RSS ${(r1m.rssMb / 1024).toFixed(2)} GB`, '≤ 1.5 GB', r1m.rssMb / 1024 <= 1.5);
  row('3. lookup at 1M / lookup at 1k', `${r1m.lookupUs.toFixed(1)} / ${statements['1k-5000'].lookupUs.toFixed(1)} µs = ${ratio(r1m.lookupUs / statements['1k-5000'].lookupUs)} (first lookups: ${ratio(r1m.firstLookupUs / statements['1k-5000'].firstLookupUs)})`, '≤ 2×', r1m.lookupUs / statements['1k-5000'].lookupUs <= 2);
}

}

// 4. draft size
if (runs(4)) {
d = core('draftSize');
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tenMs = mean(d.tenMbMs);
const tenCpu = mean(d.tenMbCpuMs);
row('4. 10 MB draft / 1 MB draft, 10k statements + 5,000 people', `${s(tenMs / 1000)} (mean of ${d.tenMbMs.map((x) => s(x / 1000)).join(', ')}; ${d.tenMbFindings} findings) / ${s(d.oneMbMs / 1000)} (median of 3; ${d.oneMbFindings} findings) = ${ratio(tenMs / d.oneMbMs)}; CPU ${s(tenCpu / 1000)} / ${s(d.oneMbCpuMs / 1000)} = ${ratio(tenCpu / d.oneMbCpuMs)}; for ${ratio(d.tenMbBytes / d.oneMbBytes)} the bytes`, '≤ 11×', tenMs / d.oneMbMs <= 11);

}

// 5. editing over LSP
if (runs(5)) {
e = await editing(SERVER, input, input.registries['10k-5000']);
row('5. LSP one-character edit → diagnostics, 1 MB draft, 10k statements + 5,000 people, 200 edits', `p50 ${e.p50.toFixed(1)} ms, p95 ${e.p95.toFixed(1)} ms`, 'p95 ≤ 20 ms', e.p95 <= 20);
row('5. first diagnostics after opening the 1 MB draft', ms(e.openMs), '≤ 1 s', e.openMs <= 1000);

}

// 6. workspace: the CLI over the drafts folder (default --jobs, then --jobs 1), then Check Sources over LSP
if (runs(6)) {
const drafts = path.join(input.workspace, 'drafts');
const cliAll = (jobs) => times(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'check', drafts, '--registry', input.registries['10k-5000'], '--no-config', '--format', 'json', ...jobs], 3);
w6 = { parallel: cliAll([]), serial: cliAll(['--jobs', '1']) };
const wp = median(w6.parallel.times);
row('6. source-check check, 1,000 drafts of ~5 KB, 10k statements + 5,000 people', `${s(wp)} (default --jobs, median of 3${cpuOf(w6.parallel)}; exit ${w6.parallel.status}); --jobs 1: ${s(median(w6.serial.times))}${cpuOf(w6.serial)}`, '≤ 2 s', wp <= 2);
w = await workspace(SERVER, input, input.registries['10k-5000']);
row('6. Check Sources, 1,000 drafts of ~5 KB, 10k statements + 5,000 people', `${w.seconds.toFixed(1)} s, ${w.findings} findings; hover between chunks max ${w.hoverMaxMs.toFixed(0)} ms, p95 ${w.hoverP95Ms.toFixed(0)} ms`, '≤ 2 s, hover p95 ≤ 20 ms', w.seconds <= 2 && w.hoverP95Ms <= 20);

}

// 7. memory
if (runs(7)) {
m = await memory(SERVER, input, input.registries['100k-5000']);
row('7. server RSS, 100k statements + 5,000 people + 1 MB draft open', `${m.rssMb.toFixed(0)} MB (open took ${s(m.openMs / 1000)})`, '≤ 300 MB', m.rssMb <= 300);

}

console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
fs.writeFileSync(path.join(ROOT, 'bench', '.cache', 'results.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), input: { ...input, quotes: input.quotes.length }, rows, raw: { cli: { ours, ours10, markdownlint, cspell, workspace: w6 }, people, statements, draftSize: d, editing: e, memory: m, workspace: w } }, null, 2));
console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/.cache/results.json`);
