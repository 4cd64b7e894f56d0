/**
 * The registry workflow in a real VS Code, on the copy of examples/newsroom:
 * Find All References and the CodeLens from a registry entry to drafts never
 * opened, Label Source… writing the entry and flagging the drafts, and the
 * Sources view showing the labelled source with its drafts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf } from '../../support/editorPolling.ts';

type Define = (title: string, fn: () => Promise<void>) => void;

/** The Sources view's nodes, as far as these tests read them (src/client/sourcesView.ts). */
type Node = { kind: string; status?: string; source?: { id: string }; uri?: string };
interface ExtensionApi {
  sourcesView: { getChildren(node?: Node): Promise<Node[]>; getTreeItem(node: Node): vscode.TreeItem };
}

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (...parts: string[]) => vscode.Uri.joinPath(root(), ...parts);
const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const api = () => vscode.extensions.all.find((e) => e.packageJSON.name === 'source-check')!.exports as ExtensionApi;

/** Polls until `check` returns a value (not undefined/false), or fails after `ms`. Never a fixed sleep. */
async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function idPosition(doc: vscode.TextDocument, id: string): vscode.Position {
  const at = doc.getText().indexOf(`id: ${id}`);
  assert.ok(at >= 0, `id: ${id} is in ${doc.uri.path}`);
  return doc.positionAt(at + 5);
}

