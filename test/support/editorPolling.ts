/**
 * What the editor suites (test/vscode/suite, test/web/suite) share: a
 * diagnostic's code, an URI's diagnostics of one code, and polling with a
 * deadline instead of a fixed sleep. Bundled into each suite (vscode external).
 */
import * as vscode from 'vscode';

/** A diagnostic's code as a string (a `{ value, target }` code gives its value). */
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** The diagnostics of `uri` with code `code`. */
export const withCode = (uri: vscode.Uri, code: string) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);

/** Polls until `check` returns a value (not undefined/false), or fails after `ms` naming `what` (a function: worded at the deadline). Never a fixed sleep. */
export async function until<T>(what: string | (() => string), check: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
