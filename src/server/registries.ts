/**
 * The server's registries, found and read through the Workspace (node:fs on
 * the desktop, the client's file requests in the browser): each draft's
 * nearest `sources/` or the configured roots, cached by the set of roots they
 * are built from; open editor buffers override the files. Locations are paths
 * for file: URIs and URIs for any other scheme (locations.ts).
 */
import { Registry, type RegistryCache } from '../core/registry/registry.ts';
import type { RegistryProblem } from '../core/registry/parse.ts';
import type { TextFile } from '../core/types.ts';
import { MAX_REGISTRY_BYTES, REGISTRY_CSV_FILE, REGISTRY_FILE } from '../host/fileRules.ts';
import { isInsideLocation, joinLocation, normalizeLocation, parentOf, uriOfLocation } from './locations.ts';
import type { Workspace } from './workspace.ts';

/** Only the header of a CSV file in a registry folder is looked at: its first 64 KB. */
const CSV_HEAD_CHARS = 65536;

/** What the host adds to the registries where it can (the desktop build). */
export interface RegistryHooks {
  /** Reads a registry file again, synchronously, so healthy files' texts need not be kept (undefined: they are kept). */
  rereadSync?: (location: string) => string | undefined;
  /** A full garbage collection, at the moments a large registry read leaves plenty. */
  collectGarbage?: () => void;
  /** Makes the index cache of one load (the desktop's on disk, src/host/indexCache.ts); none: every load parses and indexes. */
  indexCache?: () => RegistryCache;
}

/** The registries of the workspace, by their roots. */
export class WorkspaceRegistries {
  private readonly cache = new Map<string, Registry>();
  private readonly loading = new Map<string, Promise<Registry>>();
  private readonly overrides = new Map<string, string>();
  /** Each folder's nearest `sources/` (undefined: none), until a file changes. */
  private readonly nearest = new Map<string, Promise<string | undefined>>();
  private configured: string[] = [];
  /** Bumped by every invalidation: a registry read before it is not cached. */
  private generation = 0;

  private folders: readonly string[] = [];

  /** The folders the search for a draft's `sources/` stays inside (none: it stops at the repository root). */
  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** New workspace folders: the searches for `sources/` are made again within them. */
  set workspaceFolders(folders: readonly string[]) {
    this.folders = folders;
    this.nearest.clear();
  }

  constructor(private readonly workspace: Workspace, private readonly hooks: RegistryHooks = {}) {}

  /** Replaces the configured roots (settings changed); registries are reloaded only if the roots differ. */
  setConfigured(roots: readonly string[]): void {
    const next = roots.map(normalizeLocation);
    if (next.join('\u0000') === this.configured.join('\u0000')) return;
    this.configured = next;
    this.invalidate();
  }

  /** The configured roots (empty: each draft's nearest `sources/`). */
  configuredRoots(): readonly string[] {
    return this.configured;
  }

  /** The registry roots that apply to a draft. */
  async rootsFor(draft: string): Promise<string[]> {
    if (this.configured.length) return this.configured;
    const nearest = await this.findRegistryFolder(draft);
    return nearest ? [nearest] : [];
  }

  /** The registry that applies to a draft. */
  async registryFor(draft: string): Promise<Registry> {
    return this.registryOf(await this.rootsFor(draft));
  }

