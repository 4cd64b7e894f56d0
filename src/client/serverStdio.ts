/**
 * Desktop only: where the server process's stdout and stderr go — the output
 * channel, line by line — noting the reasons it gives for the crash handler.
 */
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import type * as vscode from 'vscode';
import type { StdioOptions } from 'vscode-languageclient/node';
import type { ServerReasons } from './crashPolicy.ts';

/** The stdio options of the server process: stderr lines are logged as errors and noted in `reasons`. */
export function serverStdio(reasons: ServerReasons): Required<StdioOptions> {
  const lines = (input: Readable, onLine: (line: string) => void) =>
    readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', onLine);
  return {
    stdout: (input: Readable, channel: vscode.LogOutputChannel) => lines(input, (l) => channel.info(l)),
    stderr: (input: Readable, channel: vscode.LogOutputChannel) => lines(input, (l) => {
      reasons.line(l);
      channel.error(l);
    }),
  };
}
