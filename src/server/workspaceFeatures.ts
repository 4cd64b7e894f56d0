/**
 * Wires the workspace index and the registry features into the server: the
 * workspace the entry gives (node:fs, or the client's file requests), references, CodeLens and the custom requests, and
 * the index-changed notification (debounced) with a CodeLens refresh.
 */
import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IMPACT_REQUEST, INDEX_CHANGED_NOTIFICATION, LABEL_EDIT_REQUEST, SOURCES_REQUEST, type LabelEditParams } from '../protocol.ts';
import { RegistryFeatures } from './registryFeatures.ts';
import { syncRegistryBuffers } from './registryEntries.ts';
import type { Session } from './session.ts';
import { OpenDocumentsByUri } from './uris.ts';
import { WorkspaceIndex } from './workspaceIndex.ts';
import type { WatchedWorkspace } from './workspace.ts';

/** Quiet time after the last change before the client hears that the index changed, in milliseconds. */
const NOTIFY_MS = 300;

/** The workspace side of the server, once registered. */
export interface WorkspaceFeatures {
  workspace: WatchedWorkspace;
  index: WorkspaceIndex;
  features: RegistryFeatures;
  /** The capabilities to announce. */
  capabilities: ServerCapabilities;
  /** Takes initialize's parameters (settings, whether the client refreshes CodeLens). */
  initialize(params: InitializeParams, settings: Record<string, unknown> | undefined): void;
  /** Starts reading the workspace folders (after initialized). */
  start(): void;
}

/** Registers references, CodeLens and the custom requests on the connection. */
export function registerWorkspaceFeatures(connection: Connection, documents: TextDocuments<TextDocument>, session: Session, workspace: WatchedWorkspace): WorkspaceFeatures {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshLenses = false;
  let folders: string[] = [];
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void connection.sendNotification(INDEX_CHANGED_NOTIFICATION);
      if (refreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    }, NOTIFY_MS);
  };
  const open = new OpenDocumentsByUri(documents);
  const index = new WorkspaceIndex(workspace, { session, connection, openDocument: (uri) => open.get(uri), changed });
  const features = new RegistryFeatures(session, index, documents, workspace);

  // a hostile client may send anything: no URI, no answer
  const uriOf = (params: { textDocument?: { uri?: unknown } } | null) => (typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : undefined);
  connection.onReferences((params) => {
    const uri = uriOf(params);
    return uri ? features.references(uri, params.position, params.context?.includeDeclaration === true) : null;
  });
  connection.onCodeLens((params) => {
    const uri = uriOf(params);
    return uri ? features.codeLenses(uri) : [];
  });
  connection.onRequest(SOURCES_REQUEST, () => features.sources());
  connection.onRequest(IMPACT_REQUEST, (params: { id?: unknown } | null) => features.impact(params?.id));
  connection.onRequest(LABEL_EDIT_REQUEST, (params: LabelEditParams) => features.labelEdit(params));
  // an edited draft or registry buffer changes what the index says: tell the client once typing pauses
  documents.onDidChangeContent(changed);
  documents.onDidClose((e) => {
    index.closed(e.document.uri);
    if (session.isRegistryUri(e.document.uri)) {
      syncRegistryBuffers(session, documents);
      void index.requeueStale().then(changed);
    }
  });

  return {
    workspace,
    index,
    features,
    capabilities: { referencesProvider: true, codeLensProvider: { resolveProvider: false } },
    initialize(params, settings) {
      refreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
      folders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).filter((u) => typeof u === 'string');
      if (settings) index.configure(settings);
    },
    start() {
      index.start(folders);
    },
  };
}
