/**
 * The server's state: settings, registries, checked drafts. Checks drafts
 * (open buffers or files of the workspace) and publishes diagnostics for them
 * and for registry files; never throws into the protocol layer. Files are
 * reached through the Workspace only, and named by location (locations.ts).
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, languageOf, type CheckedDocument } from '../core/check/checkDocument.ts';
import { registryFindings } from '../core/check/registryFindings.ts';
import { ExtractCache } from '../core/extract/cache.ts';
import type { DocumentLanguage } from '../core/extract/model.ts';
import { LineIndex } from '../core/lineIndex.ts';
import type { Registry } from '../core/registry/registry.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import type { Finding } from '../core/types.ts';
import { draftMatcher } from '../core/drafts.ts';
import { MAX_DRAFT_BYTES, REGISTRY_FILE } from '../host/fileRules.ts';
import type { HostSettings } from '../host/hostSettings.ts';
import { DiagnosticMemo, DraftDiagnostics, toDiagnostic, uriOf, type LinesOf } from './convert.ts';
import { scopeOf, type FolderScope } from './folderSettings.ts';
import { isInsideLocation, joinLocation, locationOfUri, normalizeLocation, parentOf, relativeLocation, resolveLocation, uriOfLocation } from './locations.ts';
import { WorkspaceRegistries, type RegistryHooks } from './registries.ts';
import type { Workspace } from './workspace.ts';

/** The location of a document URI (locations.ts); untitled documents live in the first workspace folder. */
export function pathOf(uri: string, workspaceRoot: string | undefined): string {
  if (uri.startsWith('untitled:') && workspaceRoot !== undefined) return joinLocation(workspaceRoot, 'untitled', uri.replace(/[^\w.-]+/g, '_'));
  return locationOfUri(uri);
}

/** What the host adds to the session where it can (the desktop build): links resolved, a synchronous re-read, garbage collection. */
export interface SessionHooks extends RegistryHooks {
  /** A location with its links resolved (as given when it has none), so a link to a folder elsewhere counts as elsewhere. */
  realPath?: (location: string) => string;
  /** The folder untitled drafts and relative registry settings belong to when there is no workspace folder. */
  defaultRoot?: string;
}

/** A checked draft together with the registry it was checked against. */
export interface Checked {
  doc: CheckedDocument;
  registry: Registry;
  version: number | null;
}

/** Server state and the check-and-publish operations. */
export class Session {
  readonly store: WorkspaceRegistries;
  settings: Settings = DEFAULT_SETTINGS;
  host: HostSettings = { severity: {}, registry: [] };
  workspaceRoot: string | undefined;
  /** The workspace folders as locations (the first is workspaceRoot); a draft's search for `sources/` stays inside its folder. */
  workspaceFolders: string[] = [];
  /** False when the client says the workspace is not trusted: configured registries outside its folders are then refused. */
  trusted = true;
  /** Each settings' draft rule, compiled once (the index asks for every file it walks). */
  private draftMatchers = new WeakMap<HostSettings, (relativePath: string) => boolean>();
  /** Each workspace folder's own settings (pulled per scopeUri); empty: the settings above apply everywhere. */
  private scopes: FolderScope[] = [];
  /** Whether configure has been called; and what configureFolders was last given (with what it depends on). */
  private configured = false;
  private foldersKey = '';
  /** The settings of the folder each registry was last used for (its registry-error severity), when not the workspace-wide ones. */
  private registrySettings = new WeakMap<Registry, Settings>();
  private readonly checked = new Map<string, Checked>();
  /** Per-document extraction state, so an edit re-parses only what changed. */
  private readonly caches = new Map<string, ExtractCache>();
  /** The diagnostics of findings a check kept from the last one, kept as built. */
  private readonly diagnostics = new DiagnosticMemo();
  /** Each open draft's last published diagnostics, walked beside its next findings. */
  private readonly published = new Map<string, DraftDiagnostics>();
  private readonly publishedRegistryUris = new Set<string>();
  /** The registries whose problems were last published (republished when these change). */
  private lastPublished: Registry[] = [];

  /** `docsBase`: where the README lives, for diagnostic links; `workspace`: how files are read. */
  constructor(private readonly connection: Connection, docsBase: string, readonly workspace: Workspace, private readonly hooks: SessionHooks = {}) {
    this.settings = { ...DEFAULT_SETTINGS, docsBase };
    this.store = new WorkspaceRegistries(workspace, hooks);
    this.workspaceRoot = hooks.defaultRoot;
  }

  /** Takes the workspace from initialize: its folder URIs (any scheme) and whether the client trusts it. */
  setWorkspace(folderUris: readonly string[], trusted: boolean): void {
    this.workspaceFolders = folderUris.map((u) => normalizeLocation(locationOfUri(u)));
    this.workspaceRoot = this.workspaceFolders[0] ?? this.hooks.defaultRoot;
    this.store.workspaceFolders = this.workspaceFolders;
    this.trusted = trusted;
  }

