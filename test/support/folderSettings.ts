/**
 * A protocol-test server on several workspace folders, each answered its own
 * `sourceCheck` section through workspace/configuration.
 */
import { LspClient, uriOf } from './lspClient.ts';

/** Starts a server on `folders` (paths) with `byFolder[uri]` as each folder's settings, and resolves once both are in. */
export async function serveFolders(folders: readonly string[], byFolder: Record<string, Record<string, unknown>>): Promise<LspClient> {
  const client = new LspClient();
  let answered = 0;
  client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) => {
    answered += params.items.length;
    return params.items.map((item) => (item.scopeUri ? (byFolder[item.scopeUri] ?? null) : null));
  });
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: folders.map((folder, i) => ({ uri: uriOf(folder), name: String.fromCharCode(0x61 + i) })),
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    initializationOptions: { settings: { debounceMs: 10 } },
  });
  await client.connection.sendNotification('initialized', {});
  for (const deadline = Date.now() + 10000; answered < folders.length && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
  // messages are handled in order: once this is answered, every folder's settings are in
  await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///settled.md' }, position: { line: 0, character: 0 } });
  return client;
}
