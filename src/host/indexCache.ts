/**
 * The registry index cache on disk: each registry file's validated entries,
 * and the quote index of a whole registry, as columns (src/core/registry/
 * indexColumns.ts), in files named by the content hash of what they were built
 * from. Each file holds the tool's stamp, its own length and a CRC-32: a stale,
 * truncated or corrupt file is not trusted, only rebuilt and written again.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { COLUMNS_FORMAT, entriesFromColumns, entriesToColumns, quoteIndexFromColumns, quoteIndexToColumns, type Columns } from '../core/registry/indexColumns.ts';
import type { IndexedText, QuoteIndex } from '../core/match/quoteIndex.ts';
import type { RegistryEntry } from '../core/registry/model.ts';
import type { RegistryCache } from '../core/registry/registry.ts';
import type { TextFile } from '../core/types.ts';
import { FileBytes } from './files.ts';
import { FileKeyMemo } from './fileKeyMemo.ts';

/** "SCX1" read as a little-endian number: also tells a file written on a machine of the other byte order. */
const MAGIC = 0x31584353;
/** Header numbers: magic, format, stamp bytes, numbers, narrow characters, wide characters, CRC-32 of the rest. */
const HEADER_INTS = 7;
/** Files shorter than this (characters, or bytes of a file read from disk) are parsed each time (faster than hashing, reading and checking a cache file, and no clutter for a small registry). */
export const MIN_CACHED_FILE_CHARS = 16_384;
/** Quote indexes of fewer texts than this are built each time. */
export const MIN_CACHED_INDEX_TEXTS = 256;
/** Cache files not written for this long are removed when the cache writes (a file in use is then rebuilt once). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The default cache folder for a run in `cwd`: `node_modules/.cache/source-check`
 * when `cwd` holds a node_modules folder (as ESLint and cspell keep theirs), else
 * the OS cache folder (`$XDG_CACHE_HOME`, else `~/.cache`; `%LOCALAPPDATA%` on Windows).
 */
export function defaultCacheFolder(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const modules = path.join(cwd, 'node_modules');
  if (isDirectory(modules)) return path.join(modules, '.cache', 'source-check');
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA) || path.join(os.homedir(), '.cache');
  return path.join(base, 'source-check');
}

/**
 * What identifies the running tool: its version, the columns' format and the
 * size and time of its code (the bundle this module is built into, else the
 * script run), so that a rebuilt tool, whose version may not change while it
 * is developed, reads no cache of another build.
 */
export function toolStamp(version: string, script = typeof __filename === 'string' ? __filename : process.argv[1]): string {
  let build = '';
  try {
    const s = fs.statSync(script);
    build = `${s.size}:${s.mtimeMs}`;
  } catch {
    // no script (a REPL, eval): the version alone
  }
  return `source-check ${version} columns ${COLUMNS_FORMAT} ${build}`;
}

/** The hex SHA-1 of strings (as UTF-8) or bytes, each ended by a NUL. */
function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = crypto.createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

/** CRC-32 (node:zlib's since Node 20.15; else a SHA-1 prefix, slower but as good at telling a change). */
function checksum(bytes: Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32) return crc32(bytes) | 0;
  return crypto.createHash('sha1').update(bytes).digest().readInt32LE(0);
}

/** The bytes of a cache file: header, stamp, numbers, wide strings (UTF-16LE), narrow strings (Latin-1). */
export function frameColumns(columns: Columns, stamp: string): Buffer {
  const stampBytes = Buffer.from(stamp, 'utf8');
  const stampPadded = (stampBytes.length + 3) & ~3;
  const body = HEADER_INTS * 4 + stampPadded + columns.ints.byteLength;
  const narrowAt = body + 2 * columns.wide.length;
  const out = Buffer.allocUnsafe(narrowAt + columns.narrow.length);
  out.fill(0, 0, body);
  stampBytes.copy(out, HEADER_INTS * 4);
  Buffer.from(columns.ints.buffer, columns.ints.byteOffset, columns.ints.byteLength).copy(out, HEADER_INTS * 4 + stampPadded);
  out.write(columns.wide, body, 'utf16le');
  out.write(columns.narrow, narrowAt, 'latin1');
  const header = new Int32Array(out.buffer, out.byteOffset, HEADER_INTS);
  header.set([MAGIC, COLUMNS_FORMAT, stampBytes.length, columns.ints.length, columns.narrow.length, columns.wide.length, 0]);
  header[6] = checksum(out.subarray(HEADER_INTS * 4));
  return out;
}

