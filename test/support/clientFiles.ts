/**
 * The files a test client gives the browser build of the server when it asks
 * (sourceCheck/fs/readFile, stat, readDirectory): from the disk, for file:
 * URIs, or from a map of URIs to texts (github.dev's `vscode-vfs://`), as the
 * extension's client answers them with `vscode.workspace.fs`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FsReadDirectoryResult, FsReadFileResult, FsStatResult } from '../../src/protocol.ts';

/** What answers the server's file requests. */
export interface ClientFiles {
  readFile(uri: string, maxBytes: number): FsReadFileResult;
  stat(uri: string): FsStatResult;
  readDirectory(uri: string): FsReadDirectoryResult;
}

const kindOf = (s: fs.Stats | fs.Dirent): 'file' | 'directory' | 'other' => (s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other');

/** The disk, for file: URIs (others: nothing there). */
export const diskFiles: ClientFiles = {
  readFile(uri, maxBytes) {
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    if (!file) return { problem: `not a file: URI: ${uri}` };
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) return { problem: 'not a file' };
      if (stat.size > maxBytes) return { problem: `the file is ${stat.size} bytes; at most ${maxBytes} are read` };
      return { text: fs.readFileSync(file, 'utf8') };
    } catch {
      return { problem: 'no such file' };
    }
  },
  stat(uri) {
    try {
      const s = fs.statSync(fileURLToPath(uri));
      return { kind: kindOf(s), size: s.size };
    } catch {
      return null;
    }
  },
  readDirectory(uri) {
    try {
      return fs.readdirSync(fileURLToPath(uri), { withFileTypes: true }).map((e) => [e.name, kindOf(e)]);
    } catch {
      return [];
    }
  },
};

/** Files by URI in memory; folders are the prefixes of their URIs. Every URI asked for is noted. */
export class MemoryFiles implements ClientFiles {
  readonly files = new Map<string, string>();
  /** Every URI the server asked about, in order. */
  readonly asked: string[] = [];

  /** `files`: text by URI (`vscode-vfs://github/owner/repo/drafts/a.md`). */
  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  /** The files of a folder on disk under a base URI (e.g. the example newsroom as a github.dev repository). */
  static fromFolder(folder: string, baseUri: string): MemoryFiles {
    const out = new MemoryFiles();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else out.files.set(`${baseUri}/${path.relative(folder, full).split(path.sep).map(encodeURIComponent).join('/')}`, fs.readFileSync(full, 'utf8'));
      }
    };
    walk(folder);
    return out;
  }

  readFile(uri: string, maxBytes: number): FsReadFileResult {
    this.asked.push(uri);
    const text = this.files.get(uri);
    if (text === undefined) return { problem: this.isFolder(uri) ? 'not a file' : 'no such file' };
    return Buffer.byteLength(text) > maxBytes ? { problem: `over ${maxBytes} bytes` } : { text };
  }

  stat(uri: string): FsStatResult {
    this.asked.push(uri);
    const text = this.files.get(uri);
    if (text !== undefined) return { kind: 'file', size: Buffer.byteLength(text) };
    return this.isFolder(uri) ? { kind: 'directory', size: 0 } : null;
  }

  readDirectory(uri: string): FsReadDirectoryResult {
    this.asked.push(uri);
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    const entries = new Map<string, 'file' | 'directory'>();
    for (const f of this.files.keys()) {
      if (!f.startsWith(prefix)) continue;
      const [name, ...rest] = f.slice(prefix.length).split('/');
      entries.set(decodeURIComponent(name), rest.length ? 'directory' : 'file');
    }
    return [...entries];
  }

  private isFolder(uri: string): boolean {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  }
}
