/**
 * Entry point of the web tests inside VS Code's web-worker extension host
 * (`npm run test:web`, test/web/run.mjs): mocha's browser build, the
 * `run(): Promise<void>` contract of @vscode/test-web. Each result is logged
 * as `[web-test] PASS|FAIL title`, which the runner counts.
 */
import 'mocha/mocha.js';
import { registerWebTests } from './web.tests.ts';

/** The part of mocha's browser global this file uses. */
interface BrowserMocha {
  setup(options: { ui: string; reporter?: unknown; timeout: number; color?: boolean }): void;
  suite: unknown;
  run(done: (failures: number) => void): { on(event: 'pass' | 'fail', fn: (test: { title: string; duration?: number }, error?: unknown) => void): void };
}
/** The tdd interface's globals, defined by mocha.setup. */
declare const suite: (title: string, fn: () => void) => void;
declare const test: (title: string, fn: () => Promise<void>) => void;

/** Runs the suite; rejects when any test fails. */
export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  // no reporter of mocha's own: the HTML one needs a page, and the lines below are what the runner reads
  mocha.setup({ ui: 'tdd', reporter: function Silent() {}, timeout: 60_000 });
  suite('Source Check in VS Code for the Web (web-worker extension host)', () => registerWebTests(test));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} web tests failed`)) : resolve()));
    runner.on('pass', (t) => console.log(`[web-test] PASS ${t.title} (${t.duration} ms)`));
    runner.on('fail', (t, err) => console.log(`[web-test] FAIL ${t.title}: ${(err as Error | undefined)?.stack ?? err}`));
  });
}