/** Registers the registry workflow tests. */
export function registerRegistryWorkflowTests(test: Define): void {
  test('Find All References from a registry entry lists drafts that were never opened', async () => {
    const unopened = file('drafts', 'never-opened.md');
    fs.writeFileSync(unopened.fsPath, '# Wire copy\n\nThe letter said "CJTF-OIR will be repositioning forces over the course of the coming days and weeks."\n');
    try {
      const letter = await vscode.workspace.openTextDocument(file('sources', 'seely-letter.yaml'));
      await vscode.window.showTextDocument(letter);
      const refs = await until('references in never-opened.md', async () => {
        const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', letter.uri, idPosition(letter, 'seely-letter'));
        return found?.some((l) => baseName(l.uri) === 'never-opened.md') && found;
      });
      assert.ok(!vscode.workspace.textDocuments.some((d) => baseName(d.uri) === 'never-opened.md'), 'the draft was never opened');
      const line = refs.find((l) => baseName(l.uri) === 'never-opened.md')!.range.start.line;
      assert.equal(line, 2);
      assert.ok(refs.some((l) => baseName(l.uri) === 'withdrawal-announced.md'));
    } finally {
      fs.rmSync(unopened.fsPath, { force: true });
    }
  });

  test('a CodeLens above the source entry counts its quotes and its command shows them', async () => {
    const letter = await vscode.workspace.openTextDocument(file('sources', 'seely-letter.yaml'));
    await vscode.window.showTextDocument(letter);
    const lens = await until('the CodeLens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', letter.uri);
      return lenses?.find((l) => /^quoted in \d+ places in \d+ drafts · \d+ findings$/.test(l.command?.title ?? ''));
    });
    assert.equal(lens.range.start.line, idPosition(letter, 'seely-letter').line);
    assert.equal(lens.command!.command, 'sourceCheck.showReferences');
    assert.equal(await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])), true, 'the LSP arguments are converted and shown');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('Label Source… writes the entry, the drafts quoting it show source-status, and the Sources view shows it labelled with its drafts', async () => {
    const remarksUri = file('sources', 'milley-remarks.yaml');
    const original = fs.readFileSync(remarksUri.fsPath, 'utf8');
    const outcome = await vscode.commands.executeCommand<{ message: string; impact: { drafts: number } } | undefined>('sourceCheck.labelSource', {
      id: 'milley-remarks-2020-01-06',
      status: 'mistaken',
      statusBy: 'mark-milley',
      statusDate: '2020-01-07',
      statusSource: null,
      statusNote: 'Said in error, corrected the next day',
    });
    const remarks = await vscode.workspace.openTextDocument(remarksUri);
    try {
      assert.ok(outcome, 'the command ran to the end');
      assert.match(outcome.message, /^Labelled mistaken — now flagged in \d+ places? in 2 drafts$/);
      assert.equal(remarks.getText(), original.replace('status: verified\n', 'status: mistaken\n') + 'statusBy: mark-milley\nstatusDate: 2020-01-07\nstatusNote: Said in error, corrected the next day\n');
      assert.ok(remarks.isDirty, 'the edit is applied, not saved: the writer saves or undoes it');
      const clarified = await vscode.workspace.openTextDocument(file('drafts', 'withdrawal-clarified.md'));
      await vscode.window.showTextDocument(clarified);
      await until('source-status on the draft quoting the remarks', () =>
        vscode.languages.getDiagnostics(clarified.uri).some((d) => codeOf(d) === 'source-status' && /labelled mistaken/.test(d.message)));

      await vscode.commands.executeCommand('workbench.view.extension.sourceCheck');
      const view = api().sourcesView;
      const group = await until('a Mistaken group', async () => (await view.getChildren()).find((n) => n.kind === 'group' && n.status === 'mistaken'));
      assert.equal(view.getTreeItem(group).label, 'Mistaken (1)');
      const [source] = await view.getChildren(group);
      assert.equal(source.source?.id, 'milley-remarks-2020-01-06');
      assert.match(String(view.getTreeItem(source).description), /^2 quotes in 2 drafts · \d+ findings?$/);
      const drafts = (await view.getChildren(source)).map((n) => n.uri!.slice(n.uri!.lastIndexOf('/') + 1)).sort();
      assert.deepEqual(drafts, ['misattributed.md', 'withdrawal-clarified.md']);
      const top = (await view.getChildren()).map((n) => n.status ?? n.kind);
      assert.deepEqual(top, ['mistaken', 'draft', 'people'], 'labelled sources first; no verified source is left');
    } finally {
      // back to the file as it was, saved (closing a dirty editor here would answer its save prompt)
      const whole = new vscode.Range(remarks.positionAt(0), remarks.positionAt(remarks.getText().length));
      const restore = new vscode.WorkspaceEdit();
      restore.replace(remarks.uri, whole, original);
      await vscode.workspace.applyEdit(restore);
      await remarks.save();
    }
    assert.equal(fs.readFileSync(remarksUri.fsPath, 'utf8'), original);
  });

  test('Label Source… with a new statement: the entry names it as statusSource and sources/statements.yaml is created holding it', async () => {
    const remarksUri = file('sources', 'milley-remarks.yaml');
    const statementsUri = file('sources', 'statements.yaml');
    const original = fs.readFileSync(remarksUri.fsPath, 'utf8');
    assert.ok(!fs.existsSync(statementsUri.fsPath), 'no statements.yaml yet');
    const outcome = await vscode.commands.executeCommand<{ statementId?: string; message: string } | undefined>('sourceCheck.labelSource', {
      id: 'milley-remarks-2020-01-06',
      status: 'mistaken',
      statusBy: 'mark-milley',
      statusDate: '2020-01-07',
      statusNote: null,
      newStatement: { text: 'I misspoke on Monday.', url: 'https://example.org/corrected' },
    });
    const remarks = await vscode.workspace.openTextDocument(remarksUri);
    try {
      assert.ok(outcome, 'the command ran to the end');
      assert.equal(outcome.statementId, 'mark-milley-2020-01-07');
      assert.equal(remarks.getText(), original.replace('status: verified\n', 'status: mistaken\n') + 'statusBy: mark-milley\nstatusDate: 2020-01-07\nstatusSource: mark-milley-2020-01-07\n');
      const statements = await vscode.workspace.openTextDocument(statementsUri);
      assert.equal(statements.getText(), '- id: mark-milley-2020-01-07\n  type: statement\n  speaker: mark-milley\n  date: 2020-01-07\n  status: unverified\n  text: I misspoke on Monday.\n  url: https://example.org/corrected\n');
      await statements.save();
    } finally {
      const whole = new vscode.Range(remarks.positionAt(0), remarks.positionAt(remarks.getText().length));
      const restore = new vscode.WorkspaceEdit();
      restore.replace(remarks.uri, whole, original);
      restore.deleteFile(statementsUri, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(restore);
      await remarks.save();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    assert.equal(fs.readFileSync(remarksUri.fsPath, 'utf8'), original);
    await until('statements.yaml deleted', () => !fs.existsSync(statementsUri.fsPath));
  });
}
