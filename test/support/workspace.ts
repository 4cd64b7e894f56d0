/**
 * Temporary copies of the example workspace, so tests can edit registry
 * files and drafts freely.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The example newsroom in the repository (never modified by tests). */
export const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'newsroom');

/** Copies the example newsroom into a fresh temporary folder; returns its path. */
export function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-'));
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Removes a temporary folder. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
