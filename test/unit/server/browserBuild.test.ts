import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const plugin = async () => (await import(path.resolve(__dirname, '..', '..', '..', 'scripts', 'noNodeBuiltins.mjs'))).noNodeBuiltins as esbuild.Plugin;

/** Builds `files` (name → source) from `entry.ts` as the browser server is built; the errors' texts. */
async function browserBuild(files: Record<string, string>): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-build-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    await esbuild.build({ entryPoints: [path.join(dir, 'entry.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', logLevel: 'silent', nodePaths: [path.resolve(__dirname, '..', '..', '..', 'node_modules')], plugins: [await plugin()] });
    return [];
  } catch (error) {
    return ((error as esbuild.BuildFailure).errors ?? []).map((e) => e.text);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the browser build fails on a Node built-in reached from its entry, naming the built-in and the file importing it', async () => {
  const errors = await browserBuild({ 'entry.ts': "import { helper } from './helper.ts';\nhelper();\n", 'helper.ts': "import * as fs from 'fs';\nimport { join } from 'node:path';\nexport const helper = () => fs.existsSync(join('a', 'b'));\n" });
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors[0], /Node built-in "fs" \(imported by .*helper\.ts\)/);
  assert.match(errors[1], /Node built-in "node:path" \(imported by .*helper\.ts\)/);
});

test('a browser-safe entry builds', async () => {
  assert.deepEqual(await browserBuild({ 'entry.ts': "import { URI } from 'vscode-uri';\nexport const u = URI.parse('vscode-vfs://github/a/b').path;\n" }), []);
});
