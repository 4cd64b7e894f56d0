/**
 * Settings per workspace folder: the server asks the client for `sourceCheck`
 * with each folder's URI as `scopeUri`, so in a multi-root workspace every
 * folder has its own registry, severities and draft rules.
 */
import type { Connection } from 'vscode-languageserver';
import type { Settings } from '../core/settings.ts';
import type { HostSettings } from '../host/hostSettings.ts';
import { isInsideLocation } from './locations.ts';

/** One workspace folder's `sourceCheck` section, as the client answered for its URI. */
export interface FolderSection {
  /** The folder's URI, as the client named it. */
  uri: string;
  /** The section; null when the client had none for it. */
  section: Record<string, unknown> | null;
}

/** A workspace folder's own settings, ready to check its drafts with. */
export interface FolderScope {
  /** The folder's location (locations.ts). */
  folder: string;
  host: HostSettings;
  settings: Settings;
  /** Its configured registry roots, resolved against the folder (empty: each draft's nearest `sources/`). */
  roots: string[];
}

/** Asks the client for `sourceCheck` once per workspace folder (scopeUri = the folder), all at once. */
export async function pullFolderSections(connection: Connection, folderUris: readonly string[]): Promise<FolderSection[]> {
  return Promise.all(folderUris.map(async (uri) => {
    const section = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourceCheck' })) as unknown;
    return { uri, section: section && typeof section === 'object' && !Array.isArray(section) ? (section as Record<string, unknown>) : null };
  }));
}

/** The scope of the innermost workspace folder holding a file, or undefined outside them all. */
export function scopeOf(scopes: readonly FolderScope[], file: string): FolderScope | undefined {
  let best: FolderScope | undefined;
  for (const scope of scopes) {
    if (isInsideLocation(file, scope.folder) && (!best || scope.folder.length > best.folder.length)) best = scope;
  }
  return best;
}
