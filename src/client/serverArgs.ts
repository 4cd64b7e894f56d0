/**
 * The desktop server's command line: its registry index cache lives in the
 * extension's own storage folder (VS Code's globalStorageUri), so a large
 * registry is read from the cache when a window opens, and nothing is written
 * into the workspace. The cache is keyed by content and rebuilt when stale.
 */
import * as path from 'node:path';

/** The folder, under the extension's global storage, that holds the server's index cache. */
export function indexCacheFolder(globalStorage: string): string {
  return path.join(globalStorage, 'index-cache');
}

/** The server's arguments: `--cache-location` in the extension's storage. */
export function serverArgs(globalStorage: string): string[] {
  return ['--cache-location', indexCacheFolder(globalStorage)];
}
