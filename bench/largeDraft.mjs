// Server memory around a large draft: RSS after start, with a draft of
// 10 MB (over the size limit) and one of 4.5 MB (under it) open, and after
// each is closed. Figures printed, never asserted.
// Usage: npm run -s build && [BENCH_REGISTRY=10k-5000|100k-5000|…] node bench/largeDraft.mjs [MB...]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputs } from './inputs.mjs';
import { startServer, uriOf } from './lspClient.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverJs = path.join(root, 'dist', 'server.js');
const input = inputs(root);
const base = fs.readFileSync(input.draft, 'utf8');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** A Markdown draft of about `mb` MB made of copies of the 1 MB bench draft. */
function draftOf(mb) {
  const bytes = mb * 1024 * 1024;
  let text = '';
  while (text.length < bytes) text += base;
  return text.slice(0, text.lastIndexOf('\n\n', bytes) + 1);
}

const server = await startServer(serverJs, path.dirname(input.draft), { registry: [input.registries[process.env.BENCH_REGISTRY || '1k-5000']], debounceMs: 0 });
try {
  await pause(500);
  console.log(`started: ${server.rssMb().toFixed(0)} MB RSS`);
  for (const mb of sizes.length ? sizes : [10, 4.5]) {
    const text = draftOf(mb);
    const uri = uriOf(path.join(path.dirname(input.draft), `large-${mb}.md`));
    const seen = server.count(uri);
    const t0 = performance.now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await server.next(uri, seen, 600_000);
    const openMs = performance.now() - t0;
    await pause(500);
    const open = server.rssMb();
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await server.next(uri, seen + 1);
    await pause(1000);
    // BENCH_SERVER_ARGS=--heapsnapshot-signal=SIGUSR2 SNAPSHOT=1: a heap snapshot of the server after each close
    if (process.env.SNAPSHOT) {
      process.kill(server.pid, 'SIGUSR2');
      await pause(8000);
    }
    console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB draft: open ${open.toFixed(0)} MB RSS (diagnostics in ${(openMs / 1000).toFixed(1)} s), closed ${server.rssMb().toFixed(0)} MB RSS`);
  }
} finally {
  await server.close();
}
