/**
 * The desktop entry of the language server (dist/server.js): the shared
 * server (server.ts) over stdio or Node IPC, files through node:fs, and what
 * only Node has: links resolved, registry texts re-read instead of kept,
 * garbage collection hints (with --expose-gc), the registry index cache on
 * disk when asked (`--cache`, `--cache-location <folder>` on its command line),
 * a process that ends with its connection.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { indexCacheFor, type CacheOptions } from '../host/cachePlace.ts';
import { collectGarbage } from '../host/memory.ts';
import { uriOf } from './convert.ts';
import { NodeWorkspace, realLocation, rereadSync } from './nodeWorkspace.ts';
import { startServer } from './server.ts';
import { openTransport } from './transport.ts';

let shutDown = false;
const transport = openTransport(process.argv.slice(2), () => shutDown);
const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
connection.onShutdown(() => {
  shutDown = true;
});
/**
 * The index cache asked for on the command line: `--cache-location <folder>` (or
 * `=<folder>`), or the CLI's default folder with `--cache`; none by default or with
 * `--no-cache`. The extension passes `--cache-location` in its own storage
 * (src/client/serverArgs.ts); tests and other clients get none unless they ask.
 */
function cacheOptionsOf(argv: readonly string[]): CacheOptions {
  if (argv.includes('--no-cache')) return { cache: false };
  const at = argv.indexOf('--cache-location');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--cache-location='))?.slice('--cache-location='.length);
  return given ? { cacheLocation: given } : { cache: argv.includes('--cache') };
}

/** One registry load's index cache; a cache that cannot be written is said once in the log. */
const indexCache = indexCacheFor(cacheOptionsOf(process.argv.slice(2)), (message) => connection.console.warn(message));

/** The README shipped beside the bundle (vsce renames it readme.md inside a .vsix). */
const readme = ['README.md', 'readme.md'].map((n) => path.join(__dirname, '..', n)).find((p) => fs.existsSync(p)) ?? path.join(__dirname, '..', 'README.md');
startServer(connection, new NodeWorkspace(), {
  docsBase: uriOf(readme),
  defaultRoot: process.cwd(),
  realPath: realLocation,
  rereadSync,
  collectGarbage,
  indexCache,
});
process.on('uncaughtException', (error) => connection.console.error(`source-check: ${error.stack ?? error}`));