  /** Applies new settings (registry roots are relative to the workspace folder; see registryRoots). */
  configure(host: HostSettings): void {
    // the same settings again (pulled after those of initialize): the checks made with them stay valid
    if (this.configured && JSON.stringify(host) === JSON.stringify(this.host)) return;
    this.configured = true;
    this.host = host;
    this.settings = { ...this.settings, severity: host.severity };
    this.store.setConfigured(this.registryRoots(host.registry));
    this.checked.clear();
    this.lastPublished = []; // severities may have changed
  }

  /** Applies each workspace folder's own settings (its registry resolved against that folder); drafts outside them keep the settings of configure. */
  configureFolders(folders: readonly { folder: string; host: HostSettings }[]): void {
    const key = JSON.stringify([this.host, this.workspaceRoot, this.trusted, folders]);
    if (key === this.foldersKey) return; // the same settings again: the checks made with them stay valid
    this.foldersKey = key;
    this.scopes = folders.map(({ folder, host }) => ({
      folder: normalizeLocation(folder),
      host,
      settings: { ...this.settings, severity: host.severity },
      roots: this.registryRoots(host.registry, folder).map(normalizeLocation),
    }));
    this.registrySettings = new WeakMap();
    this.checked.clear();
    this.lastPublished = [];
  }

  /** The host settings that apply to a file: its workspace folder's own, else the workspace-wide ones. */
  hostFor(file: string): HostSettings {
    return scopeOf(this.scopes, file)?.host ?? this.host;
  }

  /**
   * True when a file is a draft under the rule of the innermost workspace folder holding it
   * (src/core/drafts.ts, as the CLI decides), read against the folder; `relative`: the path
   * to read it by, for a file outside every folder (see draftRelativePath).
   */
  isDraftFile(file: string, relative = this.folderRelativePath(file)): boolean {
    const host = this.hostFor(file);
    let isDraft = this.draftMatchers.get(host);
    if (!isDraft) this.draftMatchers.set(host, (isDraft = draftMatcher({ include: host.include, exclude: host.exclude, registry: host.registry })));
    return isDraft(relative ?? baseName(file));
  }