  /** The registry built from the given roots (cached; one reading at a time per set of roots). */
  registryOf(roots: readonly string[]): Promise<Registry> {
    const key = roots.map(normalizeLocation).join('\u0000');
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = this.loading.get(key);
    if (!pending) {
      const generation = this.generation;
      pending = this.load(key ? key.split('\u0000') : []).then((registry) => {
        if (generation === this.generation) {
          this.cache.set(key, registry);
          this.loading.delete(key);
        }
        return registry;
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Bumped by every invalidation (a registry read before differs from one read now). */
  get readings(): number {
    return this.generation;
  }

  /** True when an editor buffer stands in for a registry file under one of these roots (a reading from disk would differ). */
  overridesUnder(roots: readonly string[]): boolean {
    for (const [at] of this.overrides) if (roots.some((r) => isInsideLocation(at, r))) return true;
    return false;
  }

  /** Every registry currently cached. */
  loaded(): Registry[] {
    return [...this.cache.values()];
  }

  /** Uses an editor buffer's text for a registry file instead of the workspace's (undefined: back to the file). */
  setOverride(location: string, text: string | undefined): void {
    const at = normalizeLocation(location);
    if (text === undefined) this.overrides.delete(at);
    else this.overrides.set(at, text);
    this.dropRegistries();
  }

  /** Forgets every cached registry and where the `sources/` folders are (files changed). */
  invalidate(): void {
    this.nearest.clear();
    this.dropRegistries();
  }

  /** True when a location is a registry file under any root in use (or in a `sources/` folder). */
  isRegistryFile(location: string): boolean {
    if (!REGISTRY_FILE.test(location)) return false;
    const roots = this.configured.length ? this.configured : [...this.cache.keys()].flatMap((k) => (k ? k.split('\u0000') : []));
    return roots.some((r) => isInsideLocation(location, r)) || /(^|[\\/])sources[\\/]/.test(location);
  }

  /**
   * The nearest `sources/` folder at or above a draft's folder, like `.editorconfig`,
   * searched no higher than the innermost workspace folder holding it, or,
   * outside them all, than the repository root (the nearest folder holding `.git`).
   */
  findRegistryFolder(draft: string): Promise<string | undefined> {
    const start = parentOf(draft);
    let found = this.nearest.get(start);
    if (!found) {
      found = this.searchUp(start);
      this.nearest.set(start, found);
      if (this.nearest.size > 10_000) this.nearest.clear();
    }
    return found;
  }

  private async searchUp(start: string): Promise<string | undefined> {
    const top = this.workspaceFolders.filter((f) => isInsideLocation(start, f)).sort((a, b) => b.length - a.length)[0];
    for (let dir = start; ;) {
      const candidate = joinLocation(dir, 'sources');
      if ((await this.workspace.stat(uriOfLocation(candidate)))?.kind === 'directory') return candidate;
      if (top !== undefined ? normalizeLocation(dir) === normalizeLocation(top) : await this.workspace.stat(uriOfLocation(joinLocation(dir, '.git')))) return undefined;
      const parent = parentOf(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }

  private dropRegistries(): void {
    this.generation++;
    this.cache.clear();
    this.loading.clear();
  }

  /** Every registry file under the roots (files or folders), sorted; node_modules and .git are not walked. */
  private async listFiles(roots: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      for (const [name, kind] of await this.workspace.readDirectory(uriOfLocation(dir))) {
        const at = joinLocation(dir, name);
        if (kind === 'directory' && name !== 'node_modules' && name !== '.git') await walk(at);
        else if (kind === 'file' && (REGISTRY_FILE.test(name) || REGISTRY_CSV_FILE.test(name))) out.add(at);
      }
    };
    for (const root of roots) {
      const stat = await this.workspace.stat(uriOfLocation(root));
      if (stat?.kind === 'directory') await walk(root);
      else if (stat) out.add(root);
    }
    return [...out].sort();
  }

  /** A registry file's text, or why it cannot be read (over 64 MB: not read at all; of a CSV file, its head). */
  private async readRegistryText(location: string): Promise<{ text: string } | { problem: string }> {
    const uri = uriOfLocation(location);
    const stat = await this.workspace.stat(uri);
    if (!REGISTRY_CSV_FILE.test(location) && stat && stat.size > MAX_REGISTRY_BYTES) {
      return { problem: `registry file is ${(stat.size / 1048576).toFixed(1)} MB; expected at most ${MAX_REGISTRY_BYTES / 1048576} MB (it is not read)` };
    }
    const read = await this.workspace.readFile(uri, MAX_REGISTRY_BYTES);
    if ('problem' in read) return { problem: `cannot read registry file: ${read.problem}` };
    return REGISTRY_CSV_FILE.test(location) ? { text: read.text.slice(0, CSV_HEAD_CHARS) } : read;
  }

  private async load(roots: readonly string[]): Promise<Registry> {
    const problems: RegistryProblem[] = [];
    const locations = new Set(await this.listFiles(roots));
    for (const [at] of this.overrides) if (roots.some((r) => isInsideLocation(at, r) && at !== normalizeLocation(r))) locations.add(at);
    const files: TextFile[] = [];
    for (const location of [...locations].sort()) {
      const override = this.overrides.get(location);
      const result = override !== undefined ? { text: override } : await this.readRegistryText(location);
      if ('problem' in result) problems.push({ path: location, start: 0, end: 0, message: result.problem });
      else files.push({ path: location, text: result.text });
    }
    const { rereadSync, collectGarbage, indexCache } = this.hooks;
    const overrides = this.overrides;
    // with a synchronous reader (the desktop) healthy files' texts are dropped once read, and read again for positions
    const reread = rereadSync && ((location: string) => overrides.get(location) ?? rereadSync(location));
    const registry = new Registry(dropping(files, collectGarbage), problems, reread, indexCache?.());
    if (locations.size > 25) {
      // a large registry's quote index is built now, not at the first check, so that
      // the scratch arrays of its sort are collected here with the reading's garbage
      void registry.quotes;
      collectGarbage?.();
    }
    return registry;
  }
}

/** The files one at a time, each let go of once handed on (a large registry's garbage collected as it goes). */
function* dropping(files: TextFile[], collectGarbage: (() => void) | undefined): Generator<TextFile> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    files[i] = undefined as unknown as TextFile;
    if ((i + 1) % 25 === 0) collectGarbage?.();
    yield file;
  }
}
