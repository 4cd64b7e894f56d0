/**
 * The workspace index: every draft `sourceCheck.include` matches (less
 * `exclude` and the registry) in the workspace folders, read in the
 * background through the Workspace, in small slices that yield to the event
 * loop, with cancellable server-initiated progress; kept current from file
 * changes and registry changes. Open documents win over disk. Drafts are
 * keyed by VS Code's spelling of their URI, whatever spelling a client sends.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, languageOf } from '../core/check/checkDocument.ts';
import type { CheckedDocument } from '../core/check/checkDocument.ts';
import type { Registry } from '../core/registry/registry.ts';
import { recordOf, type DraftRecord } from '../core/workspaceIndex/draftRecord.ts';
import { DEFAULT_DRAFT_EXCLUDE, DEFAULT_DRAFT_INCLUDE } from '../core/drafts.ts';
import { MAX_DRAFT_BYTES } from '../host/fileRules.ts';
import type { Session } from './session.ts';
import { canonicalUri, childUri, decodedPathOf } from './uris.ts';
import type { FileChange, Workspace } from './workspace.ts';

/** Work per slice before yielding to the event loop, in milliseconds. */
const SLICE_MS = 10;
/** Drafts indexed at most (a log line says when more were found). */
const MAX_DRAFTS = 20_000;
/** How long the index keeps waiting after a Check Sources request, for the next chunk's request, in milliseconds. */
export const CHECK_SOURCES_PAUSE_MS = 1000;

/** What the index needs of the server around it. */
export interface IndexHost {
  session: Session;
  connection: Connection;
  /** The open document at a URI (any spelling of it), if any. */
  openDocument(uri: string): TextDocument | undefined;
  /** Called after the index changed (a draft added, changed, removed or re-checked). */
  changed(): void;
}

interface Entry {
  /** Undefined while an open draft waits for the session's check of it (its version is then NaN, so it is never current). */
  record: DraftRecord | undefined;
  registry: Registry;
  /** The open document's version the record was made from (undefined: from disk). */
  version?: number;
}

