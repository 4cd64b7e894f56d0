// LSP measurements against the bundled server: one-character edits in the
// middle of the 1 MB draft (edit → next publishDiagnostics), server memory,
// and "Check Sources" over 1,000 drafts with hover latency between chunks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { percentile } from './measure.mjs';
import { startServer, uriOf } from './lspClient.mjs';

/** Where the bench's servers keep the registry index cache (emptied for a cold open). */
const indexCacheOf = (serverJs) => path.join(path.dirname(serverJs), '..', 'bench', '.cache', 'lsp-index-cache');

/** Opens the 1 MB draft in a new server (started with `serverArgs`): the time to its first diagnostics, and the server with it open. */
async function openDraft(serverJs, input, registry, serverArgs, transport) {
  const server = await startServer(serverJs, path.dirname(input.draft), { registry: [registry], debounceMs: 0 }, serverArgs, transport);
  const text = fs.readFileSync(input.draft, 'utf8');
  const uri = uriOf(input.draft);
  const seen = server.count(uri);
  const t0 = performance.now();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await server.next(uri, seen);
  return { server, text, uri, openMs: performance.now() - t0 };
}

/** p50/p95 of 200 one-character edits in the middle of the open draft (edit → next publishDiagnostics), and the server's CPU per edit. */
async function edits(server, text, uri) {
  const line = Math.floor(text.split('\n').length / 2);
  const times = [];
  const cpu0 = server.cpuMs();
  for (let i = 0; i < 200; i++) {
    const seen = server.count(uri);
    const t = performance.now();
    const change = i % 2 === 0 ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    await server.next(uri, seen);
    times.push(performance.now() - t);
  }
  // the server's own CPU per edit (every thread: its collector's too), steadier than the latencies on a shared host
  return { p50: percentile(times, 50), p95: percentile(times, 95), serverCpuMs: (server.cpuMs() - cpu0) / times.length };
}

/**
 * With `registry`: the first diagnostics after opening the 1 MB draft as the server starts by
 * default (no index cache), then with `--cache-location` (once to write the cache, then read
 * from it); 200 edits over stdio, and over Node IPC in another server.
 */
export async function editing(serverJs, input, registry) {
  const cacheArgs = ['--cache-location', indexCacheOf(serverJs)];
  fs.rmSync(indexCacheOf(serverJs), { recursive: true, force: true });
  const writing = await openDraft(serverJs, input, registry, cacheArgs, 'stdio');
  await writing.server.close();
  const cached = await openDraft(serverJs, input, registry, cacheArgs, 'stdio');
  await cached.server.close();
  const plain = await openDraft(serverJs, input, registry, [], 'stdio');
  let stdio;
  try {
    stdio = await edits(plain.server, plain.text, plain.uri);
  } finally {
    await plain.server.close();
  }
  const overIpc = await openDraft(serverJs, input, registry, [], 'ipc');
  try {
    const ipc = await edits(overIpc.server, overIpc.text, overIpc.uri);
    return { openMs: plain.openMs, cachedOpenMs: cached.openMs, writingOpenMs: writing.openMs, ...stdio, ipc: { openMs: overIpc.openMs, ...ipc }, rssMb: overIpc.server.rssMb() };
  } finally {
    await overIpc.server.close();
  }
}

/** Server RSS with `registry` and the 1 MB draft open. */
export async function memory(serverJs, input, registry) {
  const server = await startServer(serverJs, path.dirname(input.draft), { registry: [registry], debounceMs: 0 });
  try {
    const uri = uriOf(input.draft);
    const t0 = performance.now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(input.draft, 'utf8') } });
    await server.next(uri, 0, 300_000);
    const openMs = performance.now() - t0;
    // a request answered after the publish: the server is idle again (its collection after the first check done)
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    return { openMs, rssMb: server.rssMb() };
  } finally {
    await server.close();
  }
}

/** "Check Sources" over the 1,000-draft workspace in chunks of 25 against `registry`, with a hover while each chunk is checked and one between chunks. */
export async function workspace(serverJs, input, registry) {
  const drafts = fs.readdirSync(path.join(input.workspace, 'drafts')).sort().map((f) => uriOf(path.join(input.workspace, 'drafts', f)));
  const server = await startServer(serverJs, input.workspace, { registry: [registry], debounceMs: 0 });
  try {
    const probe = uriOf(path.join(input.workspace, 'probe.md'));
    const probeText = '"CJTF-OIR will be repositioning forces," Seely wrote.\n';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: probe, languageId: 'markdown', version: 1, text: probeText } });
    await server.next(probe, 0);
    const hovers = [];
    let findings = 0;
    const cpu0 = server.cpuMs();
    const t0 = performance.now();
    const during = [];
    const hover = async (into) => {
      const h = performance.now();
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: probe }, position: { line: 0, character: 5 } });
      into.push(performance.now() - h);
    };
    for (let i = 0; i < drafts.length; i += 25) {
      const request = server.connection.sendRequest('sourceCheck/checkFiles', { uris: drafts.slice(i, i + 25) });
      // a hover while the chunk is checked (2 ms after its request), then one between chunks
      const hovered = new Promise((r) => setTimeout(r, 2)).then(() => hover(during));
      const result = await request;
      await hovered;
      findings += result.findings;
      await hover(hovers);
    }
    return { drafts: drafts.length, seconds: (performance.now() - t0) / 1000, cpuSeconds: (server.cpuMs() - cpu0) / 1000, findings, hoverMaxMs: Math.max(...hovers), hoverP95Ms: percentile(hovers, 95), duringMaxMs: Math.max(...during), duringP95Ms: percentile(during, 95), rssMb: server.rssMb() };
  } finally {
    await server.close();
  }
}
