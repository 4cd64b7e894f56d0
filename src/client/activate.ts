/**
 * What both builds of the extension do on activation (desktop: extension.ts,
 * browser: browserExtension.ts), given a factory of their language client:
 * answer the server's file requests, start it, register the commands and the
 * Sources view. Browser-safe: no Node built-ins here or below.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ACCEPT_FINDING_COMMAND } from '../core/suppressions/acceptFinding.ts';
import { CAPTURE_STATEMENT_COMMAND } from '../core/registryEdits/capture.ts';
import { INDEX_CHANGED_NOTIFICATION, LABEL_SOURCE_COMMAND, SHOW_REFERENCES_COMMAND, type LabelSourceArgs } from '../protocol.ts';
import { acceptFinding } from './acceptFinding.ts';
import { captureStatement } from './captureStatement.ts';
import { checkSources } from './checkSources.ts';
import { CrashHandler } from './crashHandler.ts';
import { labelSource } from './labelSource.ts';
import { showReferences } from './showReferences.ts';
import { SourcesView } from './sourcesView.ts';
import { registerWorkspaceFs } from './workspaceFs.ts';

/** What activation returns (the editor and web tests use it): the start, the client, the crash handler. */
export interface SourceCheckApi<C extends BaseLanguageClient = BaseLanguageClient> {
  ready: Promise<void>;
  client(): C | undefined;
  crashes: CrashHandler;
  /** The Sources view's tree data. */
  sourcesView: SourcesView;
}

/** Creates (not yet started) the language client of a build. */
export type ClientFactory<C extends BaseLanguageClient> = (context: vscode.ExtensionContext, crashes: CrashHandler) => C;

let current: BaseLanguageClient | undefined;

/** Restarts a running client: its own restart() where it has one (the desktop's waits for a debug port), else stop and start. */
async function restart(client: BaseLanguageClient & { restart?: () => Promise<void> }): Promise<void> {
  if (typeof client.restart === 'function') return client.restart();
  await client.stop();
  await client.start();
}

/** Activates the extension with the client `create` makes: server first, then commands. */
export async function activateSourceCheck<C extends BaseLanguageClient>(context: vscode.ExtensionContext, create: ClientFactory<C>): Promise<SourceCheckApi<C>> {
  const crashes = new CrashHandler();
  const client = create(context, crashes);
  crashes.client = client;
  current = client;
  context.subscriptions.push(...registerWorkspaceFs(client, vscode.workspace.fs, (uri) => vscode.Uri.parse(uri, true)));
  const ready = client.start();
  const sourcesView = new SourcesView(() => client, ready);
  client.onNotification(INDEX_CHANGED_NOTIFICATION, () => sourcesView.refresh());
  context.subscriptions.push(
    vscode.commands.registerCommand('sourceCheck.checkSources', async () => {
      await ready;
      return checkSources(client);
    }),
    vscode.commands.registerCommand(ACCEPT_FINDING_COMMAND, acceptFinding),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, showReferences),
    vscode.commands.registerCommand(LABEL_SOURCE_COMMAND, async (args?: LabelSourceArgs) => {
      await ready;
      return labelSource(client, args);
    }),
    vscode.window.registerTreeDataProvider('sourceCheck.sources', sourcesView),
    vscode.commands.registerCommand('sourceCheck.refreshSources', () => sourcesView.refresh()),
    vscode.commands.registerCommand(CAPTURE_STATEMENT_COMMAND, (uri, position, target) => captureStatement(client, uri, position, target)),
    vscode.commands.registerCommand('sourceCheck.restartServer', async () => {
      crashes.loop.reset();
      if (client.isRunning()) await restart(client);
      else await client.start();
    }),
    // the server refuses registries outside an untrusted workspace; once trusted, it starts again knowing so
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(client)),
  );
  await ready;
  return { ready, client: () => client, crashes, sourcesView };
}

/** Stops the server of the build that activated. */
export async function deactivateSourceCheck(): Promise<void> {
  await current?.stop();
  current = undefined;
}
