/**
 * Check Sources' request (sourceCheck/checkFiles): checks drafts that may
 * never have been opened and publishes their diagnostics. A function of what
 * it needs, the file reader among them, so each build gives its own.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CheckedDocument } from '../core/check/checkDocument.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../protocol.ts';
import type { Session } from './session.ts';
import type { FileText } from './workspace.ts';

/** What the check-files request needs of the server. */
export interface CheckFilesHost {
  session: Session;
  /** The open document at a URI, if any (its buffer is checked, not the file). */
  openDocument(uri: string): TextDocument | undefined;
  /** Checks an open draft as it is now: its number of findings, or why it was not checked. */
  checkOpen(document: TextDocument): Promise<number | string>;
  /** Reads a draft that is not open. */
  readFile(uri: string, maxBytes: number): Promise<FileText>;
  /** The workspace index (src/server/workspaceIndex.ts): it waits while drafts are checked here and takes their checks as its records. */
  index?: {
    whileCheckingSources<T>(work: () => Promise<T>): Promise<T>;
    checkedFromDisk(uri: string, doc: CheckedDocument, registry: Registry): void;
  };
}

/** Answers a check-files request: each URI checked (its findings counted) or skipped with the reason. */
export async function checkFiles(params: CheckFilesParams | null | undefined, host: CheckFilesHost): Promise<CheckFilesResult | ResponseError> {
  if (!Array.isArray(params?.uris)) return new ResponseError(ErrorCodes.InvalidParams, `${CHECK_FILES_REQUEST}: expected { uris: string[] }, got ${JSON.stringify(params)?.slice(0, 200)}`);
  const uris: unknown[] = params.uris;
  return host.index ? host.index.whileCheckingSources(() => checkEach(uris, host)) : checkEach(uris, host);
}

/** Lets the server's other messages in: setImmediate in Node (after the pending I/O), a message to itself in the browser (a timer there waits 4 ms once nested). */
export const yieldToEvents: () => Promise<void> = typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : messageYield();

/** The part of a MessagePort the yield uses (the browser's and Node's global one have it; Node's types do not say so). */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: null): void;
  unref?(): void;
}

/** Yields through a MessageChannel of its own, made at the first yield (exported for its test). */
export function messageYield(): () => Promise<void> {
  let post: (() => void) | undefined;
  const waiting: (() => void)[] = [];
  return () => new Promise<void>((resolve) => {
    if (!post) {
      const channel = new MessageChannel();
      const [receiver, sender] = [channel.port1 as unknown as Port, channel.port2 as unknown as Port];
      receiver.onmessage = () => waiting.shift()?.();
      receiver.unref?.(); // (Node: the port does not keep the process alive)
      post = () => sender.postMessage(null);
    }
    waiting.push(resolve);
    post();
  });
}

/** Checks each URI in turn (the request's work), yielding to the event loop after each draft. */
async function checkEach(uris: unknown[], host: CheckFilesHost): Promise<CheckFilesResult> {
  const { session } = host;
  const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  for (const uri of uris) {
    if (typeof uri !== 'string') {
      result.skipped.push({ uri: String(uri), reason: `not a URI: expected a string, got ${JSON.stringify(uri)}` });
      continue;
    }
    // which files are drafts: the rule the CLI and the workspace index apply (src/core/drafts.ts), of the innermost workspace folder holding it
    if (!uri.startsWith('untitled:')) {
      const location = session.locationOf(uri);
      const relative = await session.draftRelativePath(location);
      if (!session.isDraftFile(location, relative)) {
        result.skipped.push({ uri, reason: `not a draft: ${relative} is outside sourceCheck.include, or in sourceCheck.exclude, the registry or a sources/ folder` });
        continue;
      }
    }
    const open = host.openDocument(uri);
    // (a draft checked from disk comes back whole: the index takes its record from it, the session does not keep it)
    const outcome = open ? await host.checkOpen(open) : await session.checkFile(uri, (u, max) => host.readFile(u, max));
    if (typeof outcome === 'string') result.skipped.push({ uri, reason: outcome });
    else {
      result.checked++;
      result.findings += typeof outcome === 'number' ? outcome : outcome.doc.findings.length;
      if (typeof outcome !== 'number') host.index?.checkedFromDisk(uri, outcome.doc, outcome.registry);
    }
    await yieldToEvents(); // a hover or an edit arriving meanwhile waits for one draft's check at most
  }
  session.publishRegistryProblems();
  return result;
}