  /** A file's path (`a/b.md`) relative to the innermost workspace folder holding it, or undefined outside them all. */
  folderRelativePath(file: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) {
      const rel = relativeLocation(folder, file);
      if (rel !== undefined && (best === undefined || rel.length < best.length)) best = rel;
    }
    return best;
  }

  /** The path the draft rules read a file by: relative to its innermost workspace folder, else to the repository root holding it (`.git`), else its name. */
  async draftRelativePath(file: string): Promise<string> {
    const inFolder = this.folderRelativePath(file);
    if (inFolder !== undefined) return inFolder;
    for (let dir = parentOf(file); ; dir = parentOf(dir)) {
      if (await this.workspace.stat(uriOfLocation(joinLocation(dir, '.git')))) return relativeLocation(dir, file) ?? baseName(file);
      if (parentOf(dir) === dir) return baseName(file);
    }
  }

  /** The registry that applies to a draft: its workspace folder's configured registry, else its nearest `sources/`. */
  async registryFor(file: string): Promise<Registry> {
    const scope = scopeOf(this.scopes, file);
    const registry = await this.store.registryOf(await this.registryRootsFor(file));
    if (scope) this.registrySettings.set(registry, scope.settings);
    return registry;
  }

  /** The roots of the registry that applies to a draft (see registryFor). */
  async registryRootsFor(file: string): Promise<string[]> {
    const scope = scopeOf(this.scopes, file);
    if (!scope) return this.store.rootsFor(file);
    if (scope.roots.length) return scope.roots;
    const nearest = await this.store.findRegistryFolder(file);
    return nearest ? [nearest] : [];
  }

  /**
   * The configured registry roots that may be used, warning in the log about the
   * others: in an untrusted workspace, none outside its folders; missing ones are named.
   * `base`: the folder they are relative to (the first workspace folder unless given).
   */
  private registryRoots(written: readonly string[], base = this.workspaceRoot): string[] {
    const roots: string[] = [];
    const real = this.hooks.realPath ?? ((l: string) => l);
    for (const r of written) {
      const abs = base === undefined ? normalizeLocation(r) : resolveLocation(base, r);
      if (!this.trusted && !this.workspaceFolders.some((f) => isInsideLocation(real(abs), real(f)))) {
        this.connection.console.warn(`source-check: sourceCheck.registry \`${r}\` points outside the workspace folders (${abs}) and the workspace is not trusted; ignored. Trust the workspace to use it.`);
        continue;
      }
      void this.workspace.stat(uriOfLocation(abs)).then((found) => {
        if (!found) this.connection.console.warn(`source-check: sourceCheck.registry \`${r}\`: no such file or folder ${abs}`);
      });
      roots.push(abs);
    }
    return roots;
  }

  /** The settings a draft is checked with: its workspace folder's own, else the workspace-wide ones. */
  settingsFor(file: string): Settings {
    return scopeOf(this.scopes, file)?.settings ?? this.settings;
  }

  /** Says something went wrong in the server's log. */
  logError(message: string): void {
    this.connection.console.error(message);
  }

  /** The last check of a document, by URI. */
  lastCheck(uri: string): Checked | undefined {
    return this.checked.get(uri);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.checked.delete(uri);
    this.caches.delete(uri);
    this.published.delete(uri);
  }

  /** The location of a document URI (locations.ts). */
  locationOf(uri: string): string {
    return pathOf(uri, this.workspaceRoot);
  }

  /** Checks an open document as it is now against `registry` (its draft's, from registryFor) and publishes its diagnostics. */
  checkOpen(document: TextDocument, registry: Registry): Checked | undefined {
    return this.checkText(document.uri, document.getText(), languageFor(document.languageId, document.uri), document.version, registry);
  }

  /** Checks a file of the workspace (never opened) and publishes its diagnostics; returns the check (not kept: lastCheck is for open documents), or a problem. */
  async checkFile(uri: string, read: (uri: string, maxBytes: number) => Promise<{ text: string } | { problem: string }> = (u, max) => this.workspace.readFile(u, max)): Promise<Checked | string> {
    const file = this.locationOf(uri);
    const [text, registry] = await Promise.all([read(uri, MAX_DRAFT_BYTES), this.registryFor(file)]);
    if ('problem' in text) return text.problem;
    return this.checkText(uri, text.text, languageOf(file), null, registry) ?? 'check failed';
  }

  /** Publishes the diagnostics of a file of the workspace checked elsewhere (a worker thread) against `registry`: its text and findings, as checkFile would. */
  publishFromDisk(uri: string, text: string, findings: readonly Finding[], registry: Registry): void {
    const file = this.locationOf(uri);
    const settings = this.settingsFor(file);
    const lines = new LineIndex(text);
    const linesOf: LinesOf = (p) => registry.linesOf(p);
    this.checked.delete(uri);
    const diagnostics = findings.map((f) => toDiagnostic(f, lines, linesOf, settings));
    void this.connection.sendDiagnostics({ uri, diagnostics });
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
    if (uri.startsWith('untitled:')) return false;
    const file = this.locationOf(uri);
    if (this.store.isRegistryFile(file)) return true;
    // a folder's own configured registry (the store knows only the workspace-wide one)
    return REGISTRY_FILE.test(file) && this.scopes.some((s) => s.roots.some((r) => isInsideLocation(file, r)));
  }

  private checkText(uri: string, text: string, language: DocumentLanguage, version: number | null, registry: Registry): Checked | undefined {
    try {
      const file = this.locationOf(uri);
      const settings = this.settingsFor(file);
      let cache = this.caches.get(uri);
      const opening = !cache;
      if (!cache && version !== null) this.caches.set(uri, (cache = new ExtractCache()));
      const doc = checkDocument({ path: file, text, language }, registry, settings, cache);
      const checked = { doc, registry, version };
      // (a file checked from disk is not kept: Check Sources over 1,000 drafts would hold every one of them)
      if (version !== null) this.checked.set(uri, checked);
      else this.checked.delete(uri);
      const linesOf: LinesOf = (p) => registry.linesOf(p);
      // (an open draft's diagnostics are walked beside its last publish; a closed one's built from the memo)
      let draftDiagnostics = version !== null ? this.published.get(uri) : undefined;
      if (version !== null && !draftDiagnostics) this.published.set(uri, (draftDiagnostics = new DraftDiagnostics(this.diagnostics)));
      const diagnostics: Diagnostic[] = draftDiagnostics
        ? draftDiagnostics.diagnosticsOf(doc.findings, doc.lines, linesOf, settings, file)
        : doc.findings.map((f) => this.diagnostics.diagnosticOf(f, doc.lines, linesOf, settings, file));
      const sent = this.connection.sendDiagnostics({ uri, version: version ?? undefined, diagnostics });
      // the first check of a large draft reads all of it: collect what that left before the draft is
      // edited, once its diagnostics are written (the writer resolves then), not before they are sent
      const { collectGarbage } = this.hooks;
      if (opening && text.length >= LARGE_DRAFT && collectGarbage) void sent.then(collectGarbage, collectGarbage);
      return checked;
    } catch (error) {
      this.connection.console.error(`source-check: checking ${uri} failed: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }
}

const baseName = (location: string) => location.split(/[\\/]/).pop() ?? location;

/** Drafts of this many characters or more are large: their first check (and their close) leaves much garbage. */
export const LARGE_DRAFT = 512 * 1024;

/** The reading language of a document: its language id, else its extension. */
export function languageFor(languageId: string, uri: string): DocumentLanguage {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return languageOf(uri);
}
