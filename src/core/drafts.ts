/**
 * Which files are drafts: one rule for the CLI and the editor's "Check
 * Sources", on paths relative to the workspace folder (pure, no file system).
 */
import picomatch from 'picomatch/posix';

/** The default drafts: Markdown and plain text. */
export const DEFAULT_DRAFT_INCLUDE: readonly string[] = ['**/*.md', '**/*.markdown', '**/*.txt'];
/** The default `sourceCheck.exclude`. */
export const DEFAULT_DRAFT_EXCLUDE: readonly string[] = ['**/node_modules/**'];
/** Never drafts, whatever the settings: dependencies, version control, and registry folders (`sources/`). */
const NEVER_DRAFTS = ['**/node_modules/**', '**/.git/**', '**/sources/**', 'sources/**'];

/** The settings that decide which files are drafts. */
export interface DraftRules {
  /** `sourceCheck.include` (absent: the default). */
  include?: readonly string[];
  /** `sourceCheck.exclude` (absent: the default). */
  exclude?: readonly string[];
  /** `sourceCheck.registry` paths, relative to the workspace folder: never drafts. */
  registry?: readonly string[];
}

/** A path with `/` separators, without a leading `./` or trailing `/`. */
function normalized(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/**
 * A test for paths relative to the workspace folder (`drafts/story.md`):
 * true when the path matches `include`, not `exclude`, and lies neither in a
 * registry path nor in a `sources/` folder. Paths outside the folder (`../x.md`) are not drafts.
 */
export function draftMatcher(rules: DraftRules = {}): (relativePath: string) => boolean {
  // dot: true as VS Code's findFiles matches (Check Sources finds .github/notes.md), and so that a folder
  // inside a dot folder (.tmp/desk/) has drafts
  const included = picomatch([...(rules.include ?? DEFAULT_DRAFT_INCLUDE)], { dot: true });
  const excluded = picomatch([...(rules.exclude ?? DEFAULT_DRAFT_EXCLUDE), ...NEVER_DRAFTS], { dot: true });
  const registry = (rules.registry ?? []).map(normalized).filter((r) => r && r !== '.');
  return (relativePath) => {
    const rel = normalized(relativePath);
    if (!rel || rel === '..' || rel.startsWith('../') || rel.startsWith('/') || /^[a-z]:\//i.test(rel)) return false;
    if (registry.some((r) => rel === r || rel.startsWith(`${r}/`))) return false;
    return included(rel) && !excluded(rel);
  };
}

/** True when the path (relative to the workspace folder) is a draft under these rules; see draftMatcher. */
export function isDraftPath(relativePath: string, rules: DraftRules = {}): boolean {
  return draftMatcher(rules)(relativePath);
}
