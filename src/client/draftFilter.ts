/**
 * Which of the files Check Sources found are drafts: the rule the CLI and the
 * server apply (src/core/drafts.ts), each file under the settings of the
 * innermost workspace folder holding it. Pure (no vscode), for both builds.
 */
import { draftMatcher, type DraftRules } from '../core/drafts.ts';

/** A workspace folder as a URI string (`file:///news`) with its `sourceCheck` include, exclude and registry. */
export interface FolderRules {
  uri: string;
  rules: DraftRules;
}

/** The folder URI with one trailing slash, so that `/news` does not hold `/news-old/…`. */
function asPrefix(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/**
 * The URIs among `found` that are drafts: each judged by the innermost folder
 * holding it, on its path relative to that folder (decoded); a file in no
 * folder is left out. Duplicates are dropped; the order is kept.
 */
export function draftsAmong(found: readonly string[], folders: readonly FolderRules[]): string[] {
  const byLength = [...folders].map((f) => ({ prefix: asPrefix(f.uri), isDraft: draftMatcher(f.rules) })).sort((a, b) => b.prefix.length - a.prefix.length);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const uri of found) {
    if (seen.has(uri)) continue;
    seen.add(uri);
    const folder = byLength.find((f) => uri.startsWith(f.prefix));
    if (!folder) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(uri.slice(folder.prefix.length));
    } catch {
      continue; // not a URI VS Code would give
    }
    if (folder.isDraft(relative)) out.push(uri);
  }
  return out;
}
