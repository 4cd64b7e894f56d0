/**
 * The desktop Workspace: files through node:fs, changes from the client's
 * workspace/didChangeWatchedFiles notifications (main.ts passes them on).
 */
import * as fs from 'node:fs/promises';
import { draftSizeProblem } from '../host/files.ts';
import { filePathOf } from './uris.ts';
import { FileChangeEmitter, type FileChange, type FileKind, type FileStat, type FileText, type Workspace } from './workspace.ts';

/** LSP FileChangeType values. */
const CHANGE: Record<number, FileChange['change']> = { 1: 'created', 2: 'changed', 3: 'deleted' };

const kindOf = (s: { isFile(): boolean; isDirectory(): boolean }): FileKind => (s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other');

/** Files on the local disk; only file: URIs are read. */
export class NodeWorkspace implements Workspace {
  private readonly changes = new FileChangeEmitter();

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

  /** Listens to file changes. */
  onDidChangeFiles(listener: (changes: FileChange[]) => void): () => void {
    return this.changes.listen(listener);
  }

  /** Passes on a workspace/didChangeWatchedFiles notification's changes (unknown change types are dropped). */
  didChangeWatchedFiles(changes: readonly { uri: string; type: number }[]): void {
    this.changes.fire(changes.filter((c) => typeof c?.uri === 'string' && CHANGE[c.type]).map((c) => ({ uri: c.uri, change: CHANGE[c.type] })));
  }
}

const pathOfUri = filePathOf;
