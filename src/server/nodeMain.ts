/**
 * The desktop entry of the language server (dist/server.js): the shared
 * server (server.ts) over stdio or Node IPC, files through node:fs, and what
 * only Node has: links resolved, registry texts re-read instead of kept,
 * garbage collection hints (with --expose-gc), a process that ends with its
 * connection.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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
/** The README shipped beside the bundle (vsce renames it readme.md inside a .vsix). */
const readme = ['README.md', 'readme.md'].map((n) => path.join(__dirname, '..', n)).find((p) => fs.existsSync(p)) ?? path.join(__dirname, '..', 'README.md');
startServer(connection, new NodeWorkspace(), {
  docsBase: uriOf(readme),
  defaultRoot: process.cwd(),
  realPath: realLocation,
  rereadSync,
  collectGarbage,
});
process.on('uncaughtException', (error) => connection.console.error(`source-check: ${error.stack ?? error}`));