/** The columns of a cache file's bytes, or why they cannot be trusted (another tool's, cut short, changed). */
export function unframeColumns(bytes: Buffer, stamp: string): Columns | { problem: string } {
  if (bytes.length < HEADER_INTS * 4) return { problem: `${bytes.length} bytes; expected a header of ${HEADER_INTS * 4}` };
  // (typed arrays need aligned offsets: a pooled buffer is copied)
  const data = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const header = new Int32Array(data.buffer, data.byteOffset, HEADER_INTS);
  const [magic, format, stampLength, intCount, narrowChars, wideChars, crc] = header;
  if (magic !== MAGIC) return { problem: 'not a Source Check cache file' };
  if (format !== COLUMNS_FORMAT) return { problem: `columns format ${format}; expected ${COLUMNS_FORMAT}` };
  const stampPadded = (stampLength + 3) & ~3;
  const body = HEADER_INTS * 4 + stampPadded + intCount * 4;
  const narrowAt = body + 2 * wideChars;
  if (stampLength < 0 || intCount < 0 || narrowChars < 0 || wideChars < 0 || narrowAt + narrowChars !== data.length) return { problem: `${data.length} bytes; the header says ${narrowAt + narrowChars}` };
  const written = data.toString('utf8', HEADER_INTS * 4, HEADER_INTS * 4 + stampLength);
  if (written !== stamp) return { problem: `written by ${written}; this is ${stamp}` };
  if (checksum(data.subarray(HEADER_INTS * 4)) !== crc) return { problem: 'checksum does not match' };
  // (each character one byte, or two: no decoding to check)
  const wide = data.toString('utf16le', body, narrowAt);
  const narrow = data.toString('latin1', narrowAt);
  return { ints: new Int32Array(data.buffer, data.byteOffset + HEADER_INTS * 4 + stampPadded, intCount), narrow, wide };
}

/** Options of the cache: its folder, the tool's stamp, and where to say it cannot be written (once). */
export interface IndexCacheOptions {
  folder: string;
  stamp: string;
  warn?: (message: string) => void;
  /** The clock of the memo of files' keys (tests move it). */
  now?: () => number;
}

/** One registry load's cache (RegistryCache): it sees the load's files in order, so keys its quote index by all of them. */
export class IndexCache implements RegistryCache {
  private readonly fileKeys: string[] = [];
  private readonly keyByFile = new WeakMap<TextFile, string>();
  private warned = false;
  /** Cache files read and written by this load, and those found unusable (for tests and the bench). */
  readonly counts = { hits: 0, writes: 0, rejected: 0 };
  /** Registry files whose entries came from the cache without the file being read (their stat known: fileKeyMemo.ts). */
  unread = 0;
  private fileMemo: FileKeyMemo | undefined;

  /** A cache in `options.folder` (created when first written). */
  constructor(private readonly options: IndexCacheOptions) {}

