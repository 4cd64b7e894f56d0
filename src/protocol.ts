/**
 * The custom requests, notifications and commands the Source Check client and
 * server share: their names and the shapes of what they carry. Pure types
 * and constants, imported by both sides.
 */
import type { NewStatement, SourceLabel } from './core/registryEdits/label.ts';
import type { Range, SourceStatus } from './core/types.ts';

/** Request: check these files (never opened) and publish their diagnostics. */
export const CHECK_FILES_REQUEST = 'sourceCheck/checkFiles';

/** Parameters of the check-files request. */
export interface CheckFilesParams {
  uris: string[];
}

/** Result of the check-files request. */
export interface CheckFilesResult {
  checked: number;
  findings: number;
  skipped: { uri: string; reason: string }[];
}

/** A place in a file, as in LSP. */
export interface PlaceInFile {
  uri: string;
  range: Range;
}

/** One quotation in a draft, as the workspace index keeps it. */
export interface QuoteSummary extends PlaceInFile {
  /** The quoted words, shortened. */
  text: string;
  /** The codes of the findings on it. */
  codes: string[];
}

/** A source entry with what the workspace's drafts do with it. */
export interface SourceSummary {
  id: string;
  title?: string;
  type: string;
  status: SourceStatus;
  /** True for a status other than verified and unverified. */
  labelled: boolean;
  speakerId?: string;
  /** The entry in its registry file. */
  entry: PlaceInFile;
  quotes: QuoteSummary[];
  /** How many drafts quote it. */
  drafts: number;
  /** Findings about it over all drafts. */
  findings: number;
}

/** A speaker entry with the sources it said. */
export interface PersonSummary {
  id: string;
  name: string;
  entry: PlaceInFile;
  /** The ids of its sources. */
  statements: string[];
}

/** Request: every source and person of the registries in use, with their quotes in the workspace's drafts. */
export const SOURCES_REQUEST = 'sourceCheck/sources';

/** Result of the sources request. */
export interface SourcesResult {
  sources: SourceSummary[];
  people: PersonSummary[];
}

/** Request: the edit that labels a source entry (the client applies it). */
export const LABEL_EDIT_REQUEST = 'sourceCheck/labelEdit';

/** Parameters of the label-edit request. */
export interface LabelEditParams {
  id: string;
  label: SourceLabel;
  /** A statement to create as the label's statusSource (appended to `statements.yaml` of the source's registry folder, or to `statementFile`). */
  newStatement?: NewStatement;
  /** The registry file (a URI inside the source's registry) that takes the new statement, when not the default `statements.yaml`. */
  statementFile?: string;
}

/** The text edits of one file in a WorkspaceEdit (version null: the file on disk). */
export interface FileTextEdits {
  textDocument: { uri: string; version: number | null };
  edits: { range: Range; newText: string }[];
}

/** Result of the label-edit request: an LSP WorkspaceEdit (the source's file first; then, for a new statement, its file, created when missing), and where the entry is. */
export interface LabelEditResult {
  edit: { documentChanges: [FileTextEdits, ...(FileTextEdits | { kind: 'create'; uri: string; options?: { ignoreIfExists?: boolean } })[]] };
  entry: PlaceInFile;
  /** The id of the statement created, when one was. */
  statementId?: string;
}

/** Request: what a source's label does now (computed from the workspace index once it is current). */
export const IMPACT_REQUEST = 'sourceCheck/impact';

/** Parameters of the impact request. */
export interface ImpactParams {
  id: string;
}

/** Result of the impact request. */
export interface ImpactResult {
  id: string;
  status: SourceStatus;
  /** Findings about the source: the places it is flagged. */
  flagged: PlaceInFile[];
  /** Drafts with at least one of them. */
  drafts: number;
  /** Every quotation of it. */
  quotes: number;
}

/** Notification (server to client): the workspace index changed (a draft or the registry); the sources view refreshes. */
export const INDEX_CHANGED_NOTIFICATION = 'sourceCheck/indexChanged';

/** Client command the CodeLens runs: [uri, position, locations] in LSP shapes, shown with editor.action.showReferences. */
export const SHOW_REFERENCES_COMMAND = 'sourceCheck.showReferences';

/** Client command "Source Check: Label Source…"; its argument, when given, answers the questions it would ask. */
export const LABEL_SOURCE_COMMAND = 'sourceCheck.labelSource';

/** The argument of the Label Source command: the source's id, and any of the label's fields (null: none). */
export interface LabelSourceArgs {
  id?: string;
  status?: SourceStatus;
  statusBy?: string | null;
  statusDate?: string;
  statusSource?: string | null;
  statusNote?: string | null;
  /** A statement to create as statusSource (its speaker is statusBy): then statusSource is not asked. */
  newStatement?: { text: string; date?: string; url?: string };
  /** The registry file (URI) that takes the new statement: then it is not asked (default with newStatement given: `statements.yaml`). */
  statementFile?: string;
}

/**
 * Requests from the server to the client for the workspace's files, used where
 * the server cannot read them itself (the browser build, virtual file systems
 * such as github.dev's `vscode-vfs://`). The client answers with
 * `vscode.workspace.fs`; URIs are full URI strings, never paths.
 */
export const FS_READ_FILE_REQUEST = 'sourceCheck/fs/readFile';

/** Parameters of the read-file request. */
export interface FsReadFileParams {
  uri: string;
  /** Larger files are refused with a problem, not read. */
  maxBytes: number;
}

/** The file's UTF-8 text, or why it was not read (missing, not a file, binary, too large). */
export type FsReadFileResult = { text: string } | { problem: string };

/** Request (server → client): what is at a URI; null when nothing is there. */
export const FS_STAT_REQUEST = 'sourceCheck/fs/stat';

/** Parameters of the stat and read-directory requests. */
export interface FsUriParams {
  uri: string;
}

/** Result of the stat request. */
export type FsStatResult = { kind: 'file' | 'directory' | 'other'; size: number } | null;

/** Request (server → client): a folder's entries as [name, kind] pairs; empty when it cannot be listed. */
export const FS_READ_DIRECTORY_REQUEST = 'sourceCheck/fs/readDirectory';

/** Result of the read-directory request. */
export type FsReadDirectoryResult = [string, 'file' | 'directory' | 'other'][];
