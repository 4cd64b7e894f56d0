/**
 * Bytes a run has read already, handed over once to the read that needs them
 * next: the CLI's result cache reads and hashes every draft and registry file
 * to make its key, and the check then takes those bytes instead of reading each
 * file again (so the key and the check see the same text, too). A file changed
 * since (another size or modification time) is read afresh.
 */
import type * as fs from 'node:fs';
import * as path from 'node:path';

/** At most this many bytes wait to be taken; reads past it are not kept. */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

/** A read kept: the bytes and the file's size and modification time when they were read. */
interface KeptRead {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
}

const kept = new Map<string, KeptRead>();
let keptBytes = 0;

/** Keeps `bytes`, read from `file` when it had `stat`, for the next read of that file (while fewer than MAX_KEPT_BYTES wait). */
export function keepRead(file: string, bytes: Buffer, stat: Pick<fs.Stats, 'size' | 'mtimeMs'>): void {
  const key = path.resolve(file);
  const before = kept.get(key);
  if (before) keptBytes -= before.bytes.length;
  if (keptBytes + bytes.length > MAX_KEPT_BYTES) {
    kept.delete(key);
    return;
  }
  kept.set(key, { bytes, size: stat.size, mtimeMs: stat.mtimeMs });
  keptBytes += bytes.length;
}

/** The bytes kept for `file`, handed over once, when the file still has the size and modification time they were read at; else undefined. */
export function takeRead(file: string, stat: Pick<fs.Stats, 'size' | 'mtimeMs'>): Buffer | undefined {
  const key = path.resolve(file);
  const read = kept.get(key);
  if (!read) return undefined;
  kept.delete(key);
  keptBytes -= read.bytes.length;
  return read.size === stat.size && read.mtimeMs === stat.mtimeMs ? read.bytes : undefined;
}

/** Drops every read still kept (at the end of a run). */
export function forgetReads(): void {
  kept.clear();
  keptBytes = 0;
}
