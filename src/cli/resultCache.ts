/**
 * The result cache of `check` (CI re-runs): the output and exit code of a run,
 * kept under a key of everything the run reads — the tool's build, the
 * current folder, the arguments, each path's expansion, the text of every
 * file found there, which of them are drafts, each one's settings file and
 * registry files and their texts. The same key again replays the output;
 * any change runs the check. Not used with --fix, --fix-dry-run or standard
 * input, nor for small runs (MIN_RESULT_BYTES).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandInput, listRegistryFiles } from '../host/files.ts';
import { columnsString, stringColumns } from '../core/registry/indexColumns.ts';
import { frameColumns, unframeColumns } from '../host/indexCache.ts';
import type { CliArgs } from './args.ts';
import type { CliIo } from './checkCommand.ts';
import { DraftSettings } from './draftSettings.ts';
import { forgetReads, keepRead } from '../host/readOnce.ts';

/** One line written by the run: to standard output (o) or standard error (e). */
type Written = ['o' | 'e', string];

/** What is stored: the lines in the order written, and the exit code. */
interface StoredRun {
  lines: Written[];
  code: number;
}

/** Where results are kept, and the tool's stamp they are written with. */
export interface ResultCacheOptions {
  folder: string;
  stamp: string;
}

/** Runs reading fewer bytes of drafts and registry files than this are not stored: they check in well under a second, and one file per small run would only fill the folder. */
export const MIN_RESULT_BYTES = 256 * 1024;

/** Bytes hashed by fileHash so far (for MIN_RESULT_BYTES). */
let hashedBytes = 0;

/** Files over this size are not read by a check (drafts over 5 MB, registry files over 64 MB are refused by their size): their size and time stand for them. */
const UNREAD_BYTES = 64 * 1024 * 1024;

/** The hex SHA-1 of a file's bytes, or what stands for it when it is too large to be read or cannot be read; the bytes are kept for the check's own read of the file (readOnce.ts). */
function fileHash(file: string): string {
  try {
    const stat = fs.statSync(file);
    if (stat.size > UNREAD_BYTES) return `unread:${stat.size}:${stat.mtimeMs}`;
    const bytes = fs.readFileSync(file);
    keepRead(file, bytes, stat);
    hashedBytes += bytes.length;
    return crypto.createHash('sha1').update(bytes).digest('hex');
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/**
 * The key of a run, or undefined when it cannot be cached (standard input,
 * fixes, or settings that do not load: the run itself says why).
 */
export function resultKey(args: CliArgs, argv: readonly string[], io: CliIo, stamp: string): string | undefined {
  if (args.command !== 'check' || args.fix || args.fixDryRun || args.paths.includes('-')) return undefined;
  const h = crypto.createHash('sha1');
  const add = (...parts: string[]) => {
    for (const p of parts) h.update(p).update('\u0000');
  };
  add('result', stamp, process.cwd(), io.docsBase, ...argv, '\u0001');
  if (args.config !== undefined) add('config', path.resolve(args.config), fileHash(path.resolve(args.config)));
  // (a DraftSettings of its own that says nothing: the run reports what it finds)
  const configs = new DraftSettings(args, () => {});
  const registries = new Map<string, string>();
  hashedBytes = 0;
  try {
    for (const arg of args.paths) {
      const input = expandInput(arg);
      add('input', arg, input.kind);
      const files = input.kind === 'file' ? [input.file] : input.kind === 'missing' ? [] : input.files;
      const root = input.kind === 'folder' || input.kind === 'glob' ? input.root : '';
      for (const file of files) {
        const ctx = configs.forDraft(file);
        const roots = ctx.store.rootsFor(file);
        const rootsKey = roots.join('\u0000');
        let registry = registries.get(rootsKey);
        if (registry === undefined) {
          registry = listRegistryFiles(roots).map((f) => `${f}\u0000${fileHash(f)}`).join('\u0000');
          registries.set(rootsKey, registry);
        }
        // (a file that is no draft is not read by the run: whether it is one is what counts)
        const draft = input.kind === 'file' || ctx.isDraft(file, root);
        add('file', file, String(draft), draft ? fileHash(file) : '', ctx.settingsFile ?? '', ctx.settingsFile ? fileHash(ctx.settingsFile) : '', rootsKey, registry);
      }
    }
    for (const r of args.registry) add('registry', path.resolve(r), String(fs.existsSync(r)));
  } catch {
    return undefined; // (a settings file that does not load: ConfigError, said by the run)
  }
  return hashedBytes >= MIN_RESULT_BYTES ? h.digest('hex') : undefined;
}

/** The stored run of `key`, or undefined (none, or not to be trusted). */
export function readResult(options: ResultCacheOptions, key: string): StoredRun | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(options.folder, `result-${key}.bin`));
  } catch {
    return undefined;
  }
  const columns = unframeColumns(bytes, options.stamp);
  const json = 'problem' in columns ? undefined : columnsString(columns);
  if (json === undefined) return undefined;
  try {
    const run = JSON.parse(json) as StoredRun;
    const valid = Number.isInteger(run.code) && Array.isArray(run.lines) && run.lines.every((l) => Array.isArray(l) && (l[0] === 'o' || l[0] === 'e') && typeof l[1] === 'string');
    return valid ? run : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a run under `key` (whole or not at all); a folder that cannot be written is left alone (the index cache says so). */
export function writeResult(options: ResultCacheOptions, key: string, run: StoredRun): void {
  const file = path.join(options.folder, `result-${key}.bin`);
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(options.folder, { recursive: true });
    fs.writeFileSync(temporary, frameColumns(stringColumns(JSON.stringify(run)), options.stamp));
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * `runner` with its result cached: a run of the same key replays the stored
 * lines and exit code; another runs and stores what it wrote. Internal errors
 * (a throw) are not stored.
 */
export function withResultCache(runner: (args: CliArgs, io: CliIo) => number | Promise<number>, options: ResultCacheOptions, argv: readonly string[]): (args: CliArgs, io: CliIo) => number | Promise<number> {
  return (args, io) => {
    const key = resultKey(args, argv, io, options.stamp);
    if (!key) return settled(runner(args, io));
    const stored = readResult(options, key);
    if (stored) {
      forgetReads();
      for (const [stream, line] of stored.lines) (stream === 'o' ? io.out : io.err)(line);
      return stored.code;
    }
    const lines: Written[] = [];
    const code = runner(args, {
      ...io,
      out: (s) => {
        lines.push(['o', s]);
        io.out(s);
      },
      err: (s) => {
        lines.push(['e', s]);
        io.err(s);
      },
    });
    // a run on worker threads (--jobs) ends later: its result is kept once it has its exit code
    if (typeof code !== 'number') return settled(code.then((c) => (writeResult(options, key, { lines, code: c }), c)));
    writeResult(options, key, { lines, code });
    return settled(code);
  };
}

/** `code`, once the reads the key kept for the run are dropped (those it did not take: see readOnce.ts). */
function settled(code: number | Promise<number>): number | Promise<number> {
  if (typeof code === 'number') {
    forgetReads();
    return code;
  }
  return code.finally(forgetReads);
}
