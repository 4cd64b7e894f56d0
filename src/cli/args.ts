/**
 * Command-line arguments of `source-check`, read with node:util parseArgs in
 * strict mode, so that a typo is a usage error (exit 2) rather than a silent default.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { FORMAT_NAMES } from './formats.ts';
import { DRAFTS_PER_JOB } from './jobs.ts';

/** The commands, each with the formats it can print. */
export const COMMANDS = {
  check: { formats: FORMAT_NAMES, defaultFormat: 'text' },
  suppressions: { formats: ['text', 'json'], defaultFormat: 'text' },
  extract: { formats: ['json', 'text'], defaultFormat: 'json' },
} as const satisfies Record<string, { formats: readonly string[]; defaultFormat: string }>;

/** A command that checks or lists files. */
export type CommandName = keyof typeof COMMANDS;

/** What the user asked for. */
export interface CliArgs {
  command: CommandName | 'help' | 'version';
  /** Files, folders and quoted globs; `-` is standard input. */
  paths: string[];
  registry: string[];
  format: string;
  config?: string;
  noConfig: boolean;
  /** Write the output to this file instead of standard output. */
  out?: string;
  /** The path standard input stands for (settings, registry and reported path). */
  stdinFilepath?: string;
  /** Report errors only. */
  quiet: boolean;
  /** Exit 1 when warnings exceed this many. */
  maxWarnings?: number;
  /** Apply the safe quick fixes to the files. */
  fix: boolean;
  /** Print the safe quick fixes as a diff without writing. */
  fixDryRun: boolean;
  /** Keep and use the registry index cache (false: --no-cache). */
  cache: boolean;
  /** The index cache's folder (--cache-location); default: see defaultCacheFolder. */
  cacheLocation?: string;
  /** Threads to check the drafts on (--jobs); absent: chosen by the number of drafts and cores. */
  jobs?: number;
}

/** A usage error: the message to print before the usage text. */
export class UsageError extends Error {}

/** The usage text. */
export const USAGE = `usage: source-check check [PATH|GLOB|-]... [options]
       source-check suppressions [PATH|GLOB|-]... [options] [--format text|json]
       source-check extract FILE... [--registry PATH]... [--format json|text]
       source-check import claimreview|csl-json|retraction-watch FILE... [--out FILE.yaml] [--registry PATH]...
       source-check --help | --version

check         checks drafts (files, folders or quoted globs such as 'drafts/**/*.md';
              default the current folder; - reads standard input) against the source
              registry; exits 0 with no error finding, 1 with any (findings suppressed
              with a reason do not count), 2 on bad usage or bad configuration
suppressions  lists the drafts' suppression comments: where, the codes, the
              reason and the findings each set aside; exits 0 (2 on bad usage)
extract       prints the quotations, speakers and cues found in each file
import        writes registry YAML from fact-checks (ClaimReview), a bibliography
              (CSL-JSON) or the Retraction Watch CSV; into an existing --out file
              it updates entries in place; exits 0, 2 on bad usage or bad input

--registry PATH        registry file or folder (repeatable); default: the nearest
                       sources/ folder at or above each draft, up to the repository
                       root (the folder holding .git)
--format FORMAT        check: ${FORMAT_NAMES.join(', ')} (default text)
--out FILE             write the output to FILE instead of standard output
                       (check --format html: a self-contained page for editors)
--config FILE          a VS Code settings.json to read sourceCheck.* settings from;
                       default: the nearest .vscode/settings.json at or above each
                       draft, up to the repository root
--no-config            ignore settings files
--stdin-filepath PATH  the path standard input (-) stands for
--no-cache             read and index the registry afresh, check every draft,
                       and write no cache
--cache-location PATH  the folder of the registry index cache and of check's
                       result cache (an unchanged run is replayed); default
                       node_modules/.cache/source-check when the current folder
                       has node_modules, else $XDG_CACHE_HOME/source-check
                       (~/.cache/source-check)
--quiet                report errors only
--max-warnings N       exit 1 when there are more than N warnings (-1: no limit)
--fix                  apply the safe quick fixes (a misquote -> the source's words,
                       closing an unclosed quotation) to the files
--fix-dry-run          print those fixes as a unified diff; write nothing
--jobs N               check the drafts on N threads (default: one per ${DRAFTS_PER_JOB} drafts,
                       up to the idle cores, at most 4; 1 with --fix)
--                     the arguments after it are paths, even if they start with -`;

