#!/usr/bin/env node
// The same editor suite through @vscode/test-electron: a desktop VS Code that
// it downloads, or the one at VSCODE_EXECUTABLE. For machines with a desktop
// VS Code (or its download); offline machines use run.mjs (code-server).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSuite } from './support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  const { runTests } = await import('@vscode/test-electron');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const suite = await bundleSuite(ROOT, path.join(ROOT, 'test-results', 'vscode-suite'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vsc-'));
  const ws = path.join(tmp, 'ws');
  fs.cpSync(path.join(ROOT, 'examples', 'newsroom'), ws, { recursive: true });
  let passed = 0;
  let failed = 0;
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      launchArgs: [ws, '--disable-extensions', '--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'ext')],
      extensionTestsEnv: { SOURCE_CHECK_E2E: '1' },
    });
    passed = 1;
  } catch (e) {
    console.error(e);
    failed = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
