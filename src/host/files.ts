/**
 * The file system side of a workspace, shared by the language server and the
 * CLI: finding registry folders and files, expanding command-line paths and
 * globs, reading text safely (size limit, binary detection). Which files are
 * drafts is the core's rule (src/core/drafts.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { TextFile } from '../core/types.ts';

export { draftSizeProblem, MAX_DRAFT_BYTES, REGISTRY_CSV_FILE, REGISTRY_FILE } from './fileRules.ts';
import { draftSizeProblem, MAX_DRAFT_BYTES, REGISTRY_CSV_FILE, REGISTRY_FILE } from './fileRules.ts';
import { takeRead } from './readOnce.ts';

/**
 * The nearest `sources/` folder at or above a file's folder, like `.editorconfig`,
 * searched no higher than the innermost of `workspaceFolders` holding the file,
 * or, outside them all, than the repository root (see searchUp).
 */
export function findRegistryFolder(filePath: string, workspaceFolders: readonly string[] = []): string | undefined {
  const start = path.dirname(path.resolve(filePath));
  const top = workspaceFolders.map((f) => path.resolve(f)).filter((f) => isInside(start, f)).sort((a, b) => b.length - a.length)[0];
  return searchUp(start, (dir) => {
    const candidate = path.join(dir, 'sources');
    return isDirectory(candidate) ? candidate : undefined;
  }, top);
}

/**
 * The first hit of `look` in `start` and the folders above it, up to and
 * including `top`; without `top`, up to the repository root (the nearest folder
 * holding `.git`, a folder or a file) or the filesystem root when there is none.
 */
export function searchUp<T>(start: string, look: (dir: string) => T | undefined, top?: string): T | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const hit = look(dir);
    if (hit !== undefined) return hit;
    if (top !== undefined ? dir === top : fs.existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A path with its links resolved (as given when it does not exist), so a link to a folder elsewhere counts as elsewhere. */
export function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when `file` is `folder` or inside it. */
export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** Every registry file under the given files or folders, sorted. */
export function listRegistryFiles(roots: readonly string[]): string[] {
  const out = new Set<string>();
  for (const root of roots) {
    const abs = path.resolve(root);
    if (isDirectory(abs)) walk(abs, (f) => (REGISTRY_FILE.test(f) || REGISTRY_CSV_FILE.test(f)) && out.add(f));
    else if (fs.existsSync(abs)) out.add(abs);
  }
  return [...out].sort();
}

/** A file's text, or why it could not be read. */
export type ReadResult = { text: string } | { problem: string };

/** Reads a text file, refusing huge and binary files with a message. */
export function readText(filePath: string, maxBytes = MAX_DRAFT_BYTES): ReadResult {
  const read = readTextBytes(filePath, maxBytes);
  return 'bytes' in read ? { text: read.bytes.toString('utf8') } : read;
}

/** Reads a text file's bytes (not decoded) and its stat taken before the read, refusing huge and binary files with a message, as readText does. */
export function readTextBytes(filePath: string, maxBytes = MAX_DRAFT_BYTES): { bytes: Buffer; stat: fs.Stats } | { problem: string } {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return { problem: 'not a file' };
    const tooLarge = draftSizeProblem(stat.size, maxBytes);
    if (tooLarge) return { problem: tooLarge };
    // (bytes read a moment ago for the result cache's key, when the file is unchanged since: see readOnce.ts)
    const bytes = takeRead(filePath, stat) ?? fs.readFileSync(filePath);
    if (bytes.subarray(0, 8192).includes(0)) return { problem: 'file looks binary (it contains NUL bytes); expected text' };
    return { bytes, stat };
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message };
  }
}

/**
 * A file read from disk as bytes, its text decoded (UTF-8) only when first
 * asked for: a cache that knows a file by its bytes (src/host/indexCache.ts)
 * need not decode it at all. A file the cache knows by its stat alone
 * (`knownKey`: see fileKeyMemo.ts) is not even read until its bytes are asked for.
 */
