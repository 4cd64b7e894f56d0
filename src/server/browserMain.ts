/**
 * The browser entry of the language server (dist/web/server.js, a web
 * worker): the shared server (server.ts) over the worker's messages, reading
 * files by asking the client (clientWorkspace.ts). No Node built-ins: the
 * build fails if one is reached from here.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientWorkspace } from './clientWorkspace.ts';
import { startServer } from './server.ts';

/** The worker's global scope, as far as the server uses it. */
const worker = (globalThis as { self?: unknown }).self as ConstructorParameters<typeof BrowserMessageReader>[0] & { location?: { href?: string } };

/** The README shipped in the extension, two folders above this bundle (dist/web/server.js), for the links of diagnostics. */
function readmeUri(): string {
  try {
    return new URL('../../README.md', worker.location?.href).toString();
  } catch {
    return 'README.md';
  }
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
startServer(connection, new ClientWorkspace(connection), { docsBase: readmeUri() });
