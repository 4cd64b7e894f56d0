/**
 * The Source Check language server, the same in the desktop and the browser
 * build: thin adapters from LSP requests and notifications to the core, on a
 * connection and a Workspace the entry gives it (nodeMain.ts, browserMain.ts).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../core/features/codeActions.ts';
import { ACCEPT_FINDING_COMMAND, acceptOffers } from '../core/suppressions/acceptFinding.ts';
import { definition } from '../core/features/definition.ts';
import { hover } from '../core/features/hover.ts';
import { draftSizeProblem, MAX_DRAFT_BYTES, utf8Length } from '../host/fileRules.ts';
import { readHostSettings, type HostSettings } from '../host/hostSettings.ts';
import type { SettingsProblem } from '../core/settings.ts';
import { checkFiles, type CheckFilesHost } from './checkFiles.ts';
import type { DraftPool } from './checkPool.ts';
import { dueCheck, type DueCheck } from './dueCheck.ts';
import { locationOf, notCheckedDiagnostic, offsetOf } from './convert.ts';
import { pullFolderSections } from './folderSettings.ts';
import { RegistryHandlers, SHOW_ENTRY_COMMAND } from './registryHandlers.ts';
import { LARGE_DRAFT, Session, type Checked, type SessionHooks } from './session.ts';
import { registerWorkspaceFeatures } from './workspaceFeatures.ts';
import type { WatchedWorkspace } from './workspace.ts';
import { CHECK_FILES_REQUEST, type CheckFilesParams } from '../protocol.ts';

/** What an entry gives the server besides its connection and workspace. */
export interface ServerOptions extends SessionHooks {
  /** Where the README is (a URI), for the links of diagnostics. */
  docsBase: string;
  /** Answers Check Sources' request (default: checkFiles.ts in this thread, reading through the workspace). */
  checkFiles?: typeof checkFiles;
  /** Worker threads for Check Sources' drafts that are not open (the desktop's: nodeCheckPool.ts); none: all in this thread. */
  pool?: DraftPool;
}

