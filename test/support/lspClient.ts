/**
 * A minimal LSP client for protocol tests: starts the bundled server (the
 * desktop build over stdio, or the browser build in a worker thread with the
 * file requests answered by the test), sends requests and notifications, and
 * waits for diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type OptionalVersionedTextDocumentIdentifier,
  type ProtocolConnection,
  type TextEdit,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST, type FsReadFileParams, type FsUriParams } from '../../src/protocol.ts';
import { diskFiles, type ClientFiles } from './clientFiles.ts';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** Which server bundle to start: the desktop one (dist/server.js) or the browser one (dist/web/server.js). */
export type ServerBuild = 'desktop' | 'browser';

/** The build tests start by default: `SOURCE_CHECK_SERVER_BUILD=browser` runs them against the browser bundle. */
export const DEFAULT_BUILD: ServerBuild = process.env.SOURCE_CHECK_SERVER_BUILD === 'browser' ? 'browser' : 'desktop';

/** How a test starts the server. */
export interface ServerOptions {
  build?: ServerBuild;
  /** What answers the browser build's file requests (default: the disk, for file: URIs). */
  files?: ClientFiles;
  /** More command-line arguments of the desktop server (after `--stdio`). */
  args?: string[];
}

/** A running server and a client connection to it. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly build: ServerBuild;
  private readonly child: ChildProcess | undefined;
  private readonly worker: Worker | undefined;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  /** How many times the server asked for settings. */
  configurationRequests = 0;
  /** How many publishDiagnostics notifications arrived, for latency measurements. */
  publishCount = 0;
  /** Every message the browser build sent (requests, notifications, answers), in order. */
  readonly received: unknown[] = [];
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  /** Resolves to the server's exit code (or the signal that ended it) when it exits. */
  readonly exited: Promise<number | string>;

  /** Starts `dist/server.js --stdio`, or `dist/web/server.js` in a worker thread (`options.build`). */
  constructor(options: ServerOptions = {}) {
    this.build = options.build ?? DEFAULT_BUILD;
    if (this.build === 'browser') {
      const worker = new Worker(path.join(ROOT, 'test', 'support', 'webWorkerShim.cjs'), {
        // the README link of diagnostics is relative to the bundle, as in the browser (no file: URI of the disk in it)
        workerData: { bundle: path.join(ROOT, 'dist', 'web', 'server.js'), href: 'https://extension.invalid/source-check/dist/web/server.js' },
        stderr: true,
        stdout: true,
      });
      this.worker = worker;
      worker.stderr.on('data', (d) => (this.stderr += d));
      worker.stdout.on('data', (d) => (this.stderr += d));
      worker.on('error', (error) => (this.stderr += `${error.stack}\n`));
      worker.on('message', (message) => this.received.push(message));
      this.exited = new Promise((resolve) => worker.on('exit', (code) => resolve(code)));
      this.connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
      const files = options.files ?? diskFiles;
      this.connection.onRequest(FS_READ_FILE_REQUEST, (p: FsReadFileParams) => files.readFile(p.uri, p.maxBytes) as { text: string });
      this.connection.onRequest(FS_STAT_REQUEST, (p: FsUriParams) => files.stat(p.uri));
      this.connection.onRequest(FS_READ_DIRECTORY_REQUEST, (p: FsUriParams) => files.readDirectory(p.uri));
    } else {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.child = child;
      child.stderr!.on('data', (d) => (this.stderr += d));
      this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
      child.stdin!.on('error', () => {}); // writes after a crash; the test sees the exit
      this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
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
    this.openUri(uriOf(file), text, languageId);
  }

  /** Opens a document by URI (any scheme). */
  openUri(uri: string, text: string, languageId = 'markdown'): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Waits until diagnostics for `file` satisfy `predicate` (polling the last published set). */
  waitFor(file: string, predicate: (d: Diagnostic[]) => boolean, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.waitForUri(uriOf(file), predicate, timeoutMs, file);
  }

  /** Waits until diagnostics for a URI (any scheme) satisfy `predicate`. */
  async waitForUri(uri: string, predicate: (d: Diagnostic[]) => boolean, timeoutMs = 10000, file = uri): Promise<Diagnostic[]> {
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
    this.stdio().stdin!.write(data);
  }

  /** Closes the server's input stream. */
  endInput(): void {
    this.stdio().stdin!.end();
  }

  /** Kills the server if it is still running (after tests that break its stream). */
  kill(): void {
    if (this.worker) void this.worker.terminate();
    else if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    this.connection.dispose();
  }

  private stdio(): ChildProcess {
    if (!this.child) throw new Error('the browser build has no input stream: this test runs against the desktop build only');
    return this.child;
  }

  /** Shuts the server down and waits for it to exit. */
  async close(): Promise<number | null> {
    let shutDown = false;
    try {
      await this.connection.sendRequest('shutdown');
      shutDown = true;
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const worker = this.worker;
    if (worker) {
      // a web worker does not end itself on exit: its client terminates it (as VS Code does). 0: it was
      // running and answered the shutdown; else the code it ended with by itself (or 1)
      const ended = await Promise.race([this.exited, new Promise<undefined>((r) => setTimeout(r, 20, undefined))]);
      if (ended === undefined) await worker.terminate();
      this.connection.dispose();
      return ended === undefined ? (shutDown ? 0 : 1) : typeof ended === 'number' ? ended : 1;
    }
    const child = this.child!;
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else {
        const t = setTimeout(() => child.kill(), 3000);
        child.on('exit', (c) => {
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