export class FileBytes implements TextFile {
  private decodedText: string | undefined;
  private readBytes: Buffer | undefined;

  /** The file at `path`: its bytes as read, or how to read them when first asked for; `stat` as taken before the read; `knownKey`, its content key as remembered. */
  constructor(readonly path: string, private readonly source: Buffer | (() => Buffer), readonly stat?: fs.Stats, readonly knownKey?: string) {}

  /** The file's bytes (read once). */
  get bytes(): Buffer {
    return (this.readBytes ??= typeof this.source === 'function' ? this.source() : this.source);
  }

  /** True once the bytes are in memory (always, for a file read at once). */
  get read(): boolean {
    return typeof this.source !== 'function' || this.readBytes !== undefined;
  }

  /** The file's text (decoded once). */
  get text(): string {
    return (this.decodedText ??= this.bytes.toString('utf8'));
  }

  /** True once the text was asked for. */
  get decoded(): boolean {
    return this.decodedText !== undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string, visit: (file: string) => void, skip: ReadonlySet<string> = new Set()): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === '.git' || skip.has(full)) continue;
      walk(full, visit, skip);
    } else if (e.isFile()) visit(full);
  }
}

/** What one command-line path stands for: a file, the files under a folder, the files a glob matches, or nothing. */
export type ExpandedInput =
  | { kind: 'file'; file: string }
  | { kind: 'folder' | 'glob'; root: string; files: string[] }
  | { kind: 'missing' };

/**
 * A command-line path: an existing file or folder as it is (a folder's files
 * walked, without node_modules and .git), else a glob matched against paths
 * relative to `cwd` (or absolute, when the glob is), walked from its fixed part.
 */
export function expandInput(input: string, cwd = process.cwd()): ExpandedInput {
  const abs = path.resolve(cwd, input);
  if (fs.existsSync(abs)) {
    if (!isDirectory(abs)) return { kind: 'file', file: abs };
    const files: string[] = [];
    walk(abs, (f) => files.push(f));
    return { kind: 'folder', root: abs, files: files.sort() };
  }
  const posix = input.replace(/\\/g, '/').replace(/^\.\//, '');
  const scan = picomatch.scan(posix);
  if (!scan.isGlob) return { kind: 'missing' };
  const root = path.resolve(cwd, scan.base || '.');
  const matches = picomatch(posix, { dot: false });
  const absolute = path.isAbsolute(posix);
  const files: string[] = [];
  if (isDirectory(root)) {
    walk(root, (f) => {
      const shown = absolute ? f.split(path.sep).join('/') : path.relative(cwd, f).split(path.sep).join('/');
      if (matches(shown)) files.push(f);
    });
  }
  return { kind: 'glob', root, files: files.sort() };
}

/** The folder a registry search from `start` stops at: the repository root (holding .git), else the filesystem root. */
export function searchTop(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

/** searchTop from `dir`, kept in `tops` when given. */
function topOf(dir: string, tops?: Map<string, string>): string {
  let top = tops?.get(dir);
  if (top === undefined) {
    top = searchTop(dir);
    tops?.set(dir, top);
  }
  return top;
}

/**
 * A file's path relative to the folder its draft rules (src/core/drafts.ts)
 * are read against: the innermost of `workspaceFolders` holding it, else the
 * repository root holding it, else `fallback` (or the file's own folder).
 * `tops` keeps the repository root found for each folder (a command checking
 * many drafts of one folder looks for it once, not once a draft).
 */
export function draftRelativePath(file: string, workspaceFolders: readonly string[], fallback?: string, tops?: Map<string, string>): string {
  const abs = path.resolve(file);
  const folder = workspaceFolders.map((f) => path.resolve(f)).filter((f) => isInside(abs, f)).sort((a, b) => b.length - a.length)[0];
  const top = folder ?? topOf(path.dirname(abs), tops);
  const base = folder ?? (top !== path.parse(top).root ? top : (fallback ?? path.dirname(abs)));
  return path.relative(base, abs).split(path.sep).join('/');
}