/** Serves Source Check on `connection`, reading files through `workspace` only; returns once it listens. */
export function startServer(connection: Connection, workspace: WatchedWorkspace, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection, options.docsBase, workspace, options);
  /** The workspace index, references, CodeLens and the registry workflow's requests (src/server/workspaceFeatures.ts). */
  const workspaceFeatures = registerWorkspaceFeatures(connection, documents, session, workspace);
  const timers = new Map<string, DueCheck>();
  /** Content changes per open draft since it opened, and how many of them its last check saw. */
  const edits = new Map<string, number>();
  const checkedEdit = new Map<string, number>();
  /** Open drafts over the size limit, not checked. */
  const tooLarge = new Set<string>();
  /** Drafts whose open event came and whose accompanying change event has not. */
  const opening = new Set<string>();
  let debounceMs = 150;
  let canPullConfiguration = false;
  /** The workspace folders' URIs from initialize: with workspace/configuration, settings are asked for each (scopeUri). */
  let folderUris: string[] = [];
  /** True when the client runs `sourceCheck.acceptFinding` (it says so in its initialization options): only then is "Accept this finding…" offered. */
  let canAcceptFindings = false;
  /** True when the client runs `sourceCheck.labelSource` (initializationOptions.labelSource): only then is "Label Source…" offered. */
  let canLabelSources = false;
  /** True when the client tells the server of workspace folders added and removed. */
  let followsFolders = false;

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    const options = (params.initializationOptions ?? {}) as { settings?: Record<string, unknown>; trusted?: unknown; acceptFinding?: unknown; captureStatement?: unknown };
    canAcceptFindings = options.acceptFinding === true;
    canLabelSources = (options as { labelSource?: unknown }).labelSource === true;
    registryHandlers.offerFileChoice = options.captureStatement === true;
    folderUris = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).filter((u) => typeof u === 'string');
    session.setWorkspace(folderUris, options.trusted !== false);
    if (options.settings) applySettings(options.settings);
    workspaceFeatures.initialize(params, options.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        completionProvider: { triggerCharacters: [':', ' ', '"', '-'] },
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        executeCommandProvider: { commands: [SHOW_ENTRY_COMMAND] },
        ...workspaceFeatures.capabilities,
        // folders added or removed while the server runs: each gets its settings, registry and drafts
        ...(followsFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'source-check' },
    };
  });

  connection.onInitialized(() => {
    if (followsFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => void changeFolders(event.added.map((f) => f.uri), event.removed.map((f) => f.uri)));
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourceCheck' });
      // the index reads the workspace once the settings are in and the drafts the editor opened
      // meanwhile are checked: their first diagnostics do not wait behind the index's reading
      void pullSettings().finally(() => workspaceFeatures.start());
    } else workspaceFeatures.start();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { sourceCheck?: Record<string, unknown> } | null)?.sourceCheck;
    if (pushed) applySettings(pushed);
    // a client that answers workspace/configuration is asked again, per folder: pushed settings are not scoped
    if (!pushed || (canPullConfiguration && folderUris.length)) await pullSettings();
    recheckAll();
  });

  /** Folders added to or removed from the workspace: the session, the index and the settings per folder follow, then every open draft is checked again. */
  async function changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    const gone = new Set(removed);
    folderUris = [...folderUris.filter((u) => !gone.has(u)), ...added.filter((u) => typeof u === 'string' && !folderUris.includes(u))];
    session.setWorkspace(folderUris, session.trusted);
    if (!folderUris.length) session.configureFolders([]);
    workspaceFeatures.index.start(folderUris);
    if (canPullConfiguration) await pullSettings();
    else recheckAll();
  }

  /** Asks the client for the settings: per workspace folder (scopeUri) when there are folders, else once. */
  async function pullSettings(): Promise<void> {
    let rechecked: Promise<void> = Promise.resolve();
    try {
      if (folderUris.length) {
        const sections = await pullFolderSections(connection, folderUris);
        // the first folder's settings are also the workspace-wide ones (the index, debounce, drafts outside every folder)
        if (sections[0].section) applySettings(sections[0].section);
        session.configureFolders(sections.map(({ uri, section }) => ({ folder: session.locationOf(uri), host: folderHost(uri, section) })));
        // a folder's own include/exclude decides its drafts: read the folders again when they differ from the last reading's
        workspaceFeatures.index.foldersConfigured();
      } else {
        const section = (await connection.workspace.getConfiguration('sourceCheck')) as Record<string, unknown> | null;
        if (section) applySettings(section);
      }
      rechecked = recheckAll();
    } catch (error) {
      connection.console.warn(`source-check: could not read settings: ${(error as Error).message}`);
    }
    await rechecked.catch(() => undefined);
  }

  function applySettings(section: Record<string, unknown>): void {
    const problems: { key: string; message: string }[] = [];
    session.configure(readHostSettings(section, problems));
    workspaceFeatures.index.configure(section);
    if (typeof section.debounceMs === 'number' && section.debounceMs >= 0) debounceMs = section.debounceMs;
    for (const p of problems) connection.console.warn(`source-check: ${p.message}`); // each message names its key
  }

  /** A folder's host settings; its problems are logged naming the folder (the first folder's were logged by applySettings). */
  function folderHost(uri: string, section: Record<string, unknown> | null): HostSettings {
    const problems: SettingsProblem[] = [];
    const host = readHostSettings(section ?? {}, problems);
    if (uri !== folderUris[0]) for (const p of problems) connection.console.warn(`source-check: ${p.message} (workspace folder ${uri})`);
    return host;
  }

  /** Re-checks every open draft and republishes registry problems. */
  function recheckAll(): Promise<void> {
    return Promise.all(documents.all().filter((d) => !session.isRegistryUri(d.uri)).map((d) => checkDraft(d.uri))).then(() => session.publishRegistryProblems());
  }

  /**
   * Checks an open draft as it is once its registry is read, and notes which of
   * its edits the check saw (edits are counted, not versions: a client may reuse
   * or lower version numbers). Undefined when it was closed meanwhile or not checked.
   */
  async function checkDraft(uri: string): Promise<Checked | undefined> {
    const opened = documents.get(uri);
    if (!opened) return undefined;
    const registry = await session.registryFor(session.locationOf(uri));
    // what the client has now: the text may have changed, or the draft closed, while the registry was read
    const document = documents.get(uri);
    if (!document) return undefined;
    const problem = sizeProblem(document.getText());
    if (problem) {
      // nothing is kept for it: one note at the top instead of a check that would take hundreds of MB
      session.forget(document.uri);
      tooLarge.add(document.uri); // requests answer nothing until it changes
      checkedEdit.set(document.uri, edits.get(document.uri) ?? 0);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [notCheckedDiagnostic(problem, `${session.settings.docsBase}#limits`)] });
      return undefined;
    }
    tooLarge.delete(document.uri);
    const checked = session.checkOpen(document, registry);
    if (checked) checkedEdit.set(document.uri, edits.get(document.uri) ?? 0);
    else checkedEdit.delete(document.uri);
    return checked;
  }

  /** Why a draft's text is not checked (over the size limit the CLI also keeps), or undefined. */
  function sizeProblem(text: string): string | undefined {
    // UTF-8 takes 1-3 bytes per UTF-16 unit: count the bytes only when the length leaves it open
    return text.length * 3 <= MAX_DRAFT_BYTES ? undefined : draftSizeProblem(utf8Length(text));
  }

  function schedule(document: TextDocument): void {
    timers.get(document.uri)?.cancel();
    timers.set(document.uri, dueCheck(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      if (session.isRegistryUri(current.uri)) {
        session.store.setOverride(session.locationOf(current.uri), current.getText());
        // its own registry read again with the buffer, so its problems show even with no draft open
        void session.registryFor(session.locationOf(current.uri)).then(recheckAll);
      } else {
        if (checkedEdit.get(current.uri) === (edits.get(current.uri) ?? 0)) return; // already checked as it is
        void checkDraft(current.uri).then(() => session.publishRegistryProblems());
      }
    }, debounceFor(document.uri)));
  }

  /** The debounce of a draft's edits: its workspace folder's own `debounceMs`, else the workspace-wide one. */
  function debounceFor(uri: string): number {
    const own = session.hostFor(session.locationOf(uri)).debounceMs;
    return typeof own === 'number' && own >= 0 ? own : debounceMs;
  }

  documents.onDidOpen((e) => {
    if (session.isRegistryUri(e.document.uri)) {
      // load the registry this file belongs to, so its problems show even with no draft open
      void session.registryFor(session.locationOf(e.document.uri)).then(() => session.publishRegistryProblems());
      return;
    }
    opening.add(e.document.uri);
    void checkDraft(e.document.uri).then(() => session.publishRegistryProblems());
  });
  documents.onDidChangeContent((e) => {
    if (opening.delete(e.document.uri)) return; // the open's own change event: just checked
    edits.set(e.document.uri, (edits.get(e.document.uri) ?? 0) + 1);
    schedule(e.document);
  });
  documents.onDidClose((e) => {
    timers.get(e.document.uri)?.cancel();
    timers.delete(e.document.uri);
    if (session.isRegistryUri(e.document.uri)) {
      session.store.setOverride(session.locationOf(e.document.uri), undefined);
      recheckAll();
      return;
    }
    session.forget(e.document.uri);
    edits.delete(e.document.uri);
    checkedEdit.delete(e.document.uri);
    opening.delete(e.document.uri);
    tooLarge.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // a large draft leaves its text, check and caches behind: collect them now, not at some later major GC
    if (options.collectGarbage && e.document.getText().length >= LARGE_DRAFT) setTimeout(releaseText, 0);
  });

  /** Collects what a closed large draft left, after dropping the last regular-expression match (V8 keeps its whole subject). */
  function releaseText(): void {
    /^/.exec('');
    options.collectGarbage?.();
  }

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    // drafts are watched for the workspace index: only other changes (registry files) reload the registry
    if (!changes.length || !changes.every((c) => typeof c?.uri === 'string' && workspaceFeatures.index.covers(c.uri))) {
      // logged first (tests wait for the re-check's diagnostics, then read it): a registry reload, not a draft-only change
      connection.console.info(`source-check: files changed on disk beyond the drafts; registries reloaded, open drafts re-checked`);
      session.store.invalidate();
      recheckAll();
    }
    workspaceFeatures.workspace.didChangeWatchedFiles(changes);
  });

  /**
   * The check of an open draft as it is now: when the document changed since
   * the last check (an edit still inside the debounce), it is re-checked first,
   * so offsets and edits always refer to the text the client has. Undefined for
   * drafts that are not open and for registry files.
   */
  async function currentCheck(uri: string): Promise<Checked | undefined> {
    const document = documents.get(uri);
    if (!document || session.isRegistryUri(uri)) return undefined;
    const last = session.lastCheck(uri);
    if (checkedEdit.get(uri) === (edits.get(uri) ?? 0) && (last || tooLarge.has(uri))) return last;
    timers.get(uri)?.cancel();
    timers.delete(uri);
    const checked = await checkDraft(uri);
    session.publishRegistryProblems();
    return checked;
  }

  /** Registry files' hover, definition, completion, rename and symbols; drafts' outline and capture quick fix. */
  const registryHandlers = new RegistryHandlers(connection, documents, session, currentCheck);
  registryHandlers.listen();

  connection.onHover(async (params) => {
    if (registryHandlers.handles(params.textDocument?.uri)) return registryHandlers.hover(params);
    const checked = await currentCheck(params.textDocument?.uri);
    const offset = checked && offsetOf(checked.doc.lines, params.position);
    if (!checked || offset === undefined) return null;
    const card = hover(checked.doc, checked.registry, offset);
    return card
      ? { contents: { kind: 'markdown', value: card.markdown }, range: checked.doc.lines.rangeOf(card) }
      : null;
  });

  connection.onDefinition(async (params) => {
    if (registryHandlers.handles(params.textDocument?.uri)) return registryHandlers.definition(params);
    const checked = await currentCheck(params.textDocument?.uri);
    const offset = checked && offsetOf(checked.doc.lines, params.position);
    if (!checked || offset === undefined) return null;
    const target = definition(checked.doc, checked.registry, offset);
    if (!target) return null;
    return locationOf(target, (file) => checked.registry.linesOf(file)) ?? null;
  });

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument?.uri;
    if (canLabelSources && typeof uri === 'string' && session.isRegistryUri(uri) && params.range) return workspaceFeatures.features.registryActions(uri, params.range);
    const checked = await currentCheck(uri);
    if (!checked || checked.version === null) return [];
    const { lines } = checked.doc;
    const start = offsetOf(lines, params.range?.start);
    const end = offsetOf(lines, params.range?.end);
    if (start === undefined || end === undefined) return [];
    const span = { start: Math.min(start, end), end: Math.max(start, end) };
    const textDocument = { uri, version: checked.version };
    const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
    const about = (finding: { code: string; start: number }) => diagnostics.filter((d) => d?.code === finding.code && offsetOf(lines, d?.range?.start) === finding.start);
    const fixes = codeActions(checked.doc, span).map(({ fix, finding }): CodeAction => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: about(finding),
      // the edit names the version it was computed for: a client applies it to that text or not at all
      edit: { documentChanges: [{ textDocument, edits: [{ range: lines.rangeOf(fix), newText: fix.newText }] }] },
    }));
    fixes.push(...(await registryHandlers.captureActions(checked, span, about)));
    const labels = canLabelSources ? workspaceFeatures.features.quoteActions(checked.doc, span) : [];
    if (!canAcceptFindings) return [...fixes, ...labels];
    // the client asks for the reason and inserts the comment (src/client/acceptFinding.ts)
    const accepts = acceptOffers(checked.doc, span).map(({ title, finding, code, line }): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: about(finding),
      command: { title, command: ACCEPT_FINDING_COMMAND, arguments: [uri, line, code, checked.version] },
    }));
    return [...fixes, ...accepts, ...labels];
  });

  /** Check Sources over drafts that may never have been opened, each read through the workspace (checkFiles.ts). */
  const checkFilesHost: CheckFilesHost = {
    session,
    openDocument: (uri) => documents.get(uri),
    checkOpen: async (document) => (await checkDraft(document.uri))?.doc.findings.length ?? sizeProblem(document.getText()) ?? 'check failed',
    readFile: (uri, maxBytes) => workspace.readFile(uri, maxBytes),
    index: workspaceFeatures.index,
    pool: options.pool,
  };
  connection.onRequest(CHECK_FILES_REQUEST, (params: CheckFilesParams, token) => (options.checkFiles ?? checkFiles)(params, checkFilesHost, token));

  documents.listen(connection);
  connection.listen();
}
