/**
 * The language client's options both builds share (desktop: a Node process;
 * browser: a web worker): which documents the server sees, which file changes
 * it hears about, what it is told at start. Browser-safe.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import type { CrashHandler } from './crashHandler.ts';

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

/** The client options of either build; the file watchers are disposed with the extension. `crashes` restarts a crashed server or stops it with a message. */
export function sourceCheckClientOptions(context: vscode.ExtensionContext, crashes: CrashHandler): LanguageClientOptions {
  const watchers = [...registryGlobs(), ...draftGlobs()].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  return {
    documentSelector: [
      { language: 'markdown' },
      { language: 'plaintext' },
      ...registryGlobs().map((pattern) => ({ pattern })),
    ],
    synchronize: { configurationSection: 'sourceCheck', fileEvents: watchers },
    // acceptFinding / labelSource / captureStatement: this client runs those commands, so the server may offer "Accept this finding…", "Label Source…" and the file choice of "Add to the registry…";
    // workspaceFs: it answers the sourceCheck/fs/* requests (src/client/workspaceFs.ts), for files the server cannot read itself
    initializationOptions: () => ({
      // plain data: a web worker's postMessage cannot clone the configuration object's functions (IPC dropped them as JSON)
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('sourceCheck'))) as unknown,
      trusted: vscode.workspace.isTrusted,
      acceptFinding: true,
      labelSource: true,
      captureStatement: true,
      workspaceFs: true,
    }),
    diagnosticCollectionName: 'source-check',
    errorHandler: crashes,
  };
}
