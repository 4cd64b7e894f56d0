/**
 * Registry workflow in a real VS Code, on the same copy of examples/newsroom:
 * completion of a person id inside a registry file, and the "Add to the
 * registry…" quick fix, after which the captured quote verifies.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { until, withCode } from '../../support/editorPolling.ts';

type Define = (title: string, fn: () => Promise<void>) => void;

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (...parts: string[]) => vscode.Uri.joinPath(root(), ...parts);

/** Registers the registry workflow's editor tests. */
export function registerRegistryTests(test: Define): void {
  test('completion after statusBy: in a registry file offers the people of the registry', async () => {
    const doc = await vscode.workspace.openTextDocument(file('sources', 'seely-letter.yaml'));
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('statusBy: '));
    const list = await until('completion items from the server', async () => {
      const got = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 'statusBy: '.length));
      return got.items.some((i) => i.label === 'mark-milley') && got;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['mark-milley', 'william-seely', 'reuters', 'afp']) assert.ok(labels.includes(id), `${id} among ${labels.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('"Add to the registry…" on an unverified quote creates the statement in sources/statements.yaml; the quote then verifies', async () => {
    const draft = file('drafts', 'capture.md');
    const statements = file('sources', 'statements.yaml');
    fs.writeFileSync(draft.fsPath, '# Notes\n\nGen. Mark Milley said: "We will hold the river crossing for as long as it takes."\n');
    try {
      const doc = await vscode.workspace.openTextDocument(draft);
      await vscode.window.showTextDocument(doc);
      const finding = await until('unverified-quote', () => withCode(doc.uri, 'unverified-quote')[0]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, finding.range);
      const capture = actions.find((a) => a.title.startsWith('Add to the registry…'));
      assert.ok(capture?.edit, `the capture among: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(capture.edit));
      if (capture.command) await vscode.commands.executeCommand(capture.command.command, ...(capture.command.arguments ?? []));
      const entry = await vscode.workspace.openTextDocument(statements);
      assert.match(entry.getText(), /- id: mark-milley-\d{4}-\d\d-\d\d\n {2}type: statement\n {2}speaker: mark-milley\n {2}date: \d{4}-\d\d-\d\d\n {2}status: unverified\n {2}text: We will hold the river crossing for as long as it takes\.\n/);
      await until('the editor showing the new entry', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('sources/statements.yaml'));
      assert.match(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), /^mark-milley-\d{4}-\d\d-\d\d$/);
      await entry.save();
      await until('the quote verified', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(draft.fsPath, { force: true });
      fs.rmSync(statements.fsPath, { force: true });
    }
  });
}
