/**
 * The fuzz harness: `npm run fuzz -- [--runs N] [--seed S] [--time SECONDS] [--case N]`.
 * `--types draft,registry,cli,lsp` limits the run to some kinds of case.
 * Hostile drafts and broken registries checked in-process (full and
 * incremental), hostile bytes through the CLI, and edit sequences with bad
 * ranges and versions through the built server. Prints one summary line;
 * each failing input is written to .tmp/fuzz-failures/ with the command that
 * reproduces it. Exits 1 on any failure.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient.ts';
import { prng } from '../support/random.ts';
import { cliCase } from './cliCase.ts';
import { Dice } from './drafts.ts';
import { draftCase, registryCase, warmUp, type CaseInput } from './inProcess.ts';
import { Failure, type FailureKind } from './invariants.ts';
import { LspSession } from './lspCase.ts';

/** The kinds of case, by what they feed: drafts, registries, the CLI, the server. */
const TYPES = ['draft', 'registry', 'cli', 'lsp'] as const;
type CaseType = (typeof TYPES)[number];

/** Which kind case `n` is: of every 100, 2 CLI, 1 server, 10 registries, the rest drafts. */
function caseType(n: number): CaseType {
  const k = n % 100;
  return k < 2 ? 'cli' : k < 3 ? 'lsp' : k < 13 ? 'registry' : 'draft';
}

/** The seed of case `n` of a run seeded `seed`. */
function caseSeed(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) | 0;
}

interface Options {
  runs: number;
  seed: number;
  time: number | undefined;
  only: number | undefined;
  types: Set<CaseType>;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 1000, seed: Math.floor(Math.random() * 1_000_000), time: undefined, only: undefined, types: new Set(TYPES) };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    const bad = !Number.isFinite(value) || value < 0;
    if (argv[i] === '--types') {
      const types = (argv[i + 1] ?? '').split(',');
      const unknown = types.find((t) => !(TYPES as readonly string[]).includes(t));
      if (unknown !== undefined) usage(`--types takes some of ${TYPES.join(',')}, got ${JSON.stringify(unknown)}`);
      o.types = new Set(types as CaseType[]);
      i++;
      continue;
    }
    if (['--runs', '--seed', '--time', '--case'].includes(argv[i]) && bad) usage(`${argv[i]} needs a number, got ${JSON.stringify(argv[i + 1] ?? '')}`);
    if (argv[i] === '--runs') (o.runs = value), (runsGiven = true);
    else if (argv[i] === '--seed') o.seed = Math.floor(value);
    else if (argv[i] === '--time') o.time = value;
    else if (argv[i] === '--case') o.only = Math.floor(value);
    else usage(`unknown option ${JSON.stringify(argv[i])}`);
    i++;
  }
  if (o.time !== undefined && !runsGiven) o.runs = Infinity;
  return o;
}

function usage(problem: string): never {
  console.error(`fuzz: ${problem}\nusage: npm run fuzz -- [--runs N] [--seed S] [--time SECONDS] [--case N] [--types draft,registry,cli,lsp]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const work = path.join(ROOT, '.tmp', 'fuzz-work', String(process.pid));
  const failures = path.join(ROOT, '.tmp', 'fuzz-failures');
  mkdirSync(work, { recursive: true });
  const lsp = new LspSession(path.join(work, 'lsp'));
  const counts: Record<FailureKind, number> = { crash: 0, hang: 0, range: 0, incremental: 0 };
  const perType: Record<CaseType, number> = { draft: 0, registry: 0, cli: 0, lsp: 0 };
  warmUp();
  const started = Date.now();
  let runs = 0;
  let printed = 0;
  const cases = o.only !== undefined ? [o.only] : undefined;
  let stop = false;
  process.once('SIGINT', () => (stop = true)); // Ctrl-C ends the run after the current case, with its summary
  for (let n = cases ? cases[0] : 0; cases ? n === cases[0] : runs < o.runs; n++) {
    if (stop || (o.time !== undefined && (Date.now() - started) / 1000 >= o.time)) break;
    const type = caseType(n);
    if (!cases && !o.types.has(type)) continue;
    const d = new Dice(prng(caseSeed(o.seed, n)));
    const input: CaseInput = { files: {}, size: 0 };
    try {
      if (type === 'draft') draftCase(d, input);
      else if (type === 'registry') registryCase(d, input);
      else if (type === 'cli') cliCase(d, input, path.join(work, 'cli'));
      else await lsp.run(d, input, n);
    } catch (error) {
      const failure = error instanceof Failure ? error : new Failure('crash', `the harness itself threw: ${(error as Error)?.stack ?? error}`);
      counts[failure.kind]++;
      const dir = path.join(failures, `seed-${o.seed}-case-${n}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [name, content] of Object.entries(input.files)) writeFileSync(path.join(dir, name), content);
      writeFileSync(path.join(dir, 'failure.txt'), `${failure.kind} in a ${type} case: ${failure.message}\nreproduce: npm run fuzz -- --seed ${o.seed} --case ${n}\n`);
      if (printed++ < 20 || cases) console.error(`fuzz: ${failure.kind} in case ${n} (${type}): ${failure.message.slice(0, cases ? 20_000 : 600)}\n  input: ${path.relative(ROOT, dir)}/\n  reproduce: npm run fuzz -- --seed ${o.seed} --case ${n}`);
    }
    runs++;
    perType[type]++;
  }
  await lsp.close();
  rmSync(work, { recursive: true, force: true });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `fuzz: ${runs} runs, ${counts.crash} crashes, ${counts.hang} hangs, ${counts.range} inconsistent ranges, ${counts.incremental} incremental mismatches (seed ${o.seed}, ${seconds} s; ${perType.draft} drafts, ${perType.registry} registries, ${perType.cli} CLI runs, ${perType.lsp} server sessions)`,
  );
  process.exitCode = counts.crash + counts.hang + counts.range + counts.incremental > 0 ? 1 : 0;
}

void main();
