/**
 * The browser Workspace: the server cannot read files there, so it asks the
 * client (sourceCheck/fs/readFile, stat, readDirectory in src/protocol.ts),
 * which answers with `vscode.workspace.fs`; any URI scheme (github.dev's
 * `vscode-vfs://`). Changes come as workspace/didChangeWatchedFiles, as on
 * the desktop. A request that fails reads as nothing there, with the reason.
 */
import type { Connection } from 'vscode-languageserver';
import {
  FS_READ_DIRECTORY_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FsReadDirectoryResult,
  type FsReadFileParams,
  type FsReadFileResult,
  type FsStatResult,
  type FsUriParams,
} from '../protocol.ts';
import { WatchedWorkspace, type FileKind, type FileStat, type FileText } from './workspace.ts';

const KINDS = new Set<string>(['file', 'directory', 'other']);

/** Files read by asking the client. */
export class ClientWorkspace extends WatchedWorkspace {
  constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {
    super();
  }

  /** The text of a file, as the client read it (or why it did not). */
  async readFile(uri: string, maxBytes: number): Promise<FileText> {
    try {
      const result = await this.connection.sendRequest<FsReadFileResult>(FS_READ_FILE_REQUEST, { uri, maxBytes } satisfies FsReadFileParams);
      if (result && typeof (result as { text?: unknown }).text === 'string') return { text: (result as { text: string }).text };
      if (result && typeof (result as { problem?: unknown }).problem === 'string') return { problem: (result as { problem: string }).problem };
      return { problem: `the client answered ${FS_READ_FILE_REQUEST} with ${JSON.stringify(result)?.slice(0, 100)}; expected { text } or { problem }` };
    } catch (error) {
      return { problem: `the client could not read it (${(error as Error).message})` };
    }
  }

  /** What is at a URI, as the client says; undefined when nothing is there or the request failed. */
  async stat(uri: string): Promise<FileStat | undefined> {
    try {
      const result = await this.connection.sendRequest<FsStatResult>(FS_STAT_REQUEST, { uri } satisfies FsUriParams);
      if (!result || !KINDS.has(result.kind)) return undefined;
      return { kind: result.kind, size: typeof result.size === 'number' ? result.size : 0 };
    } catch {
      return undefined;
    }
  }

  /** A folder's entries, as the client lists them; empty when it cannot. */
  async readDirectory(uri: string): Promise<[string, FileKind][]> {
    try {
      const result = await this.connection.sendRequest<FsReadDirectoryResult>(FS_READ_DIRECTORY_REQUEST, { uri } satisfies FsUriParams);
      if (!Array.isArray(result)) return [];
      return result.filter((e): e is [string, FileKind] => Array.isArray(e) && typeof e[0] === 'string' && KINDS.has(e[1]));
    } catch {
      return [];
    }
  }
}
