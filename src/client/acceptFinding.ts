/**
 * `sourceCheck.acceptFinding`, the command of the "Accept this finding…"
 * quick fix: asks for the reason and inserts the suppression comment the core
 * builds (src/core/suppressions/acceptFinding.ts). Cancelled: nothing changes.
 */
import * as vscode from 'vscode';
import { acceptanceEdits, cleanReason } from '../core/suppressions/acceptFinding.ts';

/** Asks for a reason and inserts the comment accepting the `code` finding on `line` of the draft at `uri` (as of `version`). */
export async function acceptFinding(uri: unknown, line: unknown, code: unknown, version?: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof line !== 'number' || typeof code !== 'string') return false;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const reason = await vscode.window.showInputBox({
    title: `Accept this \`${code}\` finding`,
    prompt: 'Why is it right as written? The reason goes into the comment that suppresses it.',
    placeHolder: 'e.g. the retraction is reported in the next paragraph',
    validateInput: (value) => (cleanReason(value) ? undefined : 'A reason is required: a suppression without one is not honoured.'),
  });
  if (reason === undefined) return false;
  if (typeof version === 'number' && doc.version !== version) {
    void vscode.window.showWarningMessage('Source Check: the draft changed while you typed the reason; nothing was inserted. Try the quick fix again.');
    return false;
  }
  const language = doc.languageId === 'markdown' || (doc.languageId !== 'plaintext' && /\.(md|markdown|mdx|mdown|mkd)$/i.test(doc.uri.path)) ? 'markdown' : 'plaintext';
  const insertions = acceptanceEdits(doc.getText(), language, line, code, reason);
  if (!insertions) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const i of insertions) edit.insert(doc.uri, doc.positionAt(i.offset), i.newText);
  return vscode.workspace.applyEdit(edit);
}
