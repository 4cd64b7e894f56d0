/**
 * The desktop Workspace: files through node:fs, changes from the client's
 * workspace/didChangeWatchedFiles notifications (server.ts passes them on).
 */
import * as fs from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { draftSizeProblem } from '../host/fileRules.ts';
import { readText } from '../host/files.ts';
import { isUriLocation } from './locations.ts';
import { filePathOf } from './uris.ts';
import { WatchedWorkspace, type FileKind, type FileStat, type FileText } from './workspace.ts';

const kindOf = (s: { isFile(): boolean; isDirectory(): boolean }): FileKind => (s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other');

/** Files on the local disk; only file: URIs are read. */
export class NodeWorkspace extends WatchedWorkspace {
  /** Reads a file as UTF-8, refusing a binary file or one over `maxBytes`. */
  async readFile(uri: string, maxBytes: number): Promise<FileText> {
    const file = pathOfUri(uri);
    if (!file) return { problem: `not a file: URI: ${uri}` };
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { problem: 'not a file' };
      const tooLarge = draftSizeProblem(stat.size, maxBytes);
      if (tooLarge) return { problem: tooLarge };
      const buf = await fs.readFile(file);
      if (buf.subarray(0, 8192).includes(0)) return { problem: 'file looks binary (it contains NUL bytes); expected text' };
      return { text: buf.toString('utf8') };
    } catch (error) {
      return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message };
    }
  }

  /** The kind and size of what is at a URI. */
  async stat(uri: string): Promise<FileStat | undefined> {
    const file = pathOfUri(uri);
    if (!file) return undefined;
    try {
      const s = await fs.stat(file);
      return { kind: kindOf(s), size: s.size };
    } catch {
      return undefined;
    }
  }

  /** A folder's entries (links are followed for their kind). */
  async readDirectory(uri: string): Promise<[string, FileKind][]> {
    const dir = pathOfUri(uri);
    if (!dir) return [];
    try {
      const entries = await fs.readdir(dir, { withFileTypes: true });
      return entries.map((e) => [e.name, kindOf(e)]);
    } catch {
      return [];
    }
  }

}

const pathOfUri = filePathOf;

/** A registry file's text read again synchronously (the desktop's registries keep no texts of healthy files); undefined when it cannot be. */
export function rereadSync(location: string): string | undefined {
  if (isUriLocation(location)) return undefined;
  const read = readText(location, 64 * 1024 * 1024);
  return 'text' in read ? read.text : undefined;
}

/** A location with its links resolved (as given when it is a URI or does not exist). */
export function realLocation(location: string): string {
  if (isUriLocation(location)) return location;
  try {
    return realpathSync(location);
  } catch {
    return location;
  }
}

