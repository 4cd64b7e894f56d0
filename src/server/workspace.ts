/**
 * How the server reaches the workspace's files: read, stat, list, and hear
 * about changes. Everything the server reads goes through this, so the browser
 * build gives it another implementation (nodeWorkspace.ts is the desktop one,
 * clientWorkspace.ts asks the client).
 */

/** What a path is. */
export type FileKind = 'file' | 'directory' | 'other';

/** A file's kind and size. */
export interface FileStat {
  kind: FileKind;
  size: number;
}

/** A file created, changed or deleted on disk. */
export interface FileChange {
  uri: string;
  change: 'created' | 'changed' | 'deleted';
}

/** A file's text, or why it was not read. */
export type FileText = { text: string } | { problem: string };

/** The workspace's files, by URI. */
export interface Workspace {
  /** The text of a file (UTF-8), or why it was not read (missing, binary, over `maxBytes`). */
  readFile(uri: string, maxBytes: number): Promise<FileText>;
  /** A file's kind and size, or undefined when there is nothing there. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** The entries of a folder: names and kinds (empty when it cannot be listed). */
  readDirectory(uri: string): Promise<[string, FileKind][]>;
  /** Calls `listener` with each batch of file changes; returns the function that stops it. */
  onDidChangeFiles(listener: (changes: FileChange[]) => void): () => void;
}

/** LSP FileChangeType values. */
const CHANGE: Record<number, FileChange['change']> = { 1: 'created', 2: 'changed', 3: 'deleted' };

/** A Workspace that hears of file changes from the client's workspace/didChangeWatchedFiles notifications (both builds). */
export abstract class WatchedWorkspace implements Workspace {
  private readonly changes = new FileChangeEmitter();

  abstract readFile(uri: string, maxBytes: number): Promise<FileText>;
  abstract stat(uri: string): Promise<FileStat | undefined>;
  abstract readDirectory(uri: string): Promise<[string, FileKind][]>;

  /** Listens to file changes. */
  onDidChangeFiles(listener: (changes: FileChange[]) => void): () => void {
    return this.changes.listen(listener);
  }

  /** Passes on a workspace/didChangeWatchedFiles notification's changes (unknown change types are dropped). */
  didChangeWatchedFiles(changes: readonly { uri: string; type: number }[]): void {
    this.changes.fire(changes.filter((c) => typeof c?.uri === 'string' && CHANGE[c.type]).map((c) => ({ uri: c.uri, change: CHANGE[c.type] })));
  }
}

/** The listeners of file changes, for Workspace implementations. */
export class FileChangeEmitter {
  private readonly listeners = new Set<(changes: FileChange[]) => void>();

  /** Adds a listener; returns the function that removes it. */
  listen(listener: (changes: FileChange[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener about a batch of changes. */
  fire(changes: FileChange[]): void {
    if (changes.length) for (const l of this.listeners) l(changes);
  }
}
