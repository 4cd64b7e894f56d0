/**
 * The Source Check VS Code extension, browser build (package.json `browser`,
 * vscode.dev and github.dev): the language server runs in a web worker
 * (dist/web/server.js) and reads the workspace's files through this client
 * (workspaceFs.ts); the rest is shared with the desktop build (activate.ts).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateSourceCheck, deactivateSourceCheck, type SourceCheckApi } from './activate.ts';
import { sourceCheckClientOptions } from './clientOptions.ts';
import type { CrashHandler } from './crashHandler.ts';

/** A web worker, as far as this file uses it (the project has no DOM types). */
interface ServerWorker {
  terminate(): void;
}
/** The web worker constructor of the extension host (VS Code wraps it there: its workers fail `instanceof Worker`). */
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
/** The reader's and writer's constructor parameter (a DOM Worker, unknown to this project's types). */
type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Creates (not yet started) the language client for the bundled web-worker server: each start (and restart) gets a fresh worker, the previous one ended. */
export function createBrowserLanguageClient(context: vscode.ExtensionContext, crashes: CrashHandler): LanguageClient {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  let worker: ServerWorker | undefined;
  // the transports are made here: the client's own check of a returned worker (instanceof Worker) fails on VS Code's wrapped one
  const serverOptions = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(serverMain, { name: 'Source Check language server' });
    const port = worker as unknown as WorkerPort;
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  };
  return new LanguageClient('sourceCheck', 'Source Check', serverOptions, sourceCheckClientOptions(context, crashes));
}

/** Activates the extension: server first, then commands. */
export function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi<LanguageClient>> {
  return activateSourceCheck(context, createBrowserLanguageClient);
}

/** Stops the server. */
export function deactivate(): Promise<void> {
  return deactivateSourceCheck();
}
