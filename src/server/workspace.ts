/**
 * How the server reaches the workspace's files: read, stat, list, and hear
 * about changes. The workspace index goes through this only, so a browser
 * build can give it another implementation (nodeWorkspace.ts is the desktop one).
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
