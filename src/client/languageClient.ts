/**
 * Desktop only: starts the Source Check language server as a Node process
 * (over stdio) and connects it to VS Code with the shared client options.
 * Stdio, not Node IPC: over IPC Node serialises every message whole, so each
 * edit re-encodes all of a large draft's diagnostics; over stdio the server's
 * writer encodes only the diagnostics it has not written before
 * (src/server/diagnosticsJson.ts; bench row 5 measures both).
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { sourceCheckClientOptions } from './clientOptions.ts';
import { CrashHandler } from './crashHandler.ts';
import { serverArgs } from './serverArgs.ts';
import { serverStdio } from './serverStdio.ts';

/**
 * Node flags of the server: it collects the garbage of reading a registry at
 * once (see RegistryStore), and a small young generation keeps its memory low
 * (about 50 MB less with a 100k registry; see `npm run bench`), and regular
 * expressions are compiled to machine code at once (the attribution patterns
 * are large; V8 would interpret them for a long while).
 * bench/lspClient.mjs starts the server with the same flags.
 */
export const SERVER_FLAGS = ['--expose-gc', '--max-semi-space-size=4', '--no-regexp-tier-up'];

/** Creates (not yet started) the language client for the bundled server; `crashes` restarts it or stops it with a message. */
export function createLanguageClient(context: vscode.ExtensionContext, crashes = new CrashHandler()): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const args = serverArgs(context.globalStorageUri.fsPath);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, args, options: { execArgv: SERVER_FLAGS } },
    debug: { module, transport: TransportKind.stdio, args, options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const client = new LanguageClient('sourceCheck', 'Source Check', serverOptions, { ...sourceCheckClientOptions(context, crashes), stdioOptions: serverStdio(crashes.reasons) });
  crashes.client = client;
  return client;
}