  /**
   * The registry file at `filePath` (absolute) as a file not yet read, when the memo knows its content key
   * by its stat (fileKeyMemo.ts); undefined when it must be read (unknown, changed, or changed too recently).
   */
  knownFile(filePath: string): FileBytes | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch {
      return undefined; // (the read says why)
    }
    const key = stat.isFile() ? this.memo.keyOf(filePath, stat) : undefined;
    if (!key) return undefined;
    return new FileBytes(filePath, () => readOrEmpty(filePath), stat, key);
  }

  entriesOf(file: TextFile): RegistryEntry[] | undefined {
    if (file instanceof FileBytes && file.knownKey) {
      const known = this.cachedEntries(file.knownKey);
      if (known) {
        this.fileKeys.push(file.knownKey);
        this.unread++;
        return known;
      }
      // (its cache file is gone or unusable: the file is read after all, and known by its bytes)
    }
    // a file read from disk is known by its bytes, not decoded (another kind of key than a text's: an
    // editor buffer's text, which need not be what its UTF-8 bytes decode to, never shares a key with them)
    const bytes = file instanceof FileBytes ? file.bytes : undefined;
    const extension = path.extname(file.path).toLowerCase();
    const key = bytes ? hashOf('entries-bytes', extension, bytes) : hashOf('entries', extension, file.text);
    this.fileKeys.push(key);
    if ((bytes ? bytes.length : file.text.length) < MIN_CACHED_FILE_CHARS) return undefined;
    this.keyByFile.set(file, key);
    const entries = this.cachedEntries(key);
    if (entries) this.rememberKey(file, key);
    return entries;
  }

  storeEntries(file: TextFile, entries: readonly RegistryEntry[]): void {
    const key = this.keyByFile.get(file);
    if (!key) return;
    // (UTF-16 keeps every string as it is, a lone surrogate too)
    if (this.write(`entries-${key}.bin`, entriesToColumns(entries))) this.rememberKey(file, key);
  }

  /** Writes back what this load added to the memo of files' keys (at the end of a load). */
  finish(): void {
    this.fileMemo?.save();
  }

  private get memo(): FileKeyMemo {
    return (this.fileMemo ??= new FileKeyMemo(this.options.folder, this.options.now));
  }

  /** The entries stored under `key`, or undefined (not stored, or unusable). */
  private cachedEntries(key: string): RegistryEntry[] | undefined {
    const columns = this.read(`entries-${key}.bin`);
    const entries = columns && entriesFromColumns(columns);
    if (columns && !entries) this.counts.rejected++;
    if (entries) this.counts.hits++;
    return entries;
  }

  /** Remembers a file read from disk by its stat as it was before the read (never an editor buffer's text). */
  private rememberKey(file: TextFile, key: string): void {
    if (file instanceof FileBytes && file.stat && path.isAbsolute(file.path)) this.memo.remember(file.path, file.stat, key);
  }

  quoteIndexOf(texts: readonly IndexedText[]): QuoteIndex | undefined {
    if (texts.length < MIN_CACHED_INDEX_TEXTS) return undefined;
    const columns = this.read(this.indexFile());
    const index = columns && quoteIndexFromColumns(columns, texts);
    if (columns && !index) this.counts.rejected++;
    if (index) this.counts.hits++;
    return index;
  }

  storeQuoteIndex(index: QuoteIndex): void {
    if (index.size < MIN_CACHED_INDEX_TEXTS) return;
    this.write(this.indexFile(), quoteIndexToColumns(index));
    this.prune();
  }

  private indexFile(): string {
    return `index-${hashOf('index', ...this.fileKeys)}.bin`;
  }

  private read(name: string): Columns | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(this.options.folder, name));
    } catch {
      return undefined; // not cached yet
    }
    const columns = unframeColumns(bytes, this.options.stamp);
    if ('problem' in columns) {
      this.counts.rejected++;
      return undefined;
    }
    return columns;
  }

  /** Writes a file whole or not at all (a temporary file renamed), so that a reader never sees half of one; true when written. */
  private write(name: string, columns: Columns): boolean {
    const file = path.join(this.options.folder, name);
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(this.options.folder, { recursive: true });
      fs.writeFileSync(temporary, frameColumns(columns, this.options.stamp));
      fs.renameSync(temporary, file);
      this.counts.writes++;
      return true;
    } catch (error) {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
      if (!this.warned) this.options.warn?.(`source-check: cannot write the index cache in ${this.options.folder}: ${(error as Error).message}; checking goes on without it (--no-cache turns it off, --cache-location moves it)`);
      this.warned = true;
      return false;
    }
  }

  /** Removes cache files not written for MAX_AGE_MS (entries of files since edited, indexes of registries since changed). */
  private prune(): void {
    try {
      const now = Date.now();
      for (const name of fs.readdirSync(this.options.folder)) {
        if (!/^(entries|index)-[0-9a-f]{40}\.bin$|\.tmp$/.test(name)) continue;
        const file = path.join(this.options.folder, name);
        if (now - fs.statSync(file).mtimeMs > MAX_AGE_MS) fs.rmSync(file, { force: true });
      }
    } catch {
      // another process pruned first
    }
  }
}

/** A file's bytes, or none when it cannot be read now (removed since its stat was taken: it then holds nothing). */
function readOrEmpty(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
