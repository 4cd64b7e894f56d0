/**
 * Where a file is, inside the server: its path for a `file:` URI (as the
 * desktop always named files: registry findings, draft paths), the URI itself
 * for any other scheme (github.dev's `vscode-vfs://`, vscode.dev's), never a
 * path made up for it. The operations here work on both, without node:path,
 * so the same code runs in the browser build.
 */
import { URI, Utils } from 'vscode-uri';
import { fileUri, filePathOf } from './uris.ts';

/** True when a location is a URI (a scheme of two letters or more, then `:`), not a file path (`/a`, `C:\a`). */
export function isUriLocation(location: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(location);
}

/** The location of a URI: a file: URI's path, any other URI as VS Code spells it (as given when it does not parse). */
export function locationOfUri(uri: string): string {
  const file = filePathOf(uri);
  if (file !== undefined) return file;
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** The URI of a location. */
export function uriOfLocation(location: string): string {
  return isUriLocation(location) ? location : fileUri(location);
}

const isWindowsPath = (p: string) => /^[a-zA-Z]:([\\/]|$)/.test(p) || p.startsWith('\\\\');

/** A file path's separator: `\` for a Windows path, else `/`. */
function separatorOf(p: string): string {
  return isWindowsPath(p) ? '\\' : '/';
}

/** A file path with `.` and `..` resolved and one separator between names (no trailing one, except the root's). */
function normalizePath(p: string): string {
  const sep = separatorOf(p);
  const parts = p.split(/[\\/]/);
  const head = parts.shift() ?? ''; // '' for '/a', 'C:' for 'C:\a'
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `${head}${sep}${out.join(sep)}`;
}

/** A location made canonical: a path normalized, a URI without a trailing slash. */
export function normalizeLocation(location: string): string {
  if (!isUriLocation(location)) return normalizePath(location);
  return location.length > 1 && location.endsWith('/') && !location.endsWith('://') ? location.replace(/\/+$/, '') : location;
}

/** The folder holding a location (the root holds itself). */
export function parentOf(location: string): string {
  if (isUriLocation(location)) {
    try {
      const uri = URI.parse(location);
      return uri.path === '/' || uri.path === '' ? location : Utils.dirname(uri).toString();
    } catch {
      return location;
    }
  }
  const p = normalizePath(location);
  const sep = separatorOf(p);
  const at = p.lastIndexOf(sep);
  const parent = p.slice(0, at);
  return at < 0 || !parent || /^[a-zA-Z]:$/.test(parent) ? `${parent}${sep}` : parent;
}

/** The entry `names` (joined, `..` resolved) of the folder at `location`. */
export function joinLocation(location: string, ...names: string[]): string {
  if (isUriLocation(location)) {
    try {
      return Utils.joinPath(URI.parse(location), ...names).toString();
    } catch {
      return [location, ...names].join('/');
    }
  }
  return normalizePath([location, ...names].join(separatorOf(location)));
}

/** A location's last name (`people.yaml`). */
export function baseNameOf(location: string): string {
  if (isUriLocation(location)) {
    try {
      return Utils.basename(URI.parse(location));
    } catch {
      return location;
    }
  }
  return normalizePath(location).split(/[\\/]/).pop() ?? location;
}

/** A setting's path (`../sources`, `/abs/sources`) against the folder `base`; absolute paths as they are (in a path workspace). */
export function resolveLocation(base: string, written: string): string {
  if (isUriLocation(written)) return normalizeLocation(written);
  if (!isUriLocation(base) && (written.startsWith('/') || isWindowsPath(written))) return normalizePath(written);
  return joinLocation(base, written);
}

/** The names from `folder` down to `location` (`a/b.md`), '' for the folder itself, undefined when it is not inside. */
export function relativeLocation(folder: string, location: string): string | undefined {
  const f = normalizeLocation(folder);
  const l = normalizeLocation(location);
  if (l === f) return '';
  if (isUriLocation(f) !== isUriLocation(l)) return undefined;
  const sep = isUriLocation(f) ? '/' : separatorOf(f);
  const prefix = f.endsWith(sep) ? f : f + sep;
  const same = isWindowsPath(f) ? l.toLowerCase().startsWith(prefix.toLowerCase()) : l.startsWith(prefix);
  if (!same) return undefined;
  const rest = l.slice(prefix.length);
  return isUriLocation(f) ? decodeURIComponentSafe(rest) : rest.split(sep).join('/');
}

/** True when `location` is `folder` or inside it (whole names: `/a/bc` is not inside `/a/b`). */
export function isInsideLocation(location: string, folder: string): boolean {
  return relativeLocation(folder, location) !== undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
