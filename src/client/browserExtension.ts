/**
 * The Source Check VS Code extension, browser build (package.json `browser`,
 * vscode.dev and github.dev): the language server runs in a web worker
 * (dist/web/server.js) and reads the workspace's files through this client
 * (workspaceFs.ts); the rest is shared with the desktop build (activate.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateSourceCheck, deactivateSourceCheck, type SourceCheckApi } from './activate.ts';
import { sourceCheckClientOptions } from './clientOptions.ts';
import type { CrashHandler } from './crashHandler.ts';

/** A web worker, as far as this file uses it (the project has no DOM types). */
interface ServerWorker {
  terminate(): void;
}
/** The web worker constructor of the extension host. */
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/** Creates (not yet started) the language client for the bundled web-worker server: each start (and restart) gets a fresh worker, the previous one ended. */
export function createBrowserLanguageClient(context: vscode.ExtensionContext, crashes: CrashHandler): LanguageClient {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  let worker: ServerWorker | undefined;
  const serverOptions = async () => {
    worker?.terminate();
    worker = new Worker(serverMain, { name: 'Source Check language server' });
    return worker;
  };
  return new LanguageClient('sourceCheck', 'Source Check', serverOptions as ServerOptions, sourceCheckClientOptions(context, crashes));
}

/** Activates the extension: server first, then commands. */
export function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi<LanguageClient>> {
  return activateSourceCheck(context, createBrowserLanguageClient);
}

/** Stops the server. */
export function deactivate(): Promise<void> {
  return deactivateSourceCheck();
}
