/**
 * The Source Check VS Code extension: starts the language server and
 * registers the commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkSources } from './checkSources.ts';
import { createLanguageClient } from './languageClient.ts';

let client: LanguageClient | undefined;

/** Activates the extension: server first, then commands. */
export async function activate(context: vscode.ExtensionContext): Promise<{ ready: Promise<void> }> {
  client = createLanguageClient(context);
  const ready = client.start();
  context.subscriptions.push(
    vscode.commands.registerCommand('sourceCheck.checkSources', async () => {
      await ready;
      return checkSources(client!);
    }),
    vscode.commands.registerCommand('sourceCheck.restartServer', async () => {
      await client?.restart();
    }),
    // the server refuses registries outside an untrusted workspace; once trusted, it starts again knowing so
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await ready;
  return { ready };
}

/** Stops the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
