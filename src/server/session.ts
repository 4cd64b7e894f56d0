/**
 * The server's state: settings, registries, checked drafts. Checks drafts
 * (open buffers or files on disk) and publishes diagnostics for them and
 * for registry files; never throws into the protocol layer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, languageOf, type CheckedDocument } from '../core/check/checkDocument.ts';
import { registryFindings } from '../core/check/registryFindings.ts';
import { ExtractCache } from '../core/extract/cache.ts';
import type { DocumentLanguage } from '../core/extract/model.ts';
import { LineIndex } from '../core/lineIndex.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { Finding } from '../core/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { draftMatcher } from '../core/drafts.ts';
import { draftRelativePath, findRegistryFolder, isInside, readText, realPath, REGISTRY_FILE } from '../host/files.ts';
import { RegistryStore } from '../host/registryStore.ts';
import { collectGarbage } from '../host/memory.ts';
import type { HostSettings } from '../host/settingsFile.ts';
import { toDiagnostic, uriOf, type LinesOf } from './convert.ts';
import { scopeOf, type FolderScope } from './folderSettings.ts';
import { filePathOf } from './uris.ts';

/** The path of a document URI (untitled documents live in the first workspace folder). */
export function pathOf(uri: string, workspaceRoot: string): string {
  const file = filePathOf(uri);
  if (file !== undefined) return file;
  return path.join(workspaceRoot, 'untitled', uri.replace(/[^\w.-]+/g, '_'));
}

/** A checked draft together with the registry it was checked against. */
export interface Checked {
  doc: CheckedDocument;
  registry: Registry;
  version: number | null;
}

/** Server state and the check-and-publish operations. */
export class Session {
  readonly store = new RegistryStore();
  settings: Settings = DEFAULT_SETTINGS;
  host: HostSettings = { severity: {}, registry: [] };
  workspaceRoot = process.cwd();
  /** The workspace folders as paths (the first is workspaceRoot); a draft's search for `sources/` stays inside its folder. */
  workspaceFolders: string[] = [];
  /** False when the client says the workspace is not trusted: configured registries outside its folders are then refused. */
  trusted = true;
  /** Each settings' draft rule, compiled once (the index asks for every file it walks). */
  private draftMatchers = new WeakMap<HostSettings, (relativePath: string) => boolean>();
  /** Each workspace folder's own settings (pulled per scopeUri); empty: the settings above apply everywhere. */
  private scopes: FolderScope[] = [];
  /** The settings of the folder each registry was last used for (its registry-error severity), when not the workspace-wide ones. */
  private registrySettings = new WeakMap<Registry, Settings>();
  private readonly checked = new Map<string, Checked>();
  /** Per-document extraction state, so an edit re-parses only what changed. */
  private readonly caches = new Map<string, ExtractCache>();
  private readonly publishedRegistryUris = new Set<string>();
  /** The registries whose problems were last published (republished when these change). */
  private lastPublished: Registry[] = [];

  /** `docsBase`: where the README lives, for diagnostic links. */
  constructor(private readonly connection: Connection, docsBase: string) {
    this.settings = { ...DEFAULT_SETTINGS, docsBase };
  }

  /** Takes the workspace from initialize: its folder URIs (non-file ones are left out) and whether the client trusts it. */
  setWorkspace(folderUris: readonly string[], trusted: boolean): void {
    this.workspaceFolders = folderUris.map(filePathOf).filter((f): f is string => f !== undefined);
    if (this.workspaceFolders.length) this.workspaceRoot = this.workspaceFolders[0];
    this.store.workspaceFolders = this.workspaceFolders;
    this.trusted = trusted;
  }

  /** Applies new settings (registry roots are relative to the workspace folder; see registryRoots). */
  configure(host: HostSettings): void {
    this.host = host;
    this.settings = { ...this.settings, severity: host.severity };
    this.store.setConfigured(this.registryRoots(host.registry));
    this.checked.clear();
    this.lastPublished = []; // severities may have changed
  }

  /** Applies each workspace folder's own settings (its registry resolved against that folder); drafts outside them keep the settings of configure. */
  configureFolders(folders: readonly { folder: string; host: HostSettings }[]): void {
    this.scopes = folders.map(({ folder, host }) => ({
      folder: path.resolve(folder),
      host,
      settings: { ...this.settings, severity: host.severity },
      roots: this.registryRoots(host.registry, folder).map((r) => path.resolve(r)),
    }));
    this.registrySettings = new WeakMap();
    this.checked.clear();
    this.lastPublished = [];
  }

  /** The host settings that apply to a file: its workspace folder's own, else the workspace-wide ones. */
  hostFor(file: string): HostSettings {
    return scopeOf(this.scopes, file)?.host ?? this.host;
  }

  /** True when a file is a draft under the rule of the innermost workspace folder holding it (src/core/drafts.ts, as the CLI decides). */
  isDraftFile(file: string): boolean {
    const host = this.hostFor(file);
    let isDraft = this.draftMatchers.get(host);
    if (!isDraft) this.draftMatchers.set(host, (isDraft = draftMatcher({ include: host.include, exclude: host.exclude, registry: host.registry })));
    return isDraft(draftRelativePath(file, this.workspaceFolders));
  }

