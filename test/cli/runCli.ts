/**
 * Runs the real `source-check` binary (bin/source-check.js) for the CLI tests,
 * and makes small workspaces in temporary folders.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient.ts';

/** The command's script (SOURCE_CHECK_TEST_BIN runs these tests against another build, e.g. the last commit's). */
export const BIN = process.env.SOURCE_CHECK_TEST_BIN ?? path.join(ROOT, 'bin', 'source-check.js');

/** The outcome of one run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `source-check ARGS` in `cwd` (default the repository), with `input` on standard input. */
export function cli(args: string[], cwd = ROOT, input?: string): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: input ?? '', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder holding `files` (path -> text), marked as a repository root (.git) so searches stop there. */
export function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-cli-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Copies of the example's registry files, for a workspace's `sources/` folder under `prefix`. */
export function exampleSources(prefix = ''): Record<string, string> {
  const dir = path.join(ROOT, 'examples', 'newsroom', 'sources');
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [path.join(prefix, 'sources', f), fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** An example draft's text (`withdrawal-announced.md` quotes a letter labelled a draft). */
export function exampleDraft(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'examples', 'newsroom', 'drafts', name), 'utf8');
}
