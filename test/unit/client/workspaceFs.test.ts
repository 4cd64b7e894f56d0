import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST } from '../../../src/protocol.ts';
import { registerWorkspaceFs, workspaceFsAnswers, type WorkspaceFileSystem } from '../../../src/client/workspaceFs.ts';

/** vscode.FileSystemError's shape for a missing file. */
const notFound = (uri: string) => Object.assign(new Error(`${uri} not found`), { code: 'FileNotFound' });

/** An in-memory vscode.workspace.fs over `vscode-vfs://github/` URIs; folders are the keys ending in '/'. Records what was read. */
function memoryFs(files: Record<string, string | Uint8Array>) {
  const reads: string[] = [];
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const fs: WorkspaceFileSystem<string> = {
    async stat(uri) {
      if (uri in files) return { type: 1, size: bytes(files[uri]).length };
      if (Object.keys(files).some((k) => k.startsWith(`${uri}/`))) return { type: 2, size: 0 };
      throw notFound(uri);
    },
    async readFile(uri) {
      reads.push(uri);
      if (!(uri in files)) throw notFound(uri);
      return bytes(files[uri]);
    },
    async readDirectory(uri) {
      const names = new Map<string, number>();
      for (const k of Object.keys(files)) {
        if (!k.startsWith(`${uri}/`)) continue;
        const [name, ...rest] = k.slice(uri.length + 1).split('/');
        names.set(name, rest.length ? 2 : 1);
      }
      if (!names.size) throw notFound(uri);
      return [...names];
    },
  };
  return { fs, reads };
}

const ROOT = 'vscode-vfs://github/newsroom/desk';
const parse = (uri: string) => {
  if (!/^[a-z][a-z0-9+.-]*:/.test(uri)) throw new Error('no scheme');
  return uri;
};

test('readFile answers the UTF-8 text of a file on a virtual file system, its byte order mark kept as on the desktop', async () => {
  const { fs } = memoryFs({ [`${ROOT}/drafts/a.md`]: 'He said “no”.\n', [`${ROOT}/drafts/bom.md`]: new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]) });
  const answers = workspaceFsAnswers(fs, parse);
  assert.deepEqual(await answers.readFile({ uri: `${ROOT}/drafts/a.md`, maxBytes: 1000 }), { text: 'He said “no”.\n' });
  assert.deepEqual(await answers.readFile({ uri: `${ROOT}/drafts/bom.md`, maxBytes: 1000 }), { text: '\uFEFFhi' });
});

test('readFile refuses a file over maxBytes by its stat, without reading it', async () => {
  const { fs, reads } = memoryFs({ [`${ROOT}/big.md`]: 'x'.repeat(3 * 1048576) });
  const result = await workspaceFsAnswers(fs, parse).readFile({ uri: `${ROOT}/big.md`, maxBytes: 1048576 });
  assert.ok('problem' in result && /3\.0 MB; drafts over 1 MB are not checked/.test(result.problem), JSON.stringify(result));
  assert.deepEqual(reads, [], 'the file was not read');
});

test('readFile: NUL bytes are a binary problem; missing files and folders say so', async () => {
  const { fs } = memoryFs({ [`${ROOT}/img.md`]: new Uint8Array([0x89, 0x50, 0x00, 0x47]), [`${ROOT}/drafts/a.md`]: 'a' });
  const answers = workspaceFsAnswers(fs, parse);
  assert.deepEqual(await answers.readFile({ uri: `${ROOT}/img.md`, maxBytes: 100 }), { problem: 'file looks binary (it contains NUL bytes); expected text' });
  assert.deepEqual(await answers.readFile({ uri: `${ROOT}/gone.md`, maxBytes: 100 }), { problem: 'no such file' });
  assert.deepEqual(await answers.readFile({ uri: `${ROOT}/drafts`, maxBytes: 100 }), { problem: 'not a file' });
});

test('bad parameters get a problem, null or an empty list with what was expected, never a throw', async () => {
  const { fs } = memoryFs({});
  const answers = workspaceFsAnswers(fs, parse);
  const noUri = await answers.readFile({ maxBytes: 10 });
  assert.ok('problem' in noUri && /expected a "uri" string, got nothing/.test(noUri.problem));
  const noScheme = await answers.readFile({ uri: 'drafts/a.md', maxBytes: 10 });
  assert.ok('problem' in noScheme && /"drafts\/a\.md" is not a URI/.test(noScheme.problem));
  const noMax = await answers.readFile({ uri: `${ROOT}/a.md`, maxBytes: '10' });
  assert.ok('problem' in noMax && /expected "maxBytes" as a number of bytes, got "10"/.test(noMax.problem));
  assert.equal(await answers.stat(null), null);
  assert.deepEqual(await answers.readDirectory({ uri: 42 }), []);
});

test('stat and readDirectory answer kinds in the protocol’s words; nothing there is null and []', async () => {
  const { fs } = memoryFs({ [`${ROOT}/sources/a.yaml`]: 'id: a', [`${ROOT}/sources/people/p.yaml`]: 'id: p' });
  const answers = workspaceFsAnswers(fs, parse);
  assert.deepEqual(await answers.stat({ uri: `${ROOT}/sources/a.yaml` }), { kind: 'file', size: 5 });
  assert.deepEqual(await answers.stat({ uri: `${ROOT}/sources` }), { kind: 'directory', size: 0 });
  assert.equal(await answers.stat({ uri: `${ROOT}/nothing` }), null);
  assert.deepEqual(await answers.readDirectory({ uri: `${ROOT}/sources` }), [['a.yaml', 'file'], ['people', 'directory']]);
  assert.deepEqual(await answers.readDirectory({ uri: `${ROOT}/nothing` }), []);
});

test('registerWorkspaceFs answers the three requests of src/protocol.ts on the client', async () => {
  const { fs } = memoryFs({ [`${ROOT}/sources/a.yaml`]: 'id: a' });
  const handlers = new Map<string, (p: unknown) => Promise<unknown>>();
  const disposables = registerWorkspaceFs({ onRequest: (method, handler) => (handlers.set(method, handler), { dispose: () => handlers.delete(method) }) }, fs, parse);
  assert.deepEqual([...handlers.keys()].sort(), [FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST].sort());
  assert.deepEqual(await handlers.get(FS_READ_FILE_REQUEST)!({ uri: `${ROOT}/sources/a.yaml`, maxBytes: 100 }), { text: 'id: a' });
  assert.deepEqual(await handlers.get(FS_STAT_REQUEST)!({ uri: `${ROOT}/sources/a.yaml` }), { kind: 'file', size: 5 });
  assert.deepEqual(await handlers.get(FS_READ_DIRECTORY_REQUEST)!({ uri: `${ROOT}/sources` }), [['a.yaml', 'file']]);
  for (const d of disposables) d.dispose();
  assert.equal(handlers.size, 0);
});
