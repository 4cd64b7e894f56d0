/**
 * The settings of each draft for the CLI: the nearest `.vscode/settings.json`
 * at or above the draft (or `--config`), each file read once, each with its
 * own registry store; the draft rules come from the core (isDraftPath).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftMatcher } from '../core/drafts.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { draftRelativePath, isInside, realPath } from '../host/files.ts';
import { RegistryStore } from '../host/registryStore.ts';
import { findSettingsFile, loadSettingsFile, type HostSettings } from '../host/settingsFile.ts';
import { indexCacheFor, type CacheOptions } from '../host/cachePlace.ts';

/** What applies to one draft. */
export interface DraftContext {
  /** The settings file read, if any. */
  settingsFile?: string;
  host: HostSettings;
  settings: Settings;
  store: RegistryStore;
  /** True when a path (absolute) is a draft under these settings. */
  isDraft(file: string, fallbackFolder: string): boolean;
}

/** Bad configuration: already reported on stderr; the CLI exits 2. */
export class ConfigError extends Error {}

/** Finds, reads and checks the settings of each draft, once per settings file. */
export class DraftSettings {
  private readonly byFile = new Map<string, DraftContext>();
  private readonly nearest = new Map<string, string | undefined>();
  private readonly sharedStore?: RegistryStore;
  private readonly indexCache: RegistryStore['indexCache'];

  /** `registry`: the `--registry` paths (they replace every settings file's); `config`: `--config`; `noConfig`: `--no-config`; `cache`, `cacheLocation`: the index cache's. */
  constructor(private readonly options: { registry: string[]; config?: string; noConfig: boolean } & CacheOptions, private readonly err: (s: string) => void) {
    this.indexCache = indexCacheFor(options, err);
    if (options.registry.length) this.sharedStore = this.storeOf(options.registry);
  }

  /** A registry store of `roots` using the index cache. */
  private storeOf(roots: string[]): RegistryStore {
    const store = new RegistryStore(roots);
    store.indexCache = this.indexCache;
    return store;
  }

  /** The context of the draft at `file` (absolute); throws ConfigError on a settings file that cannot be used. */
  forDraft(file: string): DraftContext {
    const settingsFile = this.options.noConfig ? undefined : this.options.config ? path.resolve(this.options.config) : this.nearestSettings(path.dirname(file));
    const key = settingsFile ?? '';
    let ctx = this.byFile.get(key);
    if (!ctx) {
      ctx = settingsFile ? this.load(settingsFile) : this.context(undefined, { severity: Object.create(null) as HostSettings['severity'], registry: [] }, undefined);
      this.byFile.set(key, ctx);
    }
    return ctx;
  }

  /** Every context in use (one per settings file read). */
  contexts(): DraftContext[] {
    return [...this.byFile.values()];
  }

  private nearestSettings(dir: string): string | undefined {
    if (!this.nearest.has(dir)) this.nearest.set(dir, findSettingsFile(dir));
    return this.nearest.get(dir);
  }

  private load(file: string): DraftContext {
    if (!fs.existsSync(file)) {
      this.err(`source-check: no such settings file: ${file}`);
      throw new ConfigError(file);
    }
    const loaded = loadSettingsFile(file);
    for (const e of loaded.errors) this.err(e);
    if (loaded.errors.length) throw new ConfigError(file);
    for (const p of loaded.problems) this.err(p);
    if (!this.sharedStore) {
      for (const r of loaded.registry) {
        if (!isInside(realPath(r.path), realPath(loaded.workspaceFolder))) {
          this.err(`${r.at}: sourceCheck.registry \`${r.written}\` in ${file} points outside the workspace folder ${loaded.workspaceFolder}; pass it with --registry to use it`);
          throw new ConfigError(file);
        }
        if (!fs.existsSync(r.path)) {
          this.err(`${r.at}: sourceCheck.registry \`${r.written}\` in ${file}: no such file or folder ${r.path}`);
          throw new ConfigError(file);
        }
      }
    }
    return this.context(file, loaded.settings, loaded.workspaceFolder);
  }

  private context(settingsFile: string | undefined, host: HostSettings, workspaceFolder: string | undefined): DraftContext {
    const store = this.sharedStore ?? this.storeOf(host.registry);
    const registryPaths = this.sharedStore ? this.options.registry.map((r) => path.resolve(r)) : host.registry;
    const matchers = new Map<string, (rel: string) => boolean>();
    // (the repository root above each folder of drafts, looked for once per folder in a command's run)
    const tops = new Map<string, string>();
    return {
      settingsFile,
      host,
      settings: { ...DEFAULT_SETTINGS, severity: host.severity },
      store,
      isDraft: (file, fallbackFolder) => {
        // paths are relative to the workspace folder: the settings file's, else the repository root, else the folder walked
        const rel = draftRelativePath(file, workspaceFolder ? [workspaceFolder] : [], fallbackFolder, tops);
        const folder = path.resolve(file, ...rel.split('/').map(() => '..'));
        let matches = matchers.get(folder);
        if (!matches) {
          matches = draftMatcher({ include: host.include, exclude: host.exclude, registry: registryPaths.map((r) => path.relative(folder, r)) });
          matchers.set(folder, matches);
        }
        return matches(rel);
      },
    };
  }
}
