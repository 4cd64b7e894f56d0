import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { findRegistryFolder, isInside } from '../../../src/host/files.ts';
import { SETTING_KEYS } from '../../../src/core/settings.ts';
import { ROOT } from '../../support/lspClient.ts';

test('isInside: a folder and what is under it, not its siblings or a name that starts with dots', () => {
  assert.ok(isInside('/a/b', '/a/b'));
  assert.ok(isInside('/a/b/c/d.md', '/a/b'));
  assert.ok(isInside('/a/b/..c/d.md', '/a/b'));
  assert.ok(!isInside('/a/bc/d.md', '/a/b'));
  assert.ok(!isInside('/a', '/a/b'));
  assert.ok(!isInside('/a/b/../c', '/a/b'));
});

test('findRegistryFolder stops at the innermost workspace folder holding the draft, else at the repository root', () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-find-'));
  try {
    const outer = path.join(top, 'outer');
    const inner = path.join(outer, 'inner');
    fs.mkdirSync(path.join(top, 'sources'));
    fs.mkdirSync(path.join(outer, 'sources'), { recursive: true });
    fs.mkdirSync(path.join(inner, 'drafts'), { recursive: true });
    const draft = path.join(inner, 'drafts', 'a.md');
    assert.equal(findRegistryFolder(draft), path.join(outer, 'sources'), 'no limit, no repository: the nearest');
    assert.equal(findRegistryFolder(draft, [outer]), path.join(outer, 'sources'));
    assert.equal(findRegistryFolder(draft, [outer, inner]), undefined, 'the innermost folder is the limit');
    assert.equal(findRegistryFolder(draft, [path.join(top, 'elsewhere')]), path.join(outer, 'sources'), 'outside every folder: the repository rule');
    fs.writeFileSync(path.join(inner, '.git'), 'gitdir: x\n');
    assert.equal(findRegistryFolder(draft), undefined, 'the repository root ends the search');
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
});

test('package.json limits the extension in untrusted folders (the registry setting is restricted) and supports virtual workspaces with its browser build', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    browser?: string;
    capabilities?: { untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces?: unknown };
  };
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, 'limited');
  assert.deepEqual(untrusted?.restrictedConfigurations, ['sourceCheck.registry']);
  assert.ok(untrusted?.restrictedConfigurations?.every((k) => SETTING_KEYS.includes(k)));
  assert.match(untrusted?.description ?? '', /sourceCheck\.registry/);
  assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  assert.equal(manifest.browser, './dist/web/client.js');
  const packed = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const file of ['dist/web/client.js', 'dist/web/server.js']) assert.ok(packed.includes(`!${file}`), `.vscodeignore packs ${file}`);
  // the desktop server's Check Sources starts dist/draftWorker.js beside it (src/host/draftJobs.ts): a .vsix without it falls back to one thread
  for (const file of ['dist/client.js', 'dist/server.js', 'dist/draftWorker.js']) assert.ok(packed.includes(`!${file}`), `.vscodeignore packs ${file}`);
});
