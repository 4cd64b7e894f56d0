/**
 * What a writer sees in vscode.dev / github.dev, asserted through the VS Code
 * API in the web-worker extension host on a copy of examples/newsroom served
 * as a virtual folder (`vscode-test-web://mount/`): the server runs in a web
 * worker and reads every file through the client. No Node here: no node:fs,
 * no node:assert; files are written with vscode.workspace.fs.
 */
import * as vscode from 'vscode';
import { codeOf, until, withCode } from '../../support/editorPolling.ts';

type Define = (title: string, fn: () => Promise<void>) => void;

/** A failed expectation. */
function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (...parts: string[]) => vscode.Uri.joinPath(root(), ...parts);
const describe = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join(' | ') || 'none';

async function open(...parts: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(...parts));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, text: string): vscode.Position {
  const at = doc.getText().indexOf(text);
  ok(at >= 0, `"${text}" is in ${doc.uri.path}`);
  return doc.positionAt(at);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Registers every web test. */
export function registerWebTests(test: Define): void {
  test('activates on a Markdown draft in a virtual folder and publishes the story’s findings with codes, severities and ranges', async () => {
    ok(root().scheme !== 'file', `the workspace is a virtual folder (${root().toString()})`);
    const doc = await open('drafts', 'withdrawal-announced.md');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'source-check');
    ok(ext, 'the extension is installed');
    await until('activation', () => ext.isActive);
    const status = await until(() => `two source-status findings (have: ${describe(doc.uri)})`, () => {
      const found = withCode(doc.uri, 'source-status');
      return found.length >= 2 && found;
    });
    for (const d of status) {
      ok(d.severity === vscode.DiagnosticSeverity.Error, `the example’s .vscode/settings.json makes quoting a draft an error (was severity ${d.severity})`);
      ok(/labelled a draft by Mark Milley on 2020-01-06/.test(d.message), d.message);
      ok(d.source === 'source-check', `source ${d.source}`);
      ok((d.relatedInformation ?? []).some((r) => r.location.uri.path.endsWith('sources/seely-letter.yaml') && r.location.uri.scheme === root().scheme), 'the related entry is a URI of the virtual folder');
    }
    ok(status.some((d) => doc.getText(d.range).startsWith('CJTF-OIR will be repositioning forces')), `a range covers the quoted words (ranges: ${status.map((d) => doc.getText(d.range).slice(0, 30)).join(' | ')})`);

    const misattributed = await open('drafts', 'misattributed.md');
    const m = await until(() => `misattributed-quote (have: ${describe(misattributed.uri)})`, () => withCode(misattributed.uri, 'misattributed-quote')[0]);
    ok(/^It was a/.test(misattributed.getText(m.range)), `the range starts at the quote: ${misattributed.getText(m.range)}`);
  });

  test('hover on a flagged quote shows the source card', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    await until('diagnostics', () => withCode(doc.uri, 'source-status').length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'repositioning forces'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    ok(/Letter from Task Force Iraq/.test(text), `the title in the hover: ${text.slice(0, 300)}`);
    ok(/Status: \*\*draft\*\* — set by Mark Milley on 2020-01-06/.test(text), `the label in the hover: ${text.slice(0, 300)}`);
  });

  test('go to definition lands in the registry file of the virtual folder', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'repositioning forces'));
    ok(result.length === 1, `one definition (got ${result.length})`);
    const target = 'targetUri' in result[0] ? result[0].targetUri : result[0].uri;
    ok(target.scheme === root().scheme && target.path.endsWith('sources/seely-letter.yaml'), `the entry’s file as a URI of the folder: ${target.toString()}`);
  });

  test('the Sources view lists the registry’s sources by status', async () => {
    const api = vscode.extensions.all.find((e) => e.packageJSON.name === 'source-check')!.exports as { sourcesView: vscode.TreeDataProvider<unknown> };
    const groups = (await api.sourcesView.getChildren()) as { kind: string; status?: string; sources?: { id: string }[] }[];
    const draft = groups.find((g) => g.kind === 'group' && g.status === 'draft');
    ok(draft?.sources?.some((x) => x.id === 'seely-letter'), `a Draft group with seely-letter (groups: ${groups.map((g) => g.status ?? g.kind).join(', ')})`);
  });

  test('Check Sources fills diagnostics for drafts that were never opened', async () => {
    // drafts/never-opened.md is written into the folder by the runner, before the workbench starts
    const unopened = file('drafts', 'never-opened.md');
    ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft is not open');
    ok(withCode(unopened, 'misattributed-quote').length === 0, `no findings before (have: ${describe(unopened)})`);
    const result = await vscode.commands.executeCommand<{ checked: number; findings: number; skipped: unknown[] }>('sourceCheck.checkSources');
    ok(result && result.checked >= 5, `every draft of the folder is checked (result: ${JSON.stringify(result)})`);
    await until(() => `diagnostics on the unopened draft (have: ${describe(unopened)})`, () => withCode(unopened, 'misattributed-quote').length > 0);
    ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'still not open');
  });

  test('editing a registry entry’s status re-checks an open draft', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    await until('initial findings', () => withCode(doc.uri, 'source-status').length > 0);
    const letter = file('sources', 'seely-letter.yaml');
    const original = decoder.decode(await vscode.workspace.fs.readFile(letter));
    ok(original.includes('status: draft'), 'the entry is labelled a draft');
    try {
      await vscode.workspace.fs.writeFile(letter, encoder.encode(original.replace('status: draft', 'status: retracted')));
      const d = await until(() => `the retracted label (have: ${describe(doc.uri)})`, () => withCode(doc.uri, 'source-status').find((x) => /labelled retracted/.test(x.message)));
      ok(d.severity === vscode.DiagnosticSeverity.Error, `severity ${d.severity}`);
    } finally {
      await vscode.workspace.fs.writeFile(letter, encoder.encode(original));
    }
    await until(() => `the draft label back (have: ${describe(doc.uri)})`, () => withCode(doc.uri, 'source-status').some((x) => /labelled a draft/.test(x.message)));
  });

  test('the workbench shows the draft with its findings in the Problems panel (the runner’s screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const doc = await open('drafts', 'withdrawal-announced.md');
    await until('findings shown', () => withCode(doc.uri, 'source-status').length >= 2);
    const start = positionOf(doc, 'CJTF-OIR');
    vscode.window.activeTextEditor!.selection = new vscode.Selection(start, start);
    // the runner takes the screenshot on this line, then presses Ctrl+End in the editor: the cursor at the end says it is taken
    console.log('[web-screenshot] ready');
    const last = doc.lineAt(doc.lineCount - 1).range.end;
    await until('the runner’s screenshot (it presses Ctrl+End when done)', () => vscode.window.activeTextEditor?.selection.active.isEqual(last));
  });
}
