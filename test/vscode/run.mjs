#!/usr/bin/env node
// The real-editor tier, offline: code-server (VS Code's workbench and Node
// extension host) with Debian's Chromium, driven by playwright-core.
//  1. As a person: installs the packaged .vsix, opens a draft with Quick Open,
//     reads the findings in the Problems panel, runs "Source Check: Check
//     Sources" from the command palette, saves a screenshot in test-results/.
//  2. The mocha suite in test/vscode/suite inside the real extension host
//     (the @vscode/test-electron run() contract).
// Prints `N passed, N failed`; exits 1 on any failure; ends every process it started.
// Env: VSCODE_E2E_DIR (cache, default /var/tmp/source-check-vscode-e2e), CHROMIUM (default /usr/bin/chromium),
//      VSCODE_E2E_KEEP=1 keeps the temporary folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSuite, freePort, waitForHttp } from './support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = path.resolve(process.env.VSCODE_E2E_DIR || '/var/tmp/source-check-vscode-e2e');
const NODE24 = path.join(E2E, 'bin', 'node');
const CODE_SERVER = path.join(E2E, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results');
const STEP_MS = 60_000;

const results = [];
const t0 = Date.now();
const log = (m) => console.log(`[vscode-e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

/** Runs one named check and records its outcome. */
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push([name, true]);
    log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push([name, false]);
    log(`FAIL ${name}: ${(e && e.stack) || e}`);
  }
}

/** Sets up (idempotently) the offline VS Code; false when it cannot be set up here. */
function setUp() {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup-vscode-e2e.sh'), E2E], { stdio: 'inherit' });
  return r.status === 0 && fs.existsSync(CODE_SERVER) && fs.existsSync(CHROMIUM);
}

async function runPalette(page, text, rowText) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.type(text);
  await page.locator(`.quick-input-list .monaco-list-row:has-text(${JSON.stringify(rowText || text)})`).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
}

/** The workbench as a person uses it: Quick Open, Problems panel, command palette, screenshot. */
async function workbench(browser, base, ws) {
  const page = browser.pages()[0] || (await browser.newPage());
  page.setDefaultTimeout(STEP_MS);
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
  await check('workbench loads with the installed .vsix', () => page.locator('.monaco-workbench .part.statusbar').waitFor());
  await page.locator('.monaco-workbench .part.editor').click();
  await check('Quick Open opens a draft', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('withdrawal-announced.md');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active:has-text("withdrawal-announced.md")').waitFor();
  });
  await check('the findings appear in the Problems panel', async () => {
    await runPalette(page, 'View: Focus Problems', 'Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: /labelled a draft by Mark Milley on 2020-01-06/ }).first().waitFor();
    log('Problems: ' + (await page.locator('.markers-panel .monaco-list-rows').innerText()).replace(/\s+/g, ' ').slice(0, 400));
  });
  await check('"Source Check: Check Sources" runs from the command palette', async () => {
    await runPalette(page, 'Source Check: Check Sources');
    // the smoke-test driver suppresses toasts; notifications still land in the Notification Center,
    // once the command has finished: look there until the summary shows (bounded)
    const summary = page.locator('.notifications-center .notification-list-item').filter({ hasText: /Source Check: checked \d+ drafts?/ }).first();
    for (let attempt = 1; ; attempt++) {
      await runPalette(page, 'Notifications: Show Notifications');
      try {
        await summary.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 8) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await page.keyboard.press('Escape');
    // a draft never opened now has its finding in the Problems panel (filtered to it)
    await runPalette(page, 'View: Focus Problems', 'Focus Problems');
    const filter = page.locator('.viewpane-filter input, .viewpane-filter textarea').first();
    await filter.fill('misattributed');
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: /misattributed quote/ }).first().waitFor();
  });
  fs.mkdirSync(RESULTS, { recursive: true });
  const shot = path.join(RESULTS, 'vscode-workbench.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${path.relative(ROOT, shot)}`);
  await registryWorkflow(page);
  await page.close();
}

/** Answers the quick input titled `title`: types `text` (nothing: takes the default), waits for a QuickPick's row showing it (`pick`), presses Enter. */
async function answer(page, title, text = '', pick = true) {
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: title }).first().waitFor({ state: 'visible' });
  if (text) await page.keyboard.type(text);
  if (text && pick) await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Runs a check on the page; on failure a screenshot of the page goes to test-results/failure-N.png. */
