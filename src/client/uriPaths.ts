/**
 * Path arithmetic on the path part of URIs (always `/`-separated, whatever
 * the scheme: `file:`, github.dev's `vscode-vfs:`), so the client never turns
 * a URI into a file system path. Pure, tested without VS Code.
 */

/** The path of the folder holding `path` (`/a/b/c.yaml` → `/a/b`; the root stays `/`). */
export function parentPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

/** `path` relative to the folder `folder` (`/a`, `/a/b/c.yaml` → `b/c.yaml`); outside it, `path` as it is. */
export function relativePath(folder: string, path: string): string {
  const base = folder.replace(/\/+$/, '');
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
