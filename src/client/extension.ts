/**
 * The Source Check VS Code extension, desktop build (package.json `main`):
 * the language server runs as a Node process; the rest is shared with the
 * browser build (activate.ts).
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateSourceCheck, deactivateSourceCheck, type SourceCheckApi } from './activate.ts';
import { createLanguageClient } from './languageClient.ts';

/** Activates the extension: server first, then commands. */
export function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi<LanguageClient>> {
  return activateSourceCheck(context, createLanguageClient);
}

/** Stops the server. */
export function deactivate(): Promise<void> {
  return deactivateSourceCheck();
}