/** The index of the workspace's drafts. */
export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly queue = new Set<string>();
  private markStarted: () => void = () => {};
  /** Resolves when the server starts the index (after initialized, once the first settings are in). */
  private readonly whenStarted = new Promise<void>((resolve) => (this.markStarted = resolve));
  private folders: string[] = [];
  private include: readonly string[] = DEFAULT_DRAFT_INCLUDE;
  private exclude: readonly string[] = DEFAULT_DRAFT_EXCLUDE;
  private running: Promise<void> | undefined;
  /** Bumped by every new crawl: an older one stops. */
  private generation = 0;
  private crawling: Promise<void> | undefined;
  private started = false;
  /** The severities the records were checked with (workspace-wide, then each folder's): new ones re-check every draft. */
  private severities = '';
  /** Each folder's draft rules when the folders were last read. */
  private crawledRules = '';
  /** Check Sources requests running, and until when the index waits for the next one. */
  private checkingSources = 0;
  private pausedUntil = 0;
  /** Drafts recorded from Check Sources' checks since the folders were last read (their reading does not queue them again). */
  private fromSources = new Set<string>();

  constructor(private readonly workspace: Workspace, private readonly host: IndexHost, private readonly pauseMs = CHECK_SOURCES_PAUSE_MS) {
    workspace.onDidChangeFiles((changes) => this.onFileChanges(changes));
  }

  /** Sets the include and exclude globs (from settings); a change re-reads the workspace once started. */
  configure(section: Record<string, unknown>): void {
    const strings = (v: unknown, fallback: string[]) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : fallback);
    const include = strings(section.include, [...DEFAULT_DRAFT_INCLUDE]);
    const exclude = strings(section.exclude, [...DEFAULT_DRAFT_EXCLUDE]);
    if (this.severitiesChanged() && this.started && this.entries.size) this.enqueue([...this.entries.keys()]);
    if (include.join('\0') === this.include.join('\0') && exclude.join('\0') === this.exclude.join('\0')) return;
    this.include = include;
    this.exclude = exclude;
    if (this.started) this.start(this.folders);
  }

  /** Each folder's settings arrived or changed: when a folder's draft rules differ from those of the last reading, the folders are read again. */
  foldersConfigured(): void {
    // a folder's own severities decide which findings its drafts' records hold: those are checked again
    const changed = this.severitiesChanged();
    if (this.started && this.rules() !== this.crawledRules) this.start(this.folders);
    else if (changed && this.started && this.entries.size) this.enqueue([...this.entries.keys()]);
  }

  /** Whether the severities drafts are checked with (workspace-wide, and each folder's own) differ from those the records hold; notes the new ones. */
  private severitiesChanged(): boolean {
    const session = this.host.session;
    const now = JSON.stringify([session.settings.severity, ...this.folders.map((f) => session.settingsFor(session.locationOf(f)).severity)]);
    const changed = now !== this.severities;
    this.severities = now;
    return changed;
  }

  /** Each folder's include, exclude and registry, as its drafts are decided by them. */
  private rules(): string {
    const session = this.host.session;
    return JSON.stringify(this.folders.map((f) => {
      const host = session.hostFor(session.locationOf(f));
      return [host.include, host.exclude, host.registry];
    }));
  }

  /** The workspace folders' URIs. */
  folderUris(): readonly string[] {
    return this.folders;
  }

  /** Reads the workspace folders (URIs) in the background. */
  start(folderUris: readonly string[]): void {
    this.started = true;
    this.markStarted();
    this.folders = folderUris.map(canonicalUri);
    this.fromSources = new Set();
    const generation = ++this.generation;
    this.crawling = this.crawl(generation);
  }

  /** Resolves once the first reading and every queued change are done (or cancelled), and stale records re-checked. */
  async ready(): Promise<void> {
    await this.whenStarted;
    await this.crawling;
    await this.requeueStale();
    while (this.running) await this.running;
  }

  /**
   * Runs a Check Sources request: meanwhile (and `pauseMs` after it, until the next
   * chunk's request) the index reads nothing, so that a draft is not checked twice;
   * the drafts the request checks come in through `checkedFromDisk`.
   */
  async whileCheckingSources<T>(work: () => Promise<T>): Promise<T> {
    this.checkingSources++;
    try {
      return await work();
    } finally {
      this.checkingSources--;
      this.pausedUntil = Date.now() + this.pauseMs;
    }
  }

  /** A draft Check Sources checked from disk: its record (the index does not read it again), unless the index would check it otherwise (open, or not covered). */
  checkedFromDisk(uri: string, doc: CheckedDocument, registry: Registry): void {
    this.recordedFromDisk(uri, (canonical) => recordOf(canonical, doc), registry);
  }

  /** A draft Check Sources checked from disk elsewhere (a worker thread), by its record made there (of the URI canonicalUri gives), as checkedFromDisk. */
  recordedFromDisk(uri: string, record: DraftRecord | ((canonical: string) => DraftRecord), registry: Registry): void {
    const canonical = canonicalUri(uri);
    if (!this.started || this.host.openDocument(canonical) || !this.covers(canonical)) return;
    // (Check Sources checks a draft with its folder's settings, as the index does: the record is the index's own)
    this.entries.set(canonical, { record: typeof record === 'function' ? record(canonical) : record, registry });
    this.queue.delete(canonical);
    this.fromSources.add(canonical);
    this.host.changed();
  }

  /** Resolves once no Check Sources request runs or is expected. */
  private async sourcesChecked(): Promise<void> {
    while (this.checkingSources > 0 || Date.now() < this.pausedUntil) {
      await new Promise((r) => setTimeout(r, this.checkingSources > 0 ? 50 : Math.max(1, this.pausedUntil - Date.now())));
    }
  }

  /** Every indexed draft's record, open documents as they are now. */
  async records(): Promise<DraftRecord[]> {
    const out: DraftRecord[] = [];
    for (const uri of [...this.entries.keys()]) {
      const record = (await this.current(uri))?.record;
      if (record) out.push(record);
    }
    return out;
  }

  /** True when a URI is a draft the index covers (matched by include, not excluded, inside a folder, not a registry file). */
  covers(uri: string): boolean {
    if (this.host.session.isRegistryUri(uri)) return false;
    const canonical = canonicalUri(uri);
    const folder = this.folders.find((f) => canonical.startsWith(f.endsWith('/') ? f : `${f}/`));
    const folderPath = folder && decodedPathOf(folder)?.replace(/\/$/, '');
    const filePath = folder && decodedPathOf(canonical);
    if (folderPath === undefined || !filePath?.startsWith(`${folderPath}/`)) return false;
    return this.host.session.isDraftFile(this.host.session.locationOf(canonical));
  }

  /** An open draft was closed: its record is read from disk again. */
  closed(uri: string): void {
    const canonical = canonicalUri(uri);
    if (this.entries.has(canonical)) this.enqueue([canonical]);
  }

  /** Re-queues drafts checked against a registry that is no longer current (a registry file changed). */
  async requeueStale(): Promise<void> {
    // drafts of one folder share a registry: look it up once per folder
    const byFolder = new Map<string, Promise<Registry>>();
    const registryOf = (uri: string) => {
      const folder = uri.slice(0, uri.lastIndexOf('/'));
      let registry = byFolder.get(folder);
      if (!registry) byFolder.set(folder, (registry = this.registryOf(uri)));
      return registry;
    };
    const stale: string[] = [];
    for (const [uri, e] of [...this.entries]) if (e.version === undefined && e.registry !== (await registryOf(uri))) stale.push(uri);
    if (stale.length) this.enqueue(stale);
  }

  private registryOf(uri: string): Promise<Registry> {
    return this.host.session.registryFor(this.host.session.locationOf(uri)); // its workspace folder's registry
  }

  /** The entry of a URI, an open document's made from its current check. */
  private async current(uri: string): Promise<Entry | undefined> {
    const open = this.host.openDocument(uri);
    if (!open) return this.entries.get(uri);
    const registry = await this.registryOf(uri);
    const known = this.entries.get(uri);
    if (known?.version === open.version && known.registry === registry) return known;
    const last = this.host.session.lastCheck(open.uri);
    const entry = last && last.version === open.version && last.registry === registry
      ? { record: recordOf(uri, last.doc), registry: last.registry, version: open.version }
      : this.check(uri, open.getText(), registry, open.version);
    if (entry) this.entries.set(uri, entry);
    return entry;
  }

  private check(uri: string, text: string, registry: Registry, version?: number): Entry | undefined {
    const session = this.host.session;
    try {
      const file = session.locationOf(uri);
      const doc = checkDocument({ path: file, text, language: languageOf(file) }, registry, session.settingsFor(file));
      return { record: recordOf(uri, doc), registry, version };
    } catch (error) {
      this.host.connection.console.error(`source-check: indexing ${uri} failed: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }

  private onFileChanges(changes: FileChange[]): void {
    const toRead: string[] = [];
    let removed = false;
    for (const change of changes) {
      const c = { ...change, uri: canonicalUri(change.uri) };
      if (c.change === 'deleted') {
        // a deleted folder takes its drafts with it
        for (const uri of [...this.entries.keys()]) {
          if (uri === c.uri || uri.startsWith(`${c.uri}/`)) removed = this.entries.delete(uri) || removed;
        }
        this.queue.delete(c.uri);
      } else if (this.covers(c.uri)) toRead.push(c.uri);
    }
    void this.requeueStale();
    if (toRead.length) this.enqueue(toRead);
    if (removed) this.host.changed();
  }

  /** Queues drafts to read; `withProgress`: the reading is reported (the workspace's first reading, or many changes). */
  private enqueue(uris: string[], withProgress = uris.length > 5): void {
    for (const u of uris) this.queue.add(u);
    this.running ??= this.drain(withProgress).finally(() => (this.running = undefined));
  }

  /** Reads the queued drafts, a slice at a time, with cancellable progress when asked. */
  private async drain(withProgress: boolean): Promise<void> {
    const progress = withProgress ? await this.host.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Source Check: indexing drafts', 0, `0 of ${this.queue.size}`, true);
    let done = 0;
    let changed = false;
    let sliceStart = Date.now();
    const percent = () => Math.round((100 * done) / Math.max(1, done + this.queue.size));
    try {
      while (this.queue.size) {
        if (progress?.token.isCancellationRequested) {
          this.host.connection.console.info(`source-check: indexing cancelled; ${this.queue.size} drafts not indexed (references and counts leave them out)`);
          this.queue.clear();
          break;
        }
        if (this.checkingSources > 0 || Date.now() < this.pausedUntil) {
          // (the notification says why it stands still; the drafts Check Sources checks leave the queue meanwhile)
          progress?.report(percent(), `${done} of ${done + this.queue.size}, waiting while Check Sources checks drafts`);
          await this.sourcesChecked();
          progress?.report(percent(), `${done} of ${done + this.queue.size}`);
          sliceStart = Date.now();
          continue; // (the queue may have lost the drafts Check Sources checked)
        }
        const uri = this.queue.values().next().value as string;
        this.queue.delete(uri);
        if (await this.read(uri)) changed = true;
        done++;
        if (Date.now() - sliceStart >= SLICE_MS) {
          progress?.report(percent(), `${done} of ${done + this.queue.size}`);
          await new Promise((r) => setTimeout(r, 0));
          sliceStart = Date.now();
        }
      }
    } finally {
      progress?.done();
      if (changed) this.host.changed();
    }
  }

  /** Reads and checks one draft from disk (an open one from its buffer); true when the index changed. */
  private async read(uri: string): Promise<boolean> {
    const open = this.host.openDocument(uri);
    if (open) {
      // The session checks an open draft itself (on opening, on each edit): the record is made
      // from that check when it is asked for (current), never from a second check of the buffer
      // here, which on opening a large draft doubled the wait for its first diagnostics; nor
      // here from the check just made, which put a large draft's record between its check and
      // the writing of its diagnostics.
      this.entries.set(uri, { record: undefined, registry: await this.registryOf(uri), version: Number.NaN });
      return true;
    }
    const [read, registry] = await Promise.all([this.workspace.readFile(uri, MAX_DRAFT_BYTES), this.registryOf(uri)]);
    if (this.host.openDocument(uri)) return this.read(uri); // opened meanwhile: the buffer wins
    // no longer a draft (its folder's settings arrived meanwhile), or unreadable: not in the index
    if ('problem' in read || !this.covers(uri)) return this.entries.delete(uri);
    const entry = this.check(uri, read.text, registry);
    if (entry) this.entries.set(uri, entry);
    else this.entries.delete(uri);
    return true;
  }

  /** True when a file URI is a draft under its workspace folder's own rule (settings per folder). */
  private isDraftUri(uri: string): boolean {
    return this.host.session.isDraftFile(this.host.session.locationOf(uri));
  }

  /** Lists every covered draft of the folders and queues them. */
  private async crawl(generation: number): Promise<void> {
    this.crawledRules = this.rules();
    const found: string[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      if (generation !== this.generation || found.length >= MAX_DRAFTS) return;
      for (const [name, kind] of await this.workspace.readDirectory(dir)) {
        const uri = childUri(dir, name);
        const relPath = rel ? `${rel}/${name}` : name;
        if (kind === 'directory') {
          if (name === 'node_modules' || name === '.git' || name === 'sources') continue;
          await walk(uri, relPath);
        } else if (kind === 'file' && this.isDraftUri(uri) && !this.host.session.isRegistryUri(uri)) found.push(uri);
      }
    };
    for (const folder of this.folders) await walk(folder.replace(/\/$/, ''), '');
    if (generation !== this.generation) return;
    if (found.length >= MAX_DRAFTS) this.host.connection.console.warn(`source-check: the workspace has more than ${MAX_DRAFTS} drafts; the index reads the first ${MAX_DRAFTS}`);
    const now = new Set(found);
    for (const uri of [...this.entries.keys()]) if (!now.has(uri)) this.entries.delete(uri);
    for (const uri of [...this.queue]) if (!now.has(uri)) this.queue.delete(uri); // queued by an older reading
    this.enqueue(found.filter((uri) => !this.fromSources.has(uri)), true);
  }
}