const OPTIONS = {
  registry: { type: 'string', multiple: true },
  format: { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  'no-config': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  'cache-location': { type: 'string' },
  'stdin-filepath': { type: 'string' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options that only `check` takes. */
const CHECK_ONLY = ['quiet', 'max-warnings', 'fix', 'fix-dry-run', 'jobs'] as const;

/** Parses argv (without node and script). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const base: CliArgs = { command: 'help', paths: [], registry: [], format: 'text', noConfig: false, quiet: false, fix: false, fixDryRun: false, cache: true };
  let parsed: ReturnType<typeof parseNodeArgs<{ args: string[]; options: typeof OPTIONS; strict: true; allowPositionals: true }>>;
  try {
    // `--max-warnings -1` (ESLint's "no limit") would read as an option
    const joined = argv.flatMap((a, i) => (a === '-1' && argv[i - 1] === '--max-warnings' ? [] : a === '--max-warnings' && argv[i + 1] === '-1' ? ['--max-warnings=-1'] : [a]));
    parsed = parseNodeArgs({ args: joined, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error));
  }
  const { values, positionals } = parsed;
  if (values.help) return base;
  const [first, ...paths] = positionals;
  if (first === undefined) return values.version ? { ...base, command: 'version' } : base;
  if (first === 'help') return base;
  if (!Object.hasOwn(COMMANDS, first)) {
    // import is dispatched before these arguments are read (src/cli/main.ts)
    throw new UsageError(`unknown command \`${first}\`; expected ${orList([...Object.keys(COMMANDS), 'import'])}`);
  }
  const command = first as CommandName;
  if (values.version) throw new UsageError('--version takes no command; run `source-check --version`');
  const spec = COMMANDS[command];
  const format = values.format ?? spec.defaultFormat;
  if (!(spec.formats as readonly string[]).includes(format)) throw new UsageError(`unknown format \`${format}\` for ${command}; expected ${orList(spec.formats)}`);
  if (command !== 'check') {
    const given = CHECK_ONLY.find((o) => values[o] !== undefined);
    if (given) throw new UsageError(`--${given} is an option of check, not of ${command}`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const n = values['max-warnings'];
    if (!/^(\d+|-1)$/.test(n)) throw new UsageError(`--max-warnings takes a whole number of warnings (0 or more; -1 for no limit), got \`${n}\``);
    maxWarnings = n === '-1' ? undefined : Number(n);
  }
  const jobs = values.jobs;
  if (jobs !== undefined && !/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`--jobs takes a number of threads from 1 to 9999, got \`${jobs}\``);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other; give one');
  if (values['fix-dry-run'] && values.format !== undefined && format !== 'text') throw new UsageError(`--fix-dry-run prints a diff; it takes no --format ${format}`);
  const stdinCount = paths.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('- (standard input) can be given once');
  if (values.fix && stdinCount) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run to see the fixes');
  if (values['stdin-filepath'] !== undefined && !stdinCount) throw new UsageError('--stdin-filepath names standard input; give - among the paths to read it');
  if (values['no-cache'] && values['cache-location'] !== undefined) throw new UsageError('--no-cache and --cache-location exclude each other; give one');
  if (values['cache-location'] === '') throw new UsageError('--cache-location needs a folder');
  if (command === 'extract' && !paths.length) throw new UsageError('extract needs at least one FILE');
  if (!paths.length) paths.push('.');
  return {
    command,
    paths,
    registry: values.registry ?? [],
    format,
    config: values.config,
    out: values.out,
    noConfig: values['no-config'] ?? false,
    stdinFilepath: values['stdin-filepath'],
    quiet: values.quiet ?? false,
    maxWarnings,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    cache: !values['no-cache'],
    cacheLocation: values['cache-location'],
    jobs: jobs === undefined ? undefined : Number(jobs),
  };
}

/** parseArgs' messages, said as this CLI says them. */
function usageMessage(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option \`${option ?? e.message}\` (to give a path that starts with -, put it after --)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /argument missing/.test(e.message) ? `${option ?? 'an option'} needs a value` : e.message;
  return e.message;
}

/** `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
