// A small LSP client over stdio for the benchmarks: start the bundled server,
// open and edit documents, time requests and diagnostics.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

/** The Node flags the extension starts the server with (src/client/languageClient.ts SERVER_FLAGS; a test keeps them equal). */
export const SERVER_FLAGS = ['--expose-gc', '--max-semi-space-size=4', '--no-regexp-tier-up'];

/** A file URI. */
export const uriOf = (file) => pathToFileURL(file).toString();

/**
 * Starts `dist/server.js` over stdio, or over Node IPC with `transport: 'ipc'` (as VS Code
 * starts it: each message serialised whole by the IPC channel), `serverArgs` after the
 * transport; resolves to a client after initialize.
 */
export async function startServer(serverJs, folder, settings, serverArgs = [], transport = 'stdio') {
  // the server runs with the flags the extension gives it (src/client/languageClient.ts SERVER_FLAGS)
  const flags = [...SERVER_FLAGS, ...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : [])];
  const ipc = transport === 'ipc';
  const child = spawn(process.execPath, [...flags, serverJs, ipc ? '--node-ipc' : '--stdio', ...serverArgs], { stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['pipe', 'pipe', 'inherit'] });
  const connection = ipc ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) : createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  let waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, (published.get(p.uri) ?? 0) + 1);
    const ready = waiters;
    waiters = [];
    for (const w of ready) w();
  });
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: uriOf(folder), workspaceFolders: [{ uri: uriOf(folder), name: 'bench' }],
    capabilities: {}, initializationOptions: { settings },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pid: child.pid,
    /** Count of diagnostics published for a URI so far. */
    count: (uri) => published.get(uri) ?? 0,
    /** Waits for the next publish for `uri` after `seen` publishes (bounded by `ms`). */
    async next(uri, seen, ms = 120_000) {
      const end = Date.now() + ms;
      while ((published.get(uri) ?? 0) <= seen) {
        if (Date.now() > end) throw new Error(`no diagnostics for ${uri} within ${ms} ms`);
        await new Promise((r) => waiters.push(r));
      }
    },
    /** CPU time of the server process so far (user + system, every thread), in ms (Linux /proc). */
    cpuMs: () => {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
    },
    /** Resident memory of the server process, in MB. */
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {}
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      connection.dispose();
    },
  };
}
