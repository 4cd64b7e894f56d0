/**
 * The Source Check VS Code extension: starts the language server and
 * registers the commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCEPT_FINDING_COMMAND } from '../core/suppressions/acceptFinding.ts';
import { acceptFinding } from './acceptFinding.ts';
import { checkSources } from './checkSources.ts';
import { CrashHandler } from './crashHandler.ts';
import { createLanguageClient } from './languageClient.ts';
import { INDEX_CHANGED_NOTIFICATION, LABEL_SOURCE_COMMAND, SHOW_REFERENCES_COMMAND, type LabelSourceArgs } from '../protocol.ts';
import { labelSource } from './labelSource.ts';
import { showReferences } from './showReferences.ts';
import { SourcesView } from './sourcesView.ts';

let client: LanguageClient | undefined;

/** What activation returns (the editor tests use it): the start, the client, the crash handler. */
export interface SourceCheckApi {
  ready: Promise<void>;
  client(): LanguageClient | undefined;
  crashes: CrashHandler;
  /** The Sources view's tree data. */
  sourcesView: SourcesView;
}

/** Activates the extension: server first, then commands. */
export async function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi> {
  const crashes = new CrashHandler();
  client = createLanguageClient(context, crashes);
  const ready = client.start();
  const sourcesView = new SourcesView(() => client, ready);
  client.onNotification(INDEX_CHANGED_NOTIFICATION, () => sourcesView.refresh());
  context.subscriptions.push(
    vscode.commands.registerCommand('sourceCheck.checkSources', async () => {
      await ready;
      return checkSources(client!);
    }),
    vscode.commands.registerCommand(ACCEPT_FINDING_COMMAND, acceptFinding),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, showReferences),
    vscode.commands.registerCommand(LABEL_SOURCE_COMMAND, async (args?: LabelSourceArgs) => {
      await ready;
      return labelSource(client!, args);
    }),
    vscode.window.registerTreeDataProvider('sourceCheck.sources', sourcesView),
    vscode.commands.registerCommand('sourceCheck.refreshSources', () => sourcesView.refresh()),
    vscode.commands.registerCommand('sourceCheck.restartServer', async () => {
      crashes.loop.reset();
      if (client?.isRunning()) await client.restart();
      else await client?.start();
    }),
    // the server refuses registries outside an untrusted workspace; once trusted, it starts again knowing so
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await ready;
  return { ready, client: () => client, crashes, sourcesView };
}

/** Stops the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
