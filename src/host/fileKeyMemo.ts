/**
 * The index cache's memo of registry files' keys by what `stat` says of them,
 * so that a warm run need not read and hash a registry file it knows, as git's
 * index spares it rehashing files: a file's content key (the SHA-1 of its
 * bytes) is trusted without reading the file only while its size, modification
 * and change times, inode and device are those it had when it was hashed, and
 * only when it had not been touched for RACY_MS before then (a file changed in
 * the same clock tick as it was hashed could otherwise keep its times). The
 * change time cannot be set by a program (touch, utimes or a checkout set it to
 * now), so an edit that restores the size and modification time is seen too.
 * The memo is a hint: a key whose cache file is missing or unusable sends the
 * load back to the file's bytes.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The memo's file in the cache folder. */
export const MEMO_FILE = 'file-keys.json';
/** The memo file's format (another is ignored and replaced). */
const MEMO_FORMAT = 1;
/** A file hashed less than this after it was last changed is hashed again by the next run (racy: see above). */
export const RACY_MS = 2000;
/** At most this many files are remembered (the least recently hashed are forgotten first). */
const MAX_FILES = 20_000;

/** What a file's `stat` said when it was hashed, its key, and when it was hashed: [size, mtimeMs, ctimeMs, ino, dev, key, hashedAt]. */
type Remembered = [number, number, number, number, number, string, number];

/** The parts of a file's stat the memo compares. */
export type FileSignature = Pick<fs.Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'dev'>;

/** One load's view of the memo in a cache folder: read on first use, written back by `save` when it changed. */
export class FileKeyMemo {
  private files: Map<string, Remembered> | undefined;
  private changed = false;

  /** The memo in `folder`; `now` is the clock (tests move it). */
  constructor(private readonly folder: string, private readonly now: () => number = Date.now) {}

  /** The key of the file at `file` (an absolute path) when its stat matches the one it was hashed with, long enough after its last change; else undefined. */
  keyOf(file: string, stat: FileSignature): string | undefined {
    const r = this.memo().get(file);
    if (!r || !sameFile(r, stat)) return undefined;
    const hashedAt = r[6];
    return stat.mtimeMs <= hashedAt - RACY_MS && stat.ctimeMs <= hashedAt - RACY_MS ? r[5] : undefined;
  }

  /** Remembers that the file at `file`, with `stat` (taken before its bytes were read), has content key `key`. */
  remember(file: string, stat: FileSignature, key: string): void {
    const memo = this.memo();
    const before = memo.get(file);
    if (before && sameFile(before, stat) && before[5] === key && before[6] >= Math.max(stat.mtimeMs, stat.ctimeMs) + RACY_MS) return;
    memo.delete(file); // (re-inserted last: the map's order is the order of hashing)
    memo.set(file, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev, key, this.now()]);
    this.changed = true;
  }

  /** Writes the memo back when this load changed it (whole or not at all); an unwritable folder is the index cache's to report. */
  save(): void {
    if (!this.changed || !this.files) return;
    this.changed = false;
    const entries = [...this.files];
    const kept = entries.slice(Math.max(0, entries.length - MAX_FILES));
    const file = path.join(this.folder, MEMO_FILE);
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify({ format: MEMO_FORMAT, files: Object.fromEntries(kept) }));
      fs.renameSync(temporary, file);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }

  private memo(): Map<string, Remembered> {
    if (!this.files) this.files = readMemo(path.join(this.folder, MEMO_FILE));
    return this.files;
  }
}

/** True when a remembered stat is the file's stat now. */
function sameFile(r: Remembered, stat: FileSignature): boolean {
  return r[0] === stat.size && r[1] === stat.mtimeMs && r[2] === stat.ctimeMs && r[3] === stat.ino && r[4] === stat.dev;
}

/** The memo file's entries; none when it is missing, of another format or damaged (each entry is checked, a bad one dropped). */
function readMemo(file: string): Map<string, Remembered> {
  const files = new Map<string, Remembered>();
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return files; // not written yet, or cut short
  }
  const memo = data as { format?: unknown; files?: unknown };
  if (!memo || memo.format !== MEMO_FORMAT || typeof memo.files !== 'object' || memo.files === null) return files;
  for (const [name, r] of Object.entries(memo.files as Record<string, unknown>)) {
    if (!Array.isArray(r) || r.length !== 7) continue;
    const numbers = [r[0], r[1], r[2], r[3], r[4], r[6]];
    if (numbers.every((n) => typeof n === 'number' && Number.isFinite(n)) && typeof r[5] === 'string' && /^[0-9a-f]{40}$/.test(r[5])) files.set(name, r as Remembered);
  }
  return files;
}
