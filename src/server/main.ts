/**
 * The Source Check language server: thin adapters from LSP requests and
 * notifications to the core, over IPC or stdio.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../core/features/codeActions.ts';
import { definition } from '../core/features/definition.ts';
import { hover } from '../core/features/hover.ts';
import { readHostSettings } from '../host/settingsFile.ts';
import { locationOf, uriOf } from './convert.ts';
import { pathOf, Session } from './session.ts';

/** Request: check these files (never opened) and publish their diagnostics. */
export const CHECK_FILES_REQUEST = 'sourceCheck/checkFiles';

/** Parameters of the check-files request. */
export interface CheckFilesParams {
  uris: string[];
}

/** Result of the check-files request. */
export interface CheckFilesResult {
  checked: number;
  findings: number;
  skipped: { uri: string; reason: string }[];
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** The README shipped beside the bundle (vsce renames it readme.md inside a .vsix). */
const readme = ['README.md', 'readme.md'].map((n) => path.join(__dirname, '..', n)).find((p) => fs.existsSync(p)) ?? path.join(__dirname, '..', 'README.md');
const session = new Session(connection, uriOf(readme));
const timers = new Map<string, NodeJS.Timeout>();
let debounceMs = 150;
let canPullConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  const options = (params.initializationOptions ?? {}) as { settings?: Record<string, unknown>; trusted?: unknown };
  session.setWorkspace(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []), options.trusted !== false);
  if (options.settings) applySettings(options.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'source-check' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourceCheck' });
    void pullSettings();
  }
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { sourceCheck?: Record<string, unknown> } | null)?.sourceCheck;
  if (pushed) applySettings(pushed);
  else await pullSettings();
  recheckAll();
});

async function pullSettings(): Promise<void> {
  try {
    const section = (await connection.workspace.getConfiguration('sourceCheck')) as Record<string, unknown> | null;
    if (section) applySettings(section);
    recheckAll();
  } catch (error) {
    connection.console.warn(`source-check: could not read settings: ${(error as Error).message}`);
  }
}

function applySettings(section: Record<string, unknown>): void {
  const problems: { key: string; message: string }[] = [];
  session.configure(readHostSettings(section, problems));
  if (typeof section.debounceMs === 'number' && section.debounceMs >= 0) debounceMs = section.debounceMs;
  for (const p of problems) connection.console.warn(`source-check: ${p.message}`); // each message names its key
}

/** Re-checks every open draft and republishes registry problems. */
function recheckAll(): void {
  for (const document of documents.all()) {
    if (session.isRegistryUri(document.uri)) continue;
    session.checkOpen(document);
  }
  session.publishRegistryProblems();
}

function schedule(document: TextDocument): void {
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => {
    timers.delete(document.uri);
    const current = documents.get(document.uri);
    if (!current) return;
    if (session.isRegistryUri(current.uri)) {
      session.store.setOverride(pathOf(current.uri, session.workspaceRoot), current.getText());
      recheckAll();
    } else {
      session.checkOpen(current);
      session.publishRegistryProblems();
    }
  }, debounceMs));
}

documents.onDidOpen((e) => {
  if (session.isRegistryUri(e.document.uri)) {
    // load the registry this file belongs to, so its problems show even with no draft open
    session.store.registryFor(pathOf(e.document.uri, session.workspaceRoot));
    session.publishRegistryProblems();
    return;
  }
  session.checkOpen(e.document);
  session.publishRegistryProblems();
});
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  if (session.isRegistryUri(e.document.uri)) {
    session.store.setOverride(pathOf(e.document.uri, session.workspaceRoot), undefined);
    recheckAll();
    return;
  }
  session.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles(() => {
  session.store.invalidate();
  recheckAll();
});

connection.onHover((params) => {
  const checked = session.lastCheck(params.textDocument.uri);
  if (!checked) return null;
  const card = hover(checked.doc, checked.registry, checked.doc.lines.offsetAt(params.position));
  return card
    ? { contents: { kind: 'markdown', value: card.markdown }, range: checked.doc.lines.rangeOf(card) }
    : null;
});

connection.onDefinition((params) => {
  const checked = session.lastCheck(params.textDocument.uri);
  if (!checked) return null;
  const target = definition(checked.doc, checked.registry, checked.doc.lines.offsetAt(params.position));
  if (!target) return null;
  return locationOf(target, (file) => checked.registry.linesOf(file)) ?? null;
});

connection.onCodeAction((params) => {
  const checked = session.lastCheck(params.textDocument.uri);
  if (!checked) return [];
  const { lines } = checked.doc;
  const span = { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) };
  return codeActions(checked.doc, span).map(({ fix, finding }): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics: params.context.diagnostics.filter((d) => d.code === finding.code && lines.offsetAt(d.range.start) === finding.start),
    edit: { changes: { [params.textDocument.uri]: [{ range: lines.rangeOf(fix), newText: fix.newText }] } },
  }));
});

connection.onRequest(CHECK_FILES_REQUEST, (params: CheckFilesParams): CheckFilesResult => {
  const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  for (const uri of params.uris) {
    const open = documents.get(uri);
    const outcome = open ? (session.checkOpen(open)?.doc.findings.length ?? 'check failed') : session.checkFile(uri);
    if (typeof outcome === 'number') {
      result.checked++;
      result.findings += outcome;
    } else result.skipped.push({ uri, reason: outcome });
  }
  session.publishRegistryProblems();
  return result;
});

process.on('uncaughtException', (error) => connection.console.error(`source-check: ${error.stack ?? error}`));
documents.listen(connection);
connection.listen();
