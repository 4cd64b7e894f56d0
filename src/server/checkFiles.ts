/**
 * Check Sources' request (sourceCheck/checkFiles): checks drafts that may
 * never have been opened and publishes their diagnostics. A function of what
 * it needs, the file reader among them, so each build gives its own.
 */
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { CheckedDocument } from '../core/check/checkDocument.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { Settings } from '../core/settings.ts';
import type { DraftRecord } from '../core/workspaceIndex/draftRecord.ts';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../protocol.ts';
import type { DraftPool, PoolJob, PoolOutcome } from './checkPool.ts';
import { isUriLocation } from './locations.ts';
import type { Session } from './session.ts';
import { canonicalUri, filePathOf } from './uris.ts';
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
    recordedFromDisk(uri: string, record: DraftRecord, registry: Registry): void;
  };
  /** Worker threads for drafts that are not open (the desktop build: nodeCheckPool.ts); none: every draft is checked in this thread. */
  pool?: DraftPool;
}

/** A request with fewer drafts for the workers than this is checked in this thread (a worker's start reads the registry again). */
export const MIN_POOLED_DRAFTS = 8;

/** Answers a check-files request: each URI checked (its findings counted) or skipped with the reason. */
export async function checkFiles(params: CheckFilesParams | null | undefined, host: CheckFilesHost, token?: CancellationToken): Promise<CheckFilesResult | ResponseError> {
  if (!Array.isArray(params?.uris)) return new ResponseError(ErrorCodes.InvalidParams, `${CHECK_FILES_REQUEST}: expected { uris: string[] }, got ${JSON.stringify(params)?.slice(0, 200)}`);
  const uris: unknown[] = params.uris;
  const work = () => (host.pool ? checkPooled(uris, host, host.pool, token) : checkEach(uris, host));
  return host.index ? host.index.whileCheckingSources(work) : work();
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

/** Why a URI is not checked (not a string, not a draft), or undefined for a draft. */
async function notChecked(uri: unknown, session: Session): Promise<string | undefined> {
  if (typeof uri !== 'string') return `not a URI: expected a string, got ${JSON.stringify(uri)}`;
  if (uri.startsWith('untitled:')) return undefined;
  // which files are drafts: the rule the CLI and the workspace index apply (src/core/drafts.ts), of the innermost workspace folder holding it
  const location = session.locationOf(uri);
  const relative = await session.draftRelativePath(location);
  if (!session.isDraftFile(location, relative)) return `not a draft: ${relative} is outside sourceCheck.include, or in sourceCheck.exclude, the registry or a sources/ folder`;
  return undefined;
}

/** Checks one draft in this thread (its open buffer, else its file): its number of findings, or why it was not checked. */
async function checkHere(uri: string, host: CheckFilesHost): Promise<number | string> {
  const open = host.openDocument(uri);
  if (open) return host.checkOpen(open);
  // (a draft checked from disk comes back whole: the index takes its record from it, the session does not keep it)
  const outcome = await host.session.checkFile(uri, (u, max) => host.readFile(u, max));
  if (typeof outcome === 'string') return outcome;
  host.index?.checkedFromDisk(uri, outcome.doc, outcome.registry);
  return outcome.doc.findings.length;
}

/** Counts one URI's outcome into the result. */
function count(result: CheckFilesResult, uri: string, outcome: number | string): void {
  if (typeof outcome === 'string') result.skipped.push({ uri, reason: outcome });
  else {
    result.checked++;
    result.findings += outcome;
  }
}

/** Checks each URI in turn (the request's work), yielding to the event loop after each draft. */
async function checkEach(uris: unknown[], host: CheckFilesHost): Promise<CheckFilesResult> {
  const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  for (const uri of uris) {
    const skip = await notChecked(uri, host.session);
    if (skip !== undefined) {
      result.skipped.push({ uri: String(uri), reason: skip });
      continue;
    }
    count(result, uri as string, await checkHere(uri as string, host));
    await yieldToEvents(); // a hover or an edit arriving meanwhile waits for one draft's check at most
  }
  host.session.publishRegistryProblems();
  return result;
}

/** A draft given to the workers, with what this thread checks its outcome against. */
interface Pooled {
  at: number;
  uri: string;
  location: string;
  roots: string[];
  registry: Registry;
  settings: Settings;
}

/**
 * Checks the URIs with the workers' help: drafts that are not open, of file: URIs, whose registry
 * is read from disk alone (no editor buffer stands in for one of its files) go to the workers, which
 * read and check them while this thread answers other messages, checks the open drafts (from their
 * buffers) and takes drafts from the workers' list too, yielding after each. A worker's outcome is
 * published only when the draft is still closed and its registry and settings still those it was
 * given with; else, or when a worker failed, the draft is checked here. Outcomes keep the URIs' order.
 */
async function checkPooled(uris: unknown[], host: CheckFilesHost, pool: DraftPool, token?: CancellationToken): Promise<CheckFilesResult> {
  const { session } = host;
  const outcomes: (number | string | undefined)[] = new Array(uris.length);
  const here: number[] = [];
  const pooled: Pooled[] = [];
  for (const [at, uri] of uris.entries()) {
    const skip = await notChecked(uri, session);
    if (skip !== undefined) outcomes[at] = skip;
    else if (typeof uri === 'string' && filePathOf(uri) !== undefined && !host.openDocument(uri)) {
      const location = session.locationOf(uri);
      const roots = await session.registryRootsFor(location);
      if (roots.some(isUriLocation) || session.store.overridesUnder(roots)) here.push(at);
      else pooled.push({ at, uri, location, roots, registry: await session.registryFor(location), settings: session.settingsFor(location) });
    } else here.push(at);
  }
  const readings = session.store.readings;
  const jobs = pooled.map((p): PoolJob => ({ file: filePathOf(p.uri)!, shown: p.location, roots: p.roots, settings: p.settings, recordUri: canonicalUri(p.uri) }));
  const published: Promise<void>[] = [];
  const run = pooled.length >= MIN_POOLED_DRAFTS ? pool.run(jobs, readings, (o) => published.push(fromWorker(pooled[o.index], o).then((n) => void (outcomes[pooled[o.index].at] = n)))) : undefined;
  const cancelled = () => token?.isCancellationRequested === true;
  // (a cancelled request takes no more drafts, on any thread; those taken are still published)
  const onCancel = run && token?.onCancellationRequested(() => run.cancel());
  const checkAt = async (at: number) => {
    outcomes[at] = await checkHere(uris[at] as string, host);
    await yieldToEvents(); // a hover or an edit arriving meanwhile waits for one draft's check at most
  };
  for (const at of here) if (!cancelled()) await checkAt(at);
  if (!run) {
    for (const p of pooled) if (!cancelled()) await checkAt(p.at);
  } else {
    for (let i = cancelled() ? undefined : run.take(); i !== undefined; i = cancelled() ? undefined : run.take()) await checkAt(pooled[i].at);
    if (cancelled()) run.cancel();
    const failed = await run.done;
    run.cancel();
    await Promise.all(published);
    if (failed !== undefined) {
      session.logError(`source-check: Check Sources: ${failed}; the drafts left are checked in the server's thread`);
      for (const p of pooled) if (outcomes[p.at] === undefined && !cancelled()) await checkAt(p.at);
    }
  }
  await Promise.all(published);
  onCancel?.dispose();
  session.publishRegistryProblems();
  const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  for (const [at, outcome] of outcomes.entries()) if (outcome !== undefined) count(result, String(uris[at]), outcome);
  return result;

  /** A worker's outcome published (or the draft checked here: opened meanwhile, its registry or settings changed since). */
  async function fromWorker(p: Pooled, o: PoolOutcome): Promise<number | string> {
    if ('problem' in o) return o.problem;
    const registry = host.openDocument(p.uri) ? undefined : await session.registryFor(p.location);
    if (registry !== p.registry || session.settingsFor(p.location) !== p.settings || session.store.readings !== readings) return checkHere(p.uri, host);
    session.publishFromDisk(p.uri, o.text, o.findings, registry);
    if (o.record) host.index?.recordedFromDisk(p.uri, o.record, registry);
    return o.findings.length;
  }
}
