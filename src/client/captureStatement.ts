/**
 * `sourceCheck.captureStatement`, the command of "Add to the registry…
 * (choose the registry file)": asks which registry file of the folder takes
 * the statement (the default `statements.yaml` first) with a QuickPick, asks
 * the server for the edit, applies it and shows the new entry. Escape: nothing.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, Position, Range, WorkspaceEdit } from 'vscode-languageclient';
import { CAPTURE_EDIT_REQUEST } from '../core/registryEdits/capture.ts';
import { parentPath, relativePath } from './uriPaths.ts';

/** Asks for the registry file and adds the quote at `position` of the draft `draftUri` to it; `defaultTarget` comes first. */
export async function captureStatement(client: LanguageClient | undefined, draftUri: unknown, position: unknown, defaultTarget: unknown): Promise<boolean> {
  if (!client || typeof draftUri !== 'string' || typeof defaultTarget !== 'string' || !position) return false;
  const fallback = vscode.Uri.parse(defaultTarget);
  // URIs throughout (github.dev's vscode-vfs: has no file path)
  const folder = fallback.with({ path: parentPath(fallback.path) });
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{yaml,yml,json}'));
  const others = found.filter((u) => u.toString() !== fallback.toString()).sort((a, b) => a.path.localeCompare(b.path));
  const exists = found.length !== others.length;
  const items = [fallback, ...others].map((uri, i) => ({
    label: relativePath(folder.path, uri.path),
    description: i === 0 ? (exists ? 'default' : 'default, a new file') : undefined,
    uri,
  }));
  const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Add to the registry: which file takes the statement?' });
  if (!picked) return false;
  const result = (await client.sendRequest(CAPTURE_EDIT_REQUEST, { uri: draftUri, position: position as Position, target: picked.uri.toString() })) as { edit: WorkspaceEdit; show: { uri: string; range: Range } } | null;
  if (!result) {
    void vscode.window.showWarningMessage('Source Check: that quotation has nothing to add any more (the draft changed, or the quote now checks); nothing was written.');
    return false;
  }
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
  if (!applied) return false;
  await vscode.window.showTextDocument(vscode.Uri.parse(result.show.uri), { selection: client.protocol2CodeConverter.asRange(result.show.range) });
  return true;
}
