/**
 * Entry point of the editor tests inside a real VS Code extension host: the
 * `run(): Promise<void>` contract of @vscode/test-electron, so the same suite
 * runs under code-server here and under a desktop VS Code elsewhere.
 */
import Mocha from 'mocha';
import { registerEditorTests } from './editor.tests.ts';
import { registerRegistryWorkflowTests } from './registryWorkflow.tests.ts';

/** Runs the suite; rejects when any test fails. Each result is logged as `[editor-test] PASS|FAIL title`. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  const suite = Mocha.Suite.create(mocha.suite, 'Source Check in a real VS Code');
  const define = (title: string, fn: () => Promise<void>) => suite.addTest(new Mocha.Test(title, fn));
  registerEditorTests(define);
  registerRegistryWorkflowTests(define);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} editor tests failed`)) : resolve()));
    runner.on('pass', (t) => console.log(`[editor-test] PASS ${t.title} (${t.duration} ms)`));
    runner.on('fail', (t, err) => console.log(`[editor-test] FAIL ${t.title}: ${err && (err as Error).stack}`));
  });
}
