import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error -- a plain ES module of the build, without types
import { noNodeBuiltinsFor } from '../../../scripts/noNodeBuiltins.mjs';

const root = path.join(import.meta.dirname, '../../..');

/** Bundles `entry` for the browser with the plugin; the errors' texts (empty: it built). */
async function browserBuildErrors(entry: string): Promise<string[]> {
  try {
    await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'silent', plugins: [noNodeBuiltinsFor('keep Node-only parts in the desktop entry')] });
    return [];
  } catch (error) {
    return ((error as { errors?: { text: string }[] }).errors ?? []).map((e) => e.text);
  }
}

test('a Node built-in reached from a browser bundle fails the build, naming the importing file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-node-builtins-'));
  try {
    fs.writeFileSync(path.join(dir, 'entry.ts'), "import { size } from './helper.ts';\nexport const n = size;\n");
    fs.writeFileSync(path.join(dir, 'helper.ts'), "import * as fs from 'node:fs';\nimport { join } from 'path';\nimport { readFile } from 'fs/promises';\nexport const size = [fs, join, readFile].length;\n");
    const errors = await browserBuildErrors(path.join(dir, 'entry.ts'));
    assert.equal(errors.length, 3, errors.join('\n'));
    for (const name of ['node:fs', 'path', 'fs/promises']) {
      assert.ok(errors.some((e) => e.includes(`"${name}"`) && e.includes('helper.ts')), `${name} is named with its importer: ${errors.join('\n')}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the browser client entry reaches no Node built-in (vscode-languageclient/browser, shared client code)', async () => {
  assert.deepEqual(await browserBuildErrors(path.join(root, 'src/client/browserExtension.ts')), []);
});

test('the browser language server entry reaches no Node built-in', async () => {
  assert.deepEqual(await browserBuildErrors(path.join(root, 'src/server/browserMain.ts')), []);
});
