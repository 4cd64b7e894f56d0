/**
 * What a writer sees in VS Code, asserted through the VS Code API on a copy
 * of examples/newsroom: diagnostics, hover, definition, quick fix, Check
 * Sources, registry edits, settings and broken registry files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { until, withCode } from '../../support/editorPolling.ts';

type Define = (title: string, fn: () => Promise<void>) => void;

/** What the extension's activate() returns (src/client/extension.ts). */
interface ExtensionApi {
  client(): { state: number; serverProcess?: { pid?: number } } | undefined;
  crashes: { lastReport?: { message: string; crashes: number }; history: string[] };
}
/** vscode-languageclient's State values. */
const STOPPED = 1;
const RUNNING = 2;

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (...parts: string[]) => vscode.Uri.joinPath(root(), ...parts);

async function open(...parts: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(...parts));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, text: string): vscode.Position {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in ${doc.uri.path}`);
  return doc.positionAt(at);
}

/** Registers every editor test. */
export function registerEditorTests(test: Define): void {
  test('activates on a Markdown draft and publishes the story’s findings with codes, severities and ranges', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'source-check');
    assert.ok(ext, 'the extension is installed');
    await until('activation', () => ext.isActive);
    const status = await until('source-status findings', () => {
      const found = withCode(doc.uri, 'source-status');
      return found.length >= 2 && found;
    });
    for (const d of status) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error, 'the example’s settings make quoting a draft an error');
      assert.match(d.message, /labelled a draft by Mark Milley on 2020-01-06/);
      assert.equal(d.source, 'source-check');
      assert.ok((d.relatedInformation ?? []).some((r) => r.location.uri.path.endsWith('sources/seely-letter.yaml')));
    }
    assert.ok(status.some((d) => doc.getText(d.range).startsWith('CJTF-OIR will be repositioning forces')), 'a range covers the quoted words');

    const clarified = await open('drafts', 'withdrawal-clarified.md');
    const info = await until('acknowledged finding', () => withCode(clarified.uri, 'source-status').find((d) => /acknowledged/.test(d.message)));
    assert.equal(info.severity, vscode.DiagnosticSeverity.Information);

    const misattributed = await open('drafts', 'misattributed.md');
    const m = await until('misattributed-quote', () => withCode(misattributed.uri, 'misattributed-quote')[0]);
    assert.match(misattributed.getText(m.range), /^It was a/);
  });

  test('hover on a flagged quote shows the source card', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    await until('diagnostics', () => withCode(doc.uri, 'source-status').length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'repositioning forces'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Letter from Task Force Iraq/);
    assert.match(text, /Status: \*\*draft\*\* — set by Mark Milley on 2020-01-06/);
    assert.match(text, /prepare for onward movement/);
  });

  test('go to definition lands in the registry file at the entry', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'repositioning forces'));
    assert.equal(result.length, 1);
    const target = 'targetUri' in result[0] ? result[0].targetUri : result[0].uri;
    const range = 'targetRange' in result[0] ? result[0].targetRange : result[0].range;
    assert.ok(target.path.endsWith('sources/seely-letter.yaml'), target.path);
    const registry = await vscode.workspace.openTextDocument(target);
    assert.equal(registry.lineAt(range.start.line).text, 'id: seely-letter');
  });

  test('the misquote quick fix is offered and applying it clears the finding', async () => {
    const doc = await open('drafts', 'misquoted-letter.md');
    const misquote = await until('misquote', () => withCode(doc.uri, 'misquote')[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, misquote.range);
    const fix = actions.find((a) => /verbatim wording/.test(a.title));
    assert.ok(fix?.edit, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /the movement out of Iraq/);
    await until('misquote cleared', () => withCode(doc.uri, 'misquote').length === 0);
    await doc.save();
  });

  test('Check Sources fills diagnostics for drafts that were never opened', async () => {
    const unopened = file('drafts', 'never-opened.md');
    fs.writeFileSync(unopened.fsPath, '# Wire copy\n\n"That letter is a draft. It was a mistake," Seely said.\n');
    assert.equal(vscode.languages.getDiagnostics(unopened).length, 0);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
    await vscode.commands.executeCommand('sourceCheck.checkSources');
    await until('diagnostics on the unopened draft', () => withCode(unopened, 'misattributed-quote').length > 0);
  });

  test('editing a registry entry’s status re-checks an open draft', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    await until('initial findings', () => withCode(doc.uri, 'source-status').length > 0);
    const letter = file('sources', 'seely-letter.yaml');
    const original = fs.readFileSync(letter.fsPath, 'utf8');
    try {
      fs.writeFileSync(letter.fsPath, original.replace('status: draft', 'status: retracted'));
      const d = await until('the retracted label', () => withCode(doc.uri, 'source-status').find((x) => /labelled retracted/.test(x.message)));
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      fs.writeFileSync(letter.fsPath, original);
    }
    await until('the draft label back', () => withCode(doc.uri, 'source-status').some((x) => /labelled a draft/.test(x.message)));
  });

  test('changing sourceCheck.severity settings changes severities', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    const config = vscode.workspace.getConfiguration('sourceCheck');
    await config.update('severity.draft', 'hint', vscode.ConfigurationTarget.Workspace);
    try {
      await until('hint severity', () => {
        const found = withCode(doc.uri, 'source-status');
        return found.length > 0 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Hint);
      });
      await config.update('severity.source-status', 'off', vscode.ConfigurationTarget.Workspace);
      await config.update('severity.draft', undefined, vscode.ConfigurationTarget.Workspace);
      await until('findings switched off', () => withCode(doc.uri, 'source-status').length === 0);
    } finally {
      await config.update('severity.source-status', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('severity.draft', 'error', vscode.ConfigurationTarget.Workspace);
    }
    await until('errors again', () => withCode(doc.uri, 'source-status').some((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  test('a broken registry file shows a registry-error and the other entries keep working', async () => {
    const doc = await open('drafts', 'withdrawal-announced.md');
    const broken = file('sources', 'broken.yaml');
    fs.writeFileSync(broken.fsPath, 'id: broken-entry\ntype: letter\ncolour: red\n  oops: [\n');
    try {
      const errors = await until('registry-error on the broken file', () => withCode(broken, 'registry-error').length > 0 && withCode(broken, 'registry-error'));
      assert.ok(errors.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      await until('findings on the draft still', () => withCode(doc.uri, 'source-status').length >= 2);
    } finally {
      fs.rmSync(broken.fsPath, { force: true });
    }
    await until('registry-error cleared', () => withCode(broken, 'registry-error').length === 0);
  });

  test('typing an unclosed quotation shows unclosed-quote at its mark; the quick fix closes it and the quote is checked', async () => {
    const draft = file('drafts', 'typing.md');
    fs.writeFileSync(draft.fsPath, '# Notes\n\nSeely wrote that troops would go.\n');
    try {
      const doc = await open('drafts', 'typing.md');
      const editor = await vscode.window.showTextDocument(doc);
      const at = positionOf(doc, 'go.');
      assert.ok(await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 3)), '“to prepare for onward movement.')));
      const d = await until('unclosed-quote while typing', () => withCode(doc.uri, 'unclosed-quote')[0]);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(doc.getText(d.range), '“');
      assert.match(d.message, /no ” closes it/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
      const fix = actions.find((a) => /Close the quotation/.test(a.title));
      assert.ok(fix?.edit, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(doc.getText(), '# Notes\n\nSeely wrote that troops would “to prepare for onward movement.”\n', 'the writer’s words are kept, the mark added');
      await until('unclosed-quote cleared', () => withCode(doc.uri, 'unclosed-quote').length === 0);
      await until('the closed quote checked against the letter', () => withCode(doc.uri, 'source-status').some((x) => /labelled a draft/.test(x.message)));
      await doc.save();
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(draft.fsPath, { force: true });
    }
  });

  test('a server that keeps crashing is restarted 4 times, then stopped with a message naming the reason; Restart Server brings it back', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'source-check')!;
    const api = ext.exports as ExtensionApi;
    const killed: number[] = [];
    try {
      for (let crash = 1; crash <= 5; crash++) {
        const pid = await until(() => `a running server before crash ${crash} (the handler saw: ${api.crashes.history.join('; ') || 'nothing'})`, () => {
          const client = api.client();
          const p = client?.state === RUNNING ? client.serverProcess?.pid : undefined;
          return p !== undefined && !killed.includes(p) && p;
        });
        killed.push(pid);
        process.kill(pid, 'SIGKILL');
      }
      const report = await until(() => `the crash-loop message (the handler saw: ${api.crashes.history.join('; ') || 'nothing'})`, () => api.crashes.lastReport);
      assert.equal(report.crashes, 5);
      assert.match(report.message, /^Source Check: the language server crashed 5 times in 3 minutes \(last: .+\); it is stopped\./);
      await until('the client stopped', () => api.client()?.state === STOPPED);
      const doc = await open('drafts', 'withdrawal-announced.md');
      await until('the stopped server\'s findings cleared', () => withCode(doc.uri, 'source-status').length === 0);

      await vscode.commands.executeCommand('sourceCheck.restartServer');
      await until('the server running again', () => api.client()?.state === RUNNING);
      await until('findings again after the restart', () => withCode(doc.uri, 'source-status').length >= 2);
    } finally {
      // Whatever failed above, the tests after this one get a running server.
      if (api.client()?.state !== RUNNING) {
        await vscode.commands.executeCommand('sourceCheck.restartServer');
        await until('the server running again for the next tests', () => api.client()?.state === RUNNING).catch(() => undefined);
      }
    }
  });
}
