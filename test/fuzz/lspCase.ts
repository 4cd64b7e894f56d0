/**
 * The LSP fuzz case: the built server (dist/server.js) gets a hostile draft
 * and a run of incremental edits with bad ranges (past the end, negative,
 * reversed) and versions going backwards; the diagnostics it publishes for
 * the final text must equal a fresh in-process check of that text.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { checkDocument } from '../../src/core/check/checkDocument.ts';
import { LineIndex } from '../../src/core/lineIndex.ts';
import { Registry } from '../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { ROOT, uriOf } from '../support/lspClient.ts';
import { hostileDraft, smallEdit, type Dice } from './drafts.ts';
import type { CaseInput } from './inProcess.ts';
import { checkSpan, Failure, hasStackTrace, timeAllowed } from './invariants.ts';
import { EXAMPLE_REGISTRY } from './registries.ts';

/** One server kept for many cases, in a workspace holding the example registry. */
export class LspSession {
  private child: ChildProcess | undefined;
  private connection: ProtocolConnection | undefined;
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  private errors: string[] = [];
  private stderr = '';
  private registry: Registry;

  /** A session in `work`; the server starts at the first case. */
  constructor(private readonly work: string) {
    mkdirSync(path.join(work, 'sources'), { recursive: true });
    mkdirSync(path.join(work, 'drafts'), { recursive: true });
    for (const f of EXAMPLE_REGISTRY) writeFileSync(path.join(work, 'sources', f.path), f.text);
    this.registry = new Registry(EXAMPLE_REGISTRY.map((f) => ({ path: path.join(work, 'sources', f.path), text: f.text })));
  }

  private async start(): Promise<ProtocolConnection> {
    if (this.connection && this.child?.exitCode === null) return this.connection;
    this.child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    const connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w();
    });
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      if (m.type === 1 || hasStackTrace(m.message)) this.errors.push(m.message);
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(this.work),
      workspaceFolders: [{ uri: uriOf(this.work), name: 'fuzz' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { settings: { debounceMs: 0 } },
    });
    await connection.sendNotification('initialized', {});
    this.connection = connection;
    return connection;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    if (!this.connection) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown').then(() => this.connection!.sendNotification('exit')), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // already gone
    }
    this.child?.kill();
    this.connection.dispose();
    this.connection = undefined;
  }

  /** One case: open, edit with bad ranges and versions, compare the last diagnostics with a fresh check. */
  async run(d: Dice, input: CaseInput, index: number): Promise<void> {
    const connection = await this.start();
    const file = path.join(this.work, 'drafts', `case-${index}.md`);
    const uri = uriOf(file);
    let doc = TextDocument.create(uri, 'markdown', 1, hostileDraft(d, false));
    const log: unknown[] = [{ open: doc.getText() }];
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.getText() } });
    for (let i = 0, n = 1 + d.int(12); i < n; i++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let j = 0, m = 1 + d.int(3); j < m; j++) changes.push(randomChange(d, doc));
      const version = d.chance(0.2) ? d.int(5) - 2 : doc.version + 1 + d.int(3);
      doc = TextDocument.update(doc, changes, version);
      log.push({ version, changes });
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      if (d.chance(0.3)) await new Promise((r) => setTimeout(r, d.int(15)));
    }
    // a last change with a version no other carried, so its diagnostics are known when they come
    const last = 1_000_000_000 + index;
    const finalChange = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: d.pick(['', ' ', '“']) };
    doc = TextDocument.update(doc, [finalChange], last);
    log.push({ version: last, changes: [finalChange] });
    input.files['session.json'] = JSON.stringify(log, null, 1);
    input.files['final.md'] = doc.getText();
    input.size = doc.getText().length;
    void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: last }, contentChanges: [finalChange] });
    const got = await this.waitFor(uri, last, timeAllowed(input.size, 10_000));
    void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (this.errors.length) throw new Failure('crash', `the server logged an error: ${this.errors.splice(0).join('\n').slice(0, 2000)}`);
    const text = doc.getText();
    const expected = checkDocument({ path: file, text, language: 'markdown' }, this.registry, DEFAULT_SETTINGS);
    const lines = new LineIndex(text);
    const want = expected.findings.map((f) => ({ range: lines.rangeOf(f), code: f.code, message: f.message }));
    const have = got.map((g: Diagnostic) => ({ range: g.range, code: g.code, message: g.message }));
    for (const g of got) {
      const span = { start: lines.offsetAt(g.range.start), end: lines.offsetAt(g.range.end) };
      checkSpan(text, lines, span, `server ${g.code}`);
    }
    if (JSON.stringify(have) !== JSON.stringify(want)) {
      const firstDiff = have.findIndex((h, i) => JSON.stringify(h) !== JSON.stringify(want[i]));
      throw new Failure('incremental', `the server's diagnostics for the final text differ from a fresh check (${have.length} vs ${want.length}; first difference at ${firstDiff}: ${JSON.stringify(have[firstDiff])} vs ${JSON.stringify(want[firstDiff])})`);
    }
  }

  private async waitFor(uri: string, version: number, timeoutMs: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.published.get(uri);
      if (p && p.version === version) {
        this.published.delete(uri);
        return p.diagnostics;
      }
      if (this.child?.exitCode !== null) throw new Failure('crash', `the server exited (${this.child?.exitCode}): ${this.stderr.slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Failure('hang', `no diagnostics for version ${version} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

/** A content change: mostly a small edit in range, sometimes past the end, negative, reversed, or the whole text. */
function randomChange(d: Dice, doc: TextDocument): TextDocumentContentChangeEvent {
  const text = doc.getText();
  if (d.chance(0.05)) return { text: smallEdit(d, text) };
  const pos = () => doc.positionAt(d.int(text.length + 1));
  let start = pos();
  let end = d.chance(0.5) ? start : pos();
  if (d.chance(0.15)) end = { line: doc.lineCount + d.int(5), character: d.int(100) };
  if (d.chance(0.1)) start = { line: -d.int(3), character: -d.int(10) };
  if (d.chance(0.1)) start = { line: start.line, character: start.character + 1000 };
  if (d.chance(0.1)) [start, end] = [end, start];
  const piece = smallEdit(d, '').slice(0, 200) || d.pick(['“', '"', '\n', ' said Milley', '']);
  return { range: { start, end }, text: piece };
}
