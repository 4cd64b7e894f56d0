#!/usr/bin/env node
// `npm run bench`: speed and memory of Source Check against the targets of
// issue 5, beside the linters writers already run. Figures and ratios are
// printed (and saved to bench/.cache/results.json), never asserted.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputs } from './inputs.mjs';
import { editing, memory, workspace } from './lsp.mjs';
import { timeCommand } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const rows = [];
const row = (what, figure, target, met) => {
  rows.push({ what, figure, target, met });
  console.log(`${met === undefined ? '  ' : met ? '✓ ' : '✗ '}${what}: ${figure}${target ? `  (target ${target})` : ''}`);
};

const started = Date.now();
const input = inputs(ROOT);
console.log(`inputs: ${(input.draftBytes / 1e6).toFixed(2)} MB draft (${input.draftSource}), ${input.quotes.length} planted quotes, registries 1k/10k/100k, 1,000 workspace drafts\n`);

// 1. cold CLI, whole process, median of 5, beside markdownlint-cli2 and cspell
const ours = timeCommand(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'check', input.draft, '--registry', input.registries['10k'], '--no-config', '--format', 'json']);
const cspellConfig = path.join(ROOT, 'bench', '.cache', 'cspell.json');
fs.writeFileSync(cspellConfig, JSON.stringify({ version: '0.2', language: 'en', useGitignore: false }));
const markdownlint = timeCommand(bin('markdownlint-cli2'), [input.draft], 5, { cwd: path.dirname(input.draft) });
const cspell = timeCommand(bin('cspell'), ['--no-progress', '--no-cache', '--no-summary', '--config', cspellConfig, input.draft]);
const fastest = Math.min(markdownlint.seconds, cspell.seconds);
row('1. cold CLI check, 1 MB draft + 10k registry', `${ours.seconds.toFixed(2)} s (exit ${ours.status}); markdownlint-cli2 ${markdownlint.seconds.toFixed(2)} s, cspell ${cspell.seconds.toFixed(2)} s; fastest linter / ours = ${(fastest / ours.seconds).toFixed(2)}×`, '≥ 3×', fastest / ours.seconds >= 3);

// 2 and 4. in-process core figures
// bundled like the CLI and the server (esbuild; tsx would add its keep-names wrappers to every
// function), and run with the regular-expression flag they run with (bin/source-check.js, SERVER_FLAGS)
const coreBundle = path.join(ROOT, 'bench', '.cache', 'core.bundle.cjs');
await esbuild.build({ entryPoints: [path.join(ROOT, 'bench', 'core.ts')], outfile: coreBundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' });
const core = spawnSync(process.execPath, ['--no-regexp-tier-up', coreBundle, JSON.stringify(input)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
if (core.status !== 0) throw new Error(`bench/core.ts failed:\n${core.stderr}`);
const c = JSON.parse(core.stdout.trim().split('\n').pop());
row('2. core full check vs remark-parse alone', `${c.fullCheckMs.toFixed(0)} ms vs ${c.remarkParseMs.toFixed(0)} ms = ${(c.fullCheckMs / c.remarkParseMs).toFixed(2)}× (${c.findings} findings)`, '≤ 1.5×', c.fullCheckMs / c.remarkParseMs <= 1.5);

// 3. editing over LSP
const e = await editing(SERVER, input);
row('3. LSP one-character edit → diagnostics, 1 MB draft, 200 edits', `p50 ${e.p50.toFixed(1)} ms, p95 ${e.p95.toFixed(1)} ms (open ${e.openMs.toFixed(0)} ms)`, 'p95 ≤ 20 ms', e.p95 <= 20);

for (const [name, r] of Object.entries(c.registry)) {
  row(`4. registry ${name}`, `${r.entries} sources: read ${r.parseMs.toFixed(0)} ms, index ${r.indexMs.toFixed(0)} ms, lookup ${r.lookupUs.toFixed(1)} µs/quote (${r.found} of ${input.quotes.length} found), heap ${r.heapMb.toFixed(0)} MB`);
}
const r1 = c.registry['1k'];
const r100 = c.registry['100k'];
row('4. 100k indexed (read + index)', `${((r100.parseMs + r100.indexMs) / 1000).toFixed(2)} s`, '≤ 3 s', (r100.parseMs + r100.indexMs) / 1000 <= 3);
row('4. registry reader, 100k files', `line reader ${c.reader.quickMs.toFixed(0)} ms (${c.reader.accepted} of ${c.reader.files} files read) vs js-yaml ${c.reader.libraryMs.toFixed(0)} ms = ${(c.reader.libraryMs / c.reader.quickMs).toFixed(1)}× faster`);
row('4. lookup at 100k / lookup at 1k', `${(r100.lookupUs / r1.lookupUs).toFixed(2)}×`, '≤ 2×', r100.lookupUs / r1.lookupUs <= 2);

const p10 = c.people['10'];
for (const [n, p] of Object.entries(c.people)) {
  row(`7. 1 MB draft check, ${Number(n).toLocaleString('en')} registered people (2-3 aliases each)`, `${p.checkMs.toFixed(0)} ms = ${(p.checkMs / p10.checkMs).toFixed(2)}× the time with 10, CPU ${p.cpuMs.toFixed(0)} ms = ${(p.cpuMs / p10.cpuMs).toFixed(2)}× (${p.names} names; dictionary built in ${p.dictionaryMs.toFixed(0)} ms; ${p.findings} findings)`, n === '10' ? undefined : '≤ 1.2×', n === '10' ? undefined : p.checkMs / p10.checkMs <= 1.2);
}

// 5. memory
const m = await memory(SERVER, input);
row('5. server RSS, 100k registry + 1 MB draft open', `${m.rssMb.toFixed(0)} MB (open took ${(m.openMs / 1000).toFixed(1)} s)`, '≤ 300 MB', m.rssMb <= 300);

// 6. workspace
const w = await workspace(SERVER, input);
row('6. Check Sources, 1,000 drafts of ~5 KB, 10k registry', `${w.seconds.toFixed(1)} s, ${w.findings} findings; hover between chunks max ${w.hoverMaxMs.toFixed(0)} ms, p95 ${w.hoverP95Ms.toFixed(0)} ms`);

fs.writeFileSync(path.join(ROOT, 'bench', '.cache', 'results.json'), JSON.stringify({ date: new Date().toISOString(), input: { ...input, quotes: input.quotes.length }, rows, raw: { cli: { ours, markdownlint, cspell }, core: c, editing: e, memory: m, workspace: w } }, null, 2));
console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/.cache/results.json`);
