/**
 * Starts the Source Check language server and connects it to VS Code: which
 * documents it sees, which file changes it hears about.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CrashHandler } from './crashHandler.ts';

/** Globs of registry files the server is told about when they change on disk. */
export function registryGlobs(): string[] {
  const configured = vscode.workspace.getConfiguration('sourceCheck').get<string[]>('registry') ?? [];
  const rel = configured.map((r) => `**/${r.replace(/^\.?\/+|\/+$/g, '')}`);
  return ['**/sources/**/*.{yaml,yml,json}', ...rel.map((r) => `${r}/**/*.{yaml,yml,json}`), ...rel];
}

/** Globs of the drafts the server's workspace index follows on disk (`sourceCheck.include`). */
export function draftGlobs(): string[] {
  return vscode.workspace.getConfiguration('sourceCheck').get<string[]>('include') ?? ['**/*.md', '**/*.markdown', '**/*.txt'];
}

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
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_FLAGS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const watchers = [...registryGlobs(), ...draftGlobs()].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown' },
      { language: 'plaintext' },
      ...registryGlobs().map((pattern) => ({ pattern })),
    ],
    synchronize: { configurationSection: 'sourceCheck', fileEvents: watchers },
    // acceptFinding: this client runs sourceCheck.acceptFinding, so the server may offer "Accept this finding…"
    // labelSource: it runs sourceCheck.labelSource, so the server may offer "Label Source…"
    initializationOptions: () => ({ settings: vscode.workspace.getConfiguration('sourceCheck'), trusted: vscode.workspace.isTrusted, acceptFinding: true, labelSource: true }),
    diagnosticCollectionName: 'source-check',
    errorHandler: crashes,
    stdioOptions: crashes.stdio(),
  };
  const client = new LanguageClient('sourceCheck', 'Source Check', serverOptions, clientOptions);
  crashes.client = client;
  return client;
}
