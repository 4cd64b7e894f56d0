/**
 * `source-check`: checks drafts against the source registry from a terminal
 * or CI, on the same core as the editor. Each command is one entry of COMMAND_RUNNERS.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageOf } from '../core/check/checkDocument.ts';
import { matchQuote } from '../core/check/quoteMatch.ts';
import { extract } from '../core/extract/index.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { readText } from '../host/files.ts';
import type { RegistryStore } from '../host/registryStore.ts';
import { parseArgs, USAGE, UsageError, type CliArgs, type CommandName } from './args.ts';
import { display, runCheck, type CliIo } from './checkCommand.ts';
import { ConfigError, DraftSettings } from './draftSettings.ts';
import { extractionJson, extractionText } from './format.ts';
import { runImport } from './importCommand.ts';
import { cachePlace } from '../host/cachePlace.ts';
import { withResultCache } from './resultCache.ts';

declare const __VERSION__: string | undefined;

/** The version printed by --version and written into SARIF logs. */
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** The README shipped beside the bundle (dist/../README.md), as the server links it: the codes' sections are its anchors. */
function readmeUri(): string {
  const readme = path.join(__dirname, '..', 'README.md');
  return fs.existsSync(readme) ? pathToFileURL(readme).href : DEFAULT_SETTINGS.docsBase;
}

/** Each command's runner: the parsed arguments and the streams in, the exit code out. */
const COMMAND_RUNNERS: Record<CommandName, (args: CliArgs, io: CliIo) => number | Promise<number>> = {
  check: runCheck,
  suppressions: runCheck,
  extract: runExtract,
};

/** Runs the CLI; returns the exit code (a promise of it when `check` uses several threads). `readStdin` reads standard input (for `-`). */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, readStdin: () => string = () => fs.readFileSync(0, 'utf8')): number | Promise<number> {
  // import reads its own arguments (formats of data, not drafts): src/cli/importCommand.ts
  if (argv[0] === 'import') return runImport(argv.slice(1), out, err);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`source-check: ${e.message}\nRun \`source-check --help\` for the commands and options.`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out(VERSION);
    return 0;
  }
  const place = args.command === 'check' ? cachePlace(args) : undefined;
  const runner = place ? withResultCache(COMMAND_RUNNERS.check, place, argv) : COMMAND_RUNNERS[args.command];
  const io = (to: (s: string) => void): CliIo => ({ out: to, err, readStdin, version: VERSION, docsBase: readmeUri() });
  if (args.out !== undefined) return writeOut(args.out, (to) => runner(args, io(to)), err);
  return runner(args, io(out));
}

/** Runs `command` with its output collected and written to `file` (--out); a file that cannot be written is exit 2. */
function writeOut(file: string, command: (out: (s: string) => void) => number | Promise<number>, err: (s: string) => void): number | Promise<number> {
  const lines: string[] = [];
  const code = command((s) => lines.push(s));
  return typeof code === 'number' ? written(file, lines, code, err) : code.then((c) => written(file, lines, c, err));
}

/** Writes the lines collected for --out; the exit code, 2 when the file cannot be written. */
function written(file: string, lines: string[], code: number, err: (s: string) => void): number {
  try {
    fs.writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  } catch (e) {
    err(`source-check: --out: cannot write ${file}: ${(e as Error).message}`);
    return 2;
  }
  return code;
}

function runExtract(args: CliArgs, io: CliIo): number {
  const missingRegistry = args.registry.filter((p) => !fs.existsSync(p));
  if (missingRegistry.length) {
    io.err(`source-check: --registry: no such file or folder: ${missingRegistry.join(', ')}`);
    return 2;
  }
  const configs = new DraftSettings(args, io.err);
  const files: object[] = [];
  const lines: string[] = [];
  let failed = false;
  for (const file of args.paths) {
    const read = file === '-' ? { text: io.readStdin() } : readText(file);
    const named = file === '-' ? (args.stdinFilepath ?? '<stdin>.md') : file;
    if ('problem' in read) {
      io.err(`${display(file)}:1:1 skipped: ${read.problem}`);
      failed = true;
      continue;
    }
    let store: RegistryStore;
    try {
      store = configs.forDraft(path.resolve(named)).store;
    } catch (e) {
      if (e instanceof ConfigError) return 2;
      throw e;
    }
    const registry = store.registryFor(named);
    const extraction = extract(read.text, { language: languageOf(named), lexicon: registry, cues: true });
    // a quote's source as `check` finds it: by its words, else the source the draft names with it
    if (args.format === 'json') files.push(extractionJson(named, extraction, (q) => matchQuote(read.text, q, registry).source?.id ?? null));
    else lines.push(extractionText(display(named), read.text, extraction));
  }
  io.out(args.format === 'json' ? JSON.stringify({ version: 1, files }) : lines.filter(Boolean).join('\n'));
  return failed ? 1 : 0;
}