  /** The registry that applies to a draft: its workspace folder's configured registry, else its nearest `sources/`. */
  registryFor(file: string): Registry {
    const scope = scopeOf(this.scopes, file);
    if (!scope) return this.store.registryFor(file);
    const nearest = scope.roots.length ? undefined : findRegistryFolder(file, this.workspaceFolders);
    const registry = this.store.registryOf(scope.roots.length ? scope.roots : nearest ? [nearest] : []);
    this.registrySettings.set(registry, scope.settings);
    return registry;
  }

  /**
   * The configured registry roots that may be used, warning in the log about the
   * others: in an untrusted workspace, none outside its folders; missing ones are named.
   * `base`: the folder they are relative to (the first workspace folder unless given).
   */
  private registryRoots(written: readonly string[], base = this.workspaceRoot): string[] {
    const roots: string[] = [];
    for (const r of written) {
      const abs = path.resolve(base, r);
      if (!this.trusted && !this.workspaceFolders.some((f) => isInside(realPath(abs), realPath(f)))) {
        this.connection.console.warn(`source-check: sourceCheck.registry \`${r}\` points outside the workspace folders (${abs}) and the workspace is not trusted; ignored. Trust the workspace to use it.`);
        continue;
      }
      if (!fs.existsSync(abs)) this.connection.console.warn(`source-check: sourceCheck.registry \`${r}\`: no such file or folder ${abs}`);
      roots.push(abs);
    }
    return roots;
  }

  /** The settings a draft is checked with: its workspace folder's own, else the workspace-wide ones. */
  settingsFor(file: string): Settings {
    return scopeOf(this.scopes, file)?.settings ?? this.settings;
  }

  /** Publishes the findings of a file checked elsewhere (a worker thread of the check pool) against `registry` with `settings`. */
  publishFindings(uri: string, text: string, findings: readonly Finding[], registry: Registry, settings: Settings): void {
    const lines = new LineIndex(text);
    const linesOf: LinesOf = (p) => registry.linesOf(p);
    void this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(f, lines, linesOf, settings)) });
  }

  /** The last check of a document, by URI. */
  lastCheck(uri: string): Checked | undefined {
    return this.checked.get(uri);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.checked.delete(uri);
    this.caches.delete(uri);
  }

  /** Checks an open document and publishes its diagnostics. */
  checkOpen(document: TextDocument): Checked | undefined {
    return this.checkText(document.uri, document.getText(), languageFor(document.languageId, document.uri), document.version);
  }

  /** Checks a file from disk (never opened) and publishes its diagnostics; returns the number of findings, or a problem. */
  checkFile(uri: string): number | string {
    const file = pathOf(uri, this.workspaceRoot);
    const read = readText(file);
    if ('problem' in read) return read.problem;
    const checked = this.checkText(uri, read.text, languageOf(file), null);
    return checked ? checked.doc.findings.length : 'check failed';
  }

  /** Publishes registry-error diagnostics for every registry in use, clearing fixed files (only when they changed). */
  publishRegistryProblems(): void {
    const registries = this.store.loaded();
    if (registries.length === this.lastPublished.length && registries.every((r, i) => r === this.lastPublished[i])) return;
    this.lastPublished = registries;
    const now = new Set<string>();
    for (const registry of registries) {
      const settings = this.registrySettings.get(registry) ?? this.settings;
      for (const [file, findings] of registryFindings(registry, settings)) {
        const lines = registry.linesOf(file) ?? new LineIndex('');
        const uri = uriOf(file);
        now.add(uri);
        const linesOf: LinesOf = (p) => registry.linesOf(p);
        const diagnostics = findings.map((f) => toDiagnostic(f, lines, linesOf, settings));
        void this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
    for (const uri of this.publishedRegistryUris) {
      if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.publishedRegistryUris.clear();
    for (const uri of now) this.publishedRegistryUris.add(uri);
  }

  /** True when a URI is a registry file of a registry in use. */
  isRegistryUri(uri: string): boolean {
    const file = filePathOf(uri);
    if (file === undefined) return false;
    if (this.store.isRegistryFile(file)) return true;
    // a folder's own configured registry (the store knows only the workspace-wide one)
    return REGISTRY_FILE.test(file) && this.scopes.some((s) => s.roots.some((r) => isInside(path.resolve(file), r)));
  }

  private checkText(uri: string, text: string, language: DocumentLanguage, version: number | null): Checked | undefined {
    try {
      const file = pathOf(uri, this.workspaceRoot);
      const registry = this.registryFor(file);
      const settings = this.settingsFor(file);
      let cache = this.caches.get(uri);
      const opening = !cache;
      if (!cache && version !== null) this.caches.set(uri, (cache = new ExtractCache()));
      const doc = checkDocument({ path: file, text, language }, registry, settings, cache);
      // the first check of a large draft reads all of it: collect what that left before the draft is edited
      if (opening && text.length >= LARGE_DRAFT) collectGarbage();
      const checked = { doc, registry, version };
      this.checked.set(uri, checked);
      const linesOf: LinesOf = (p) => registry.linesOf(p);
      const diagnostics: Diagnostic[] = doc.findings.map((f) => toDiagnostic(f, doc.lines, linesOf, settings));
      void this.connection.sendDiagnostics({ uri, version: version ?? undefined, diagnostics });
      return checked;
    } catch (error) {
      this.connection.console.error(`source-check: checking ${uri} failed: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }


}

/** Drafts of this many characters or more are large: their first check (and their close) leaves much garbage. */
export const LARGE_DRAFT = 512 * 1024;

/** The reading language of a document: its language id, else its extension. */
export function languageFor(languageId: string, uri: string): DocumentLanguage {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return languageOf(uri);
}
