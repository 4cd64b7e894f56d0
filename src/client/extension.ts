/**
 * The Source Check VS Code extension: starts the language server and
 * registers the commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCEPT_FINDING_COMMAND } from '../core/suppressions/acceptFinding.ts';
import { CAPTURE_STATEMENT_COMMAND } from '../core/registryEdits/capture.ts';
import { acceptFinding } from './acceptFinding.ts';
import { captureStatement } from './captureStatement.ts';
import { checkSources } from './checkSources.ts';
import { CrashHandler } from './crashHandler.ts';
import { createLanguageClient } from './languageClient.ts';

let client: LanguageClient | undefined;

/** What activation returns (the editor tests use it): the start, the client, the crash handler. */
export interface SourceCheckApi {
  ready: Promise<void>;
  client(): LanguageClient | undefined;
  crashes: CrashHandler;
}

/** Activates the extension: server first, then commands. */
export async function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi> {
  const crashes = new CrashHandler();
  client = createLanguageClient(context, crashes);
  const ready = client.start();
  context.subscriptions.push(
    vscode.commands.registerCommand('sourceCheck.checkSources', async () => {
      await ready;
      return checkSources(client!);
    }),
    vscode.commands.registerCommand(ACCEPT_FINDING_COMMAND, acceptFinding),
    vscode.commands.registerCommand(CAPTURE_STATEMENT_COMMAND, (uri, position, target) => captureStatement(client, uri, position, target)),
    vscode.commands.registerCommand('sourceCheck.restartServer', async () => {
      crashes.loop.reset();
      if (client?.isRunning()) await client.restart();
      else await client?.start();
    }),
    // the server refuses registries outside an untrusted workspace; once trusted, it starts again knowing so
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await ready;
  return { ready, client: () => client, crashes };
}

/** Stops the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
