/**
 * The CLI fuzz case: a hostile draft written as bytes (NUL, invalid UTF-8,
 * BOM, CR) beside the example or a broken registry, checked by
 * bin/source-check.js; exit 0/1 (2 only for bad usage), no stack trace,
 * JSON whose ranges agree with its offsets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../src/core/lineIndex.ts';
import { ROOT } from '../support/lspClient.ts';
import { hostileDraft, type Dice } from './drafts.ts';
import type { CaseInput } from './inProcess.ts';
import { checkSpan, Failure, hasStackTrace, timeAllowed } from './invariants.ts';
import { brokenRegistry, EXAMPLE_REGISTRY } from './registries.ts';

const BAD_BYTES = [[0xff], [0xfe], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00], [0xef, 0xbb, 0xbf], [0x0d], [0x80], [0xf4, 0x90, 0x80, 0x80]];

/** The draft as bytes, with some invalid UTF-8 and NUL bytes in it. */
function draftBytes(d: Dice): Buffer {
  let bytes = Buffer.from(hostileDraft(d, false), 'utf8');
  for (let i = 0, n = d.int(6); i < n; i++) {
    const at = d.int(bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(d.pick(BAD_BYTES)), bytes.subarray(at)]);
  }
  return bytes;
}

/** Runs the CLI on a hostile workspace in `work` (a fresh folder). */
export function cliCase(d: Dice, input: CaseInput, work: string): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'sources'), { recursive: true });
  mkdirSync(path.join(work, 'drafts'), { recursive: true });
  const registry = d.chance(0.3) ? brokenRegistry(d) : EXAMPLE_REGISTRY;
  for (const f of registry) {
    writeFileSync(path.join(work, 'sources', path.basename(f.path)), f.text);
    input.files[path.basename(f.path)] = f.text;
  }
  const bytes = draftBytes(d);
  const draftFile = path.join(work, 'drafts', d.chance(0.8) ? 'draft.md' : 'draft.txt');
  writeFileSync(draftFile, bytes);
  input.files[path.basename(draftFile)] = bytes;
  input.size = bytes.length;
  const usage = d.chance(0.05);
  const args = usage
    ? [d.pick(['chek', 'check --format xml', 'extract', 'check --registry', '--nope', 'check --config /nonexistent/settings.json', '']).split(' ').filter(Boolean), draftFile].flat()
    : d.chance(0.2)
      ? ['extract', draftFile, '--format', d.pick(['json', 'text'])]
      : ['check', work, '--format', d.chance(0.7) ? 'json' : 'text', '--no-config'];
  input.files['args.json'] = JSON.stringify(args);
  const allowed = timeAllowed(bytes.length, 10_000);
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), ...args], { cwd: work, timeout: allowed, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const what = `source-check ${args.join(' ')}`;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Failure('hang', `${what} ran over ${allowed} ms`);
  if (r.signal) throw new Failure('crash', `${what} was killed by ${r.signal}; stderr: ${r.stderr.slice(0, 2000)}`);
  if (hasStackTrace(r.stderr) || hasStackTrace(r.stdout)) throw new Failure('crash', `${what} printed a stack trace: ${(r.stderr || r.stdout).slice(0, 2000)}`);
  const okCodes = usage ? [0, 1, 2] : [0, 1];
  if (!okCodes.includes(r.status ?? -1)) throw new Failure('crash', `${what} exited ${r.status} (expected ${okCodes.join(' or ')}) after ${Date.now() - started} ms; stderr: ${r.stderr.slice(0, 2000)}`);
  if (r.status === 2 && !r.stderr.trim()) throw new Failure('crash', `${what} exited 2 without saying why`);
  if (!usage && args[0] === 'check' && args.includes('json')) checkJson(r.stdout, bytes.toString('utf8'), what);
}

interface JsonDiagnostic {
  code: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function checkJson(stdout: string, text: string, what: string): void {
  let out: { files: { path: string; diagnostics: JsonDiagnostic[] }[] };
  try {
    out = JSON.parse(stdout);
  } catch {
    throw new Failure('crash', `${what} printed no JSON: ${stdout.slice(0, 500)}`);
  }
  const lines = new LineIndex(text);
  for (const file of out.files ?? []) {
    if (!/drafts[\\/]draft\.(md|txt)$/.test(file.path)) continue;
    for (const diag of file.diagnostics) {
      checkSpan(text, lines, diag, `CLI ${diag.code}`);
      const range = lines.rangeOf(diag);
      if (JSON.stringify(range) !== JSON.stringify(diag.range)) throw new Failure('range', `CLI ${diag.code} [${diag.start}, ${diag.end}) has range ${JSON.stringify(diag.range)}, expected ${JSON.stringify(range)}`);
    }
  }
}
