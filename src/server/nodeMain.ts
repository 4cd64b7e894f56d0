/**
 * The desktop entry of the language server (dist/server.js): the shared
 * server (server.ts) over stdio or Node IPC, files through node:fs, and what
 * only Node has: links resolved, registry texts re-read instead of kept,
 * garbage collection hints (with --expose-gc), the registry index cache on
 * disk when asked (`--cache`, `--cache-location <folder>` on its command line),
 * Check Sources on worker threads (`--check-workers <n>`; default one where
 * there are two cores or more), a process that ends with its connection.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cachePlace, indexCacheFor, type CacheOptions } from '../host/cachePlace.ts';
import { collectGarbage } from '../host/memory.ts';
import { uriOf } from './convert.ts';
import { NodeCheckPool } from './nodeCheckPool.ts';
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

/**
 * The worker threads Check Sources may use: `--check-workers <n>` (or `=<n>`), else one where there are two
 * cores or more, started only while one of them is idle (this thread checks drafts too).
 */
function checkWorkersOf(argv: readonly string[]): { workers: number; whenIdle: boolean } {
  const at = argv.indexOf('--check-workers');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--check-workers='))?.slice('--check-workers='.length);
  const n = given === undefined ? NaN : Number(given);
  if (given !== undefined && !(Number.isInteger(n) && n >= 0)) setImmediate(() => connection.console.warn(`source-check: --check-workers expects a whole number of 0 or more, got ${JSON.stringify(given)}; using the default (one worker while a core is idle)`)); // (once the connection listens)
  return Number.isInteger(n) && n >= 0 ? { workers: n, whenIdle: false } : { workers: Math.min(1, os.availableParallelism() - 1), whenIdle: true };
}

const argv = process.argv.slice(2);
const pool = new NodeCheckPool({ ...checkWorkersOf(argv), cache: cachePlace(cacheOptionsOf(argv)), crash: process.env.SOURCE_CHECK_TEST_WORKER_CRASH === '1' });

/** The README shipped beside the bundle (vsce renames it readme.md inside a .vsix). */
const readme = ['README.md', 'readme.md'].map((n) => path.join(__dirname, '..', n)).find((p) => fs.existsSync(p)) ?? path.join(__dirname, '..', 'README.md');
startServer(connection, new NodeWorkspace(), {
  docsBase: uriOf(readme),
  defaultRoot: process.cwd(),
  realPath: realLocation,
  rereadSync,
  collectGarbage,
  indexCache,
  pool,
});
process.on('uncaughtException', (error) => connection.console.error(`source-check: ${error.stack ?? error}`));
