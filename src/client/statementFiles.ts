/**
 * Which registry file takes the new statement of "Label Source… → New
 * statement…": the choices offered when the source's registry folder holds
 * other registry files than the default `statements.yaml`. Pure (no vscode),
 * on URI paths, for both builds.
 */
import { relativePath } from './uriPaths.ts';

/** The default file of a new statement (the server's, in the source's registry folder). */
export const DEFAULT_STATEMENT_FILE = 'statements.yaml';

/** One choice: its label, and the path of the file (none: the default, which the server places). */
export interface StatementFileChoice {
  label: string;
  description?: string;
  path?: string;
}

/**
 * The choices for a source whose entry is in the folder `folderPath`, among the
 * registry files `foundPaths` (.yaml, .yml, .json) there and below: the default
 * first (said to be new when it is not among them), then the others by path; none
 * when the default is the only file there is (nothing to ask).
 */
export function statementFileChoices(folderPath: string, foundPaths: readonly string[]): StatementFileChoice[] {
  const defaultPath = `${folderPath.replace(/\/+$/, '')}/${DEFAULT_STATEMENT_FILE}`;
  const others = [...new Set(foundPaths)].filter((p) => p !== defaultPath && /\.(ya?ml|json)$/i.test(p)).sort((a, b) => a.localeCompare(b));
  if (!others.length) return [];
  const exists = foundPaths.includes(defaultPath);
  return [
    { label: DEFAULT_STATEMENT_FILE, description: exists ? 'default' : 'default, a new file' },
    ...others.map((p) => ({ label: relativePath(folderPath, p), path: p })),
  ];
}
