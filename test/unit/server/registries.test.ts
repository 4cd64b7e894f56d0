import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceRegistries } from '../../../src/server/registries.ts';
import { WatchedWorkspace, type FileKind, type FileStat, type FileText } from '../../../src/server/workspace.ts';

/** Files by URI in memory; folders are their prefixes. `gate`: a read's answer waits for it (a read in flight). */
class MemoryWorkspace extends WatchedWorkspace {
  readonly files = new Map<string, string>();
  readonly asked: string[] = [];
  gate: Promise<void> | undefined;

  async readFile(uri: string): Promise<FileText> {
    this.asked.push(uri);
    const text = this.files.get(uri); // read now, answered when the gate opens
    await this.gate;
    return text === undefined ? { problem: 'no such file' } : { text };
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    this.asked.push(uri);
    if (this.files.has(uri)) return { kind: 'file', size: this.files.get(uri)!.length };
    return [...this.files.keys()].some((f) => f.startsWith(`${uri}/`)) ? { kind: 'directory', size: 0 } : undefined;
  }

  async readDirectory(uri: string): Promise<[string, FileKind][]> {
    const out = new Map<string, FileKind>();
    for (const f of this.files.keys()) {
      if (!f.startsWith(`${uri}/`)) continue;
      const [name, ...rest] = f.slice(uri.length + 1).split('/');
      out.set(name, rest.length ? 'directory' : 'file');
    }
    return [...out];
  }
}

const REPO = 'vscode-vfs://github/newsroom/stories';
const entry = (id: string, status = 'verified') => `id: ${id}\ntype: statement\ntext: "We will leave."\nstatus: ${status}\n`;

test('a draft in a vscode-vfs:// folder gets its nearest sources/, searched no higher than its workspace folder', async () => {
  const ws = new MemoryWorkspace();
  ws.files.set(`${REPO}/sources/a.yaml`, entry('a'));
  ws.files.set(`${REPO}/desk/drafts/x.md`, 'x');
  ws.files.set('vscode-vfs://github/newsroom/sources/outside.yaml', entry('outside'));
  const registries = new WorkspaceRegistries(ws);
  registries.workspaceFolders = [REPO];
  assert.deepEqual(await registries.rootsFor(`${REPO}/desk/drafts/x.md`), [`${REPO}/sources`]);
  assert.ok((await registries.registryFor(`${REPO}/desk/drafts/x.md`)).sources.has('a'));
  registries.workspaceFolders = [`${REPO}/desk`];
  assert.deepEqual(await registries.rootsFor(`${REPO}/desk/drafts/x.md`), [], 'the folder desk/ holds no sources/, and the search stops there');
  assert.ok(ws.asked.every((u) => u.startsWith(REPO)), `nothing above the workspace folders is asked: ${ws.asked.filter((u) => !u.startsWith(REPO))}`);
});

test('a registry read while its files change is not kept: the next lookup reads the files again', async () => {
  const ws = new MemoryWorkspace();
  ws.files.set(`${REPO}/sources/a.yaml`, entry('a', 'verified'));
  const registries = new WorkspaceRegistries(ws);
  registries.workspaceFolders = [REPO];
  let open!: () => void;
  ws.gate = new Promise((r) => (open = r));
  const inFlight = registries.registryOf([`${REPO}/sources`]);
  await new Promise((r) => setTimeout(r, 10)); // the read is waiting on the file
  ws.files.set(`${REPO}/sources/a.yaml`, entry('a', 'retracted'));
  registries.invalidate();
  open();
  ws.gate = undefined;
  await inFlight;
  const now = await registries.registryOf([`${REPO}/sources`]);
  assert.equal(now.sources.get('a')?.status, 'retracted');
  assert.deepEqual(registries.loaded(), [now], 'only the registry read after the change is in use');
});

test('an open buffer overrides a registry file, and a file of the registry that cannot be read is a registry problem at its start', async () => {
  const ws = new MemoryWorkspace();
  ws.files.set(`${REPO}/sources/a.yaml`, entry('a'));
  const registries = new WorkspaceRegistries(ws);
  registries.setOverride(`${REPO}/sources/a.yaml`, entry('a', 'disputed'));
  registries.setOverride(`${REPO}/sources/new.yaml`, entry('b'));
  const registry = await registries.registryOf([`${REPO}/sources`]);
  assert.equal(registry.sources.get('a')?.status, 'disputed');
  assert.ok(registry.sources.has('b'), 'a buffer not yet saved is part of its folder\'s registry');
  ws.files.set(`${REPO}/sources/gone.yaml`, entry('c'));
  registries.invalidate();
  ws.readFile = async () => ({ problem: 'permission denied' });
  const broken = await registries.registryOf([`${REPO}/sources`]);
  const problem = broken.problems.find((p) => p.path === `${REPO}/sources/gone.yaml`);
  assert.ok(problem && problem.start === 0 && /cannot read registry file: permission denied/.test(problem.message), JSON.stringify(broken.problems));
});