async function checkPage(page, name, fn) {
  await check(name, async () => {
    try {
      await fn();
    } catch (error) {
      const shot = path.join(RESULTS, `failure-${results.length + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      log(`screenshot of the failure: ${path.relative(ROOT, shot)}`);
      throw error;
    }
  });
}

/** Label Source… through its QuickPicks as a writer does it, then the Sources view (screenshot for the README). */
async function registryWorkflow(page) {
  await checkPage(page, '"Source Check: Label Source…" asks its questions in QuickPicks and tells the impact', async () => {
    await page.keyboard.press('Escape');
    await runPalette(page, 'Source Check: Label Source', 'Label Source');
    await answer(page, 'which source?', 'milley-remarks');
    await answer(page, 'status', 'retracted');
    await answer(page, 'who set the status?', 'Mark Milley');
    await answer(page, 'the date it was set', '', false);
    await answer(page, 'the statement that set it', '(none)');
    await answer(page, 'a note', 'Withdrawn the same evening', false);
    // the entry opens with the label written in it (unsaved), then the impact is told
    await page.locator('.tabs-container .tab:has-text("milley-remarks.yaml")').first().waitFor();
    await page.locator('.part.editor .view-lines').filter({ hasText: 'status: retracted' }).first().waitFor();
    const impact = page.locator('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item').filter({ hasText: /Labelled retracted — now flagged in \d+ places? in 2 drafts/ }).first();
    for (let attempt = 1; ; attempt++) {
      await runPalette(page, 'Notifications: Show Notifications');
      try {
        await impact.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 8) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await page.keyboard.press('Escape');
  });
  await checkPage(page, 'the Sources view lists the labelled sources first, with the drafts that quote them', async () => {
    await runPalette(page, 'View: Show Source Check', 'Show Source Check');
    const rows = page.locator('.sidebar .monaco-list-row');
    await rows.filter({ hasText: 'Retracted (1)' }).first().waitFor();
    await rows.filter({ hasText: 'Draft (1)' }).first().waitFor();
    for (const id of ['milley-remarks-2020-01-06', 'seely-letter']) {
      await rows.filter({ hasText: id }).first().locator('.monaco-tl-twistie').click();
    }
    await rows.filter({ hasText: 'withdrawal-clarified.md' }).first().waitFor();
    await rows.filter({ hasText: 'withdrawal-announced.md' }).first().waitFor();
    // widen the side bar so each source's counts show in full
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 520, sidebar.y + sidebar.height / 2, { steps: 5 });
      await page.mouse.up();
    }
    await page.locator('.monaco-workbench .part.editor').click();
    const shot = path.join(RESULTS, 'sources-view.png');
    await page.screenshot({ path: shot });
    log(`screenshot: ${path.relative(ROOT, shot)}`);
  });
}

/** The mocha suite inside the real extension host; each test is one result. */
async function extensionTests(browser, base, port, ws, suite) {
  const page = await browser.newPage();
  let onExit;
  const exit = new Promise((resolve) => (onExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = args.map(String).join(' ');
    const m = /^\[editor-test\] (PASS|FAIL) (.*)$/s.exec(line);
    if (m) {
      results.push([m[2].split(/ \(\d+ ms\)$|: /)[0], m[1] === 'PASS']);
      log(`${m[1]} ${m[2]}`);
    } else if (type === 'error') console.error(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`],
    ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${suite}`],
    ['skipWelcome', 'true'],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const limit = 600_000;
  const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r(`a timeout after ${limit} ms`), limit))]);
  if (code !== 0) {
    const ran = results.filter(([n]) => !n.startsWith('workbench')).length;
    log(`extension tests exited with ${code}`);
    if (code !== 1 || ran === 0) results.push(['the extension test suite ran to the end', false]);
  }
  await page.close();
}

/** Process ids whose command line mentions `marker` (read from /proc; empty where there is none). */
function processesMentioning(marker) {
  const found = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid);
  } catch {
    return found;
  }
  for (const pid of entries) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) found.push(Number(pid));
    } catch {}
  }
  return found;
}

/** Waits (bounded) until no process mentions `marker`, then kills any that still do. */
async function endAllMentioning(marker) {
  for (let i = 0; i < 50 && processesMentioning(marker).length; i++) await new Promise((r) => setTimeout(r, 100));
  for (const pid of processesMentioning(marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}

/** Ends a process group: SIGTERM, then SIGKILL, and waits (bounded) until no member is left. */
async function endGroup(pid) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    try {
      process.kill(-pid, signal);
    } catch {}
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!alive()) return;
  }
}

async function main() {
  const setupStarted = Date.now();
  if (!setUp()) {
    log('the offline VS Code could not be set up here; trying @vscode/test-electron (npm run test:electron)');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'vscode', 'run-electron.mjs')], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  log(`set-up checked in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);
  const { chromium } = await import('playwright-core');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vsc-'));
  const vsix = path.join(tmp, 'source-check.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, stdio: 'ignore' });
  const suite = await bundleSuite(ROOT, path.join(RESULTS, 'vscode-suite'));
  const wsUi = path.join(tmp, 'ws-ui');
  const wsTests = path.join(tmp, 'ws-tests');
  for (const ws of [wsUi, wsTests]) fs.cpSync(path.join(ROOT, 'examples', 'newsroom'), ws, { recursive: true });
  const userData = path.join(tmp, 'user');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
  }));
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')];
  const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'), XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'), XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache') };
  await check('the packaged .vsix installs', async () => {
    execFileSync(NODE24, [CODE_SERVER, ...common, '--install-extension', vsix], { env, stdio: 'pipe' });
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = fs.openSync(path.join(tmp, 'code-server.log'), 'w');
  const server = spawn(NODE24, [CODE_SERVER, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver', wsUi], { env, detached: true, stdio: ['ignore', serverLog, serverLog] });
  let browser;
  try {
    await waitForHttp(`${base}/healthz`, 60_000);
    browser = await chromium.launchPersistentContext(path.join(tmp, 'chrome'), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 }, env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    await workbench(browser, base, wsUi);
    await extensionTests(browser, base, port, wsTests, suite);
  } catch (e) {
    results.push(['the editor tier ran', false]);
    log(`FAIL ${(e && e.stack) || e}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await endGroup(server.pid); // code-server keeps extension hosts alive: end its whole group
    await endAllMentioning(tmp); // and Chromium's helpers, which outlive browser.close() briefly
    const ok = results.every(([, passed]) => passed);
    if (ok && !process.env.VSCODE_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp} (code-server.log is there)`);
  }
}

main()
  .catch((e) => {
    results.push(['set-up', false]);
    console.error(e);
  })
  .finally(() => {
    const passed = results.filter(([, ok]) => ok).length;
    log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`${passed} passed, ${results.length - passed} failed`);
    process.exit(results.length && passed === results.length ? 0 : 1);
  });
