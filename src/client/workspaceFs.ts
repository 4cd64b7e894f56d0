/**
 * The client's answers to the server's workspace file requests
 * (sourceCheck/fs/readFile, stat, readDirectory; src/protocol.ts), read with
 * `vscode.workspace.fs`, so a server that cannot read files itself (the
 * browser build, virtual file systems such as github.dev's `vscode-vfs://`)
 * reads them through the editor. URIs in and out are full URI strings.
 * Takes the file system and the URI parser as arguments, so it is tested without VS Code.
 */
import type * as vscode from 'vscode';
import {
  FS_READ_DIRECTORY_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FsReadDirectoryResult,
  type FsReadFileResult,
  type FsStatResult,
} from '../protocol.ts';

/** The part of `vscode.workspace.fs` the answers use. */
export interface WorkspaceFileSystem<U> {
  stat(uri: U): Thenable<{ type: number; size: number }>;
  readFile(uri: U): Thenable<Uint8Array>;
  readDirectory(uri: U): Thenable<[string, number][]>;
}

/** vscode.FileType's bits (File = 1, Directory = 2, SymbolicLink = 64 with one of them). */
const FILE = 1;
const DIRECTORY = 2;
/** Only the start of a file is searched for NUL bytes, as on the desktop (src/host/files.ts). */
const BINARY_SNIFF_BYTES = 8192;

/** What a vscode.FileType is, in the protocol's words. */
export function kindOf(type: number): 'file' | 'directory' | 'other' {
  if (type & DIRECTORY) return 'directory';
  if (type & FILE) return 'file';
  return 'other';
}

/** True for vscode.FileSystemError.FileNotFound (and a missing parent). */
function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

/** Why a file of `bytes` is not read, as the desktop says it (src/host/files.ts draftSizeProblem). */
function tooLargeProblem(bytes: number, maxBytes: number): string {
  return `this draft is ${(bytes / 1048576).toFixed(1)} MB; drafts over ${maxBytes / 1048576} MB are not checked (split it into smaller drafts to check it)`;
}

/** The three answers over `fs`; `parse` turns a URI string into the file system's URI. Bad parameters get a problem, null or [] — never a throw. */
export function workspaceFsAnswers<U>(fs: WorkspaceFileSystem<U>, parse: (uri: string) => U) {
  const uriOf = (params: unknown): { uri: U } | { problem: string } => {
    const uri = (params as { uri?: unknown } | null)?.uri;
    if (typeof uri !== 'string' || !uri) return { problem: `expected a "uri" string, got ${JSON.stringify(uri) ?? 'nothing'}` };
    try {
      return { uri: parse(uri) };
    } catch (error) {
      return { problem: `"${uri}" is not a URI (${(error as Error).message})` };
    }
  };
  return {
    /** A file's UTF-8 text, or why it was not read: missing, not a file, over maxBytes (by stat, before reading), binary. */
    async readFile(params: unknown): Promise<FsReadFileResult> {
      const parsed = uriOf(params);
      if ('problem' in parsed) return parsed;
      const { uri } = parsed;
      const maxBytes = (params as { maxBytes?: unknown }).maxBytes;
      if (typeof maxBytes !== 'number' || !(maxBytes >= 0)) return { problem: `expected "maxBytes" as a number of bytes, got ${JSON.stringify(maxBytes) ?? 'nothing'}` };
      try {
        const stat = await fs.stat(uri);
        if (kindOf(stat.type) !== 'file') return { problem: 'not a file' };
        if (stat.size > maxBytes) return { problem: tooLargeProblem(stat.size, maxBytes) };
        const bytes = await fs.readFile(uri);
        if (bytes.length > maxBytes) return { problem: tooLargeProblem(bytes.length, maxBytes) };
        if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problem: 'file looks binary (it contains NUL bytes); expected text' };
        // ignoreBOM keeps a byte order mark in the text, as the desktop's reader does: offsets agree
        return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
      } catch (error) {
        return { problem: isNotFound(error) ? 'no such file' : (error as Error).message || String(error) };
      }
    },
    /** What is at a URI; null when nothing is (or it cannot be reached). */
    async stat(params: unknown): Promise<FsStatResult> {
      const parsed = uriOf(params);
      if ('problem' in parsed) return null;
      const { uri } = parsed;
      try {
        const stat = await fs.stat(uri);
        return { kind: kindOf(stat.type), size: stat.size };
      } catch {
        return null;
      }
    },
    /** A folder's entries as [name, kind]; empty when it cannot be listed. */
    async readDirectory(params: unknown): Promise<FsReadDirectoryResult> {
      const parsed = uriOf(params);
      if ('problem' in parsed) return [];
      const { uri } = parsed;
      try {
        return (await fs.readDirectory(uri)).map(([name, type]) => [name, kindOf(type)]);
      } catch {
        return [];
      }
    },
  };
}

/** The part of a language client the handlers are registered on. */
export interface RequestTarget {
  onRequest(method: string, handler: (params: unknown) => Promise<unknown>): vscode.Disposable;
}

/** Answers the server's file requests on `client` with `fs` (vscode.workspace.fs); returns the registrations. */
export function registerWorkspaceFs<U>(client: RequestTarget, fs: WorkspaceFileSystem<U>, parse: (uri: string) => U): vscode.Disposable[] {
  const answers = workspaceFsAnswers(fs, parse);
  return [
    client.onRequest(FS_READ_FILE_REQUEST, (p) => answers.readFile(p)),
    client.onRequest(FS_STAT_REQUEST, (p) => answers.stat(p)),
    client.onRequest(FS_READ_DIRECTORY_REQUEST, (p) => answers.readDirectory(p)),
  ];
}
