/**
 * Runs the real `source-check` binary (bin/source-check.js) for the CLI tests,
 * and makes small workspaces in temporary folders.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient.ts';

/** The command's script. */
export const BIN = path.join(ROOT, 'bin', 'source-check.js');

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

/** A registry with one letter by Mark Milley, labelled a draft. */
export const LETTER_REGISTRY = `- id: mark-milley
  type: person
  name: Mark Milley
- id: milley-letter
  type: letter
  speaker: mark-milley
  title: The letter
  date: 2020-01-06
  status: draft
  statusBy: mark-milley
  text: We respect your sovereign decision to order our departure from Iraq.
`;
