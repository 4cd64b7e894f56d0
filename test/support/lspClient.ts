/**
 * A minimal LSP client for protocol tests: starts the bundled server over
 * stdio, sends requests and notifications, and waits for diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type OptionalVersionedTextDocumentIdentifier,
  type ProtocolConnection,
  type TextEdit,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** A running server and a client connection to it. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  /** How many times the server asked for settings. */
  configurationRequests = 0;
  /** How many publishDiagnostics notifications arrived, for latency measurements. */
  publishCount = 0;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  /** Resolves to the server's exit code (or the signal that ended it) when it exits. */
  readonly exited: Promise<number | string>;

  /** Starts `dist/server.js --stdio`. */
  constructor() {
    this.child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
    this.child.stdin!.on('error', () => {}); // writes after a crash; the test sees the exit
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publishCount++;
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/configuration', () => {
      this.configurationRequests++;
      return [this.settings];
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  /** Settings answered to workspace/configuration. */
  settings: Record<string, unknown> = {};

  /** initialize + initialized for a workspace folder (`options`: more initialization options; `window`: the client's window capabilities). */
  async initialize(folder: string, settings: Record<string, unknown> = {}, options: Record<string, unknown> = {}, window: Record<string, unknown> = {}): Promise<void> {
    this.settings = settings;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, window },
      initializationOptions: { settings: { debounceMs: 10, ...settings }, ...options },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Waits until the server has asked for its settings and handled the answer (it re-checks open drafts then). */
  async settled(timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.configurationRequests === 0) {
      if (Date.now() > deadline) throw new Error(`the server did not ask for settings within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    // messages are handled in order: once this is answered, the settings answer has been handled
    await this.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///settled.md' }, position: { line: 0, character: 0 } });
  }

  /** Opens a document. */
  open(file: string, text: string, languageId = 'markdown'): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId, version: 1, text } });
  }

  /** Waits until diagnostics for `file` satisfy `predicate` (polling the last published set). */
  async waitFor(file: string, predicate: (d: Diagnostic[]) => boolean, timeoutMs = 10000): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = this.diagnostics.get(uri);
      if (got && predicate(got.diagnostics)) return got.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${file} within ${timeoutMs} ms; last: ${JSON.stringify(got?.diagnostics.map((d) => [d.code, d.severity, d.message]))}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Writes bytes straight to the server's input, bypassing the message writer (for framing tests). */
  writeRaw(data: string): void {
    this.child.stdin!.write(data);
  }

  /** Closes the server's input stream. */
  endInput(): void {
    this.child.stdin!.end();
  }

  /** Kills the server if it is still running (after tests that break its stream). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    this.connection.dispose();
  }

  /** Shuts the server down and waits for it to exit. */
  async close(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const code = await new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else {
        const t = setTimeout(() => this.child.kill(), 3000);
        this.child.on('exit', (c) => {
          clearTimeout(t);
          resolve(c);
        });
      }
    });
    this.connection.dispose();
    return code;
  }
}

/** A file URI. */
export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

/** The one document change of a code action's edit: the document and version it names, and its plain text edits. */
export function documentChangeOf(action: CodeAction): { textDocument: OptionalVersionedTextDocumentIdentifier; edits: TextEdit[] } {
  const changes = action.edit?.documentChanges ?? [];
  if (changes.length !== 1 || !('edits' in changes[0])) throw new Error(`expected one text document edit, got ${JSON.stringify(action.edit)}`);
  const change = changes[0];
  return { textDocument: change.textDocument, edits: change.edits.map((e) => ('newText' in e ? e : { range: e.range, newText: `snippet: ${e.snippet.value}` })) };
}
