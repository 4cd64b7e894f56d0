/**
 * The `sourceCheck/checkFiles` request (Check Sources): which of the URIs are
 * drafts, each checked and its diagnostics published. Open drafts are checked
 * here (their buffers); drafts on disk go to a pool of worker threads when the
 * entry gives one (src/server/checkPool.ts, Node only) and the request has
 * enough of them, else they are checked here too (the browser build has none).
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Registry } from '../core/registry/registry.ts';
import type { DraftJob, DraftOutcome } from '../host/draftJobs.ts';
import { draftRelativePath } from '../host/files.ts';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../protocol.ts';
import { pathOf, type Session } from './session.ts';

/** Checks drafts on other threads: outcomes in the jobs' order; rejects when a worker fails. */
export interface DraftPool {
  check(jobs: DraftJob[]): Promise<DraftOutcome[]>;
  /** True when the workers, which read registries from disk, read what this thread reads: no registry buffer (path → text) differs from its file. */
  readsAsBuffers(overridden: ReadonlyMap<string, string>): boolean;
}

/** Fewer drafts on disk than this in one request are checked on the server's thread: a pool's first use reads the registry in every worker. */
export const POOL_MIN_DRAFTS = 8;

/** What the handler needs from the server. */
export interface CheckFilesHost {
  session: Session;
  /** The open document of a URI, if it is open. */
  open(uri: string): TextDocument | undefined;
  /** Checks an open draft and publishes it: its number of findings, or why it was not checked. */
  checkOpen(document: TextDocument): number | string;
  /** Logs a problem (the pool failed: the drafts are then checked here). */
  warn(message: string): void;
}

/** Each registry's generation: a reloaded registry is a new object, and a worker then reads it again. */
const generations = new WeakMap<Registry, number>();
let lastGeneration = 0;

/** Answers the request: the totals and the URIs skipped, with why (the order of `params.uris`). */
export async function checkFiles(params: CheckFilesParams, host: CheckFilesHost, pool?: DraftPool): Promise<CheckFilesResult | ResponseError> {
  if (!Array.isArray(params?.uris)) return new ResponseError(ErrorCodes.InvalidParams, `${CHECK_FILES_REQUEST}: expected { uris: string[] }, got ${JSON.stringify(params)?.slice(0, 200)}`);
  const { session } = host;
  /** Per URI, in order: its number of findings, or why it was skipped. */
  const outcomes: (number | string)[] = [];
  const onDisk: { at: number; uri: string; file: string }[] = [];
  // which files are drafts: the rule the CLI applies (src/core/drafts.ts), on paths relative to the workspace folder
  for (const uri of params.uris as unknown[]) {
    if (typeof uri !== 'string') {
      outcomes.push(`not a URI: expected a string, got ${JSON.stringify(uri)}`);
      continue;
    }
    const file = pathOf(uri, session.workspaceRoot);
    const relative = uri.startsWith('file:') ? draftRelativePath(file, session.workspaceFolders) : undefined;
    // the rule of the innermost workspace folder holding it (src/core/drafts.ts, as the CLI and the workspace index decide)
    if (relative !== undefined && !session.isDraftFile(file)) {
      outcomes.push(`not a draft: ${relative} is outside sourceCheck.include, or in sourceCheck.exclude, the registry or a sources/ folder`);
      continue;
    }
    const open = host.open(uri);
    if (open) outcomes.push(host.checkOpen(open));
    else {
      onDisk.push({ at: outcomes.length, uri, file });
      outcomes.push('check failed');
    }
  }
  // a registry file edited in the editor and not saved is known to this thread only
  const pooled = pool && onDisk.length >= POOL_MIN_DRAFTS && onDisk.every((d) => d.uri.startsWith('file:')) && pool.readsAsBuffers(session.store.overridden());
  if (pooled) {
    try {
      await checkOnPool(onDisk, host, pool);
      onDisk.length = 0;
    } catch (error) {
      host.warn(`source-check: the check pool failed (${(error as Error).message}); checking these drafts on the server's thread`);
    }
  }
  for (const d of onDisk) outcomes[d.at] = session.checkFile(d.uri);
  session.publishRegistryProblems();
  const result: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
  outcomes.forEach((outcome, i) => {
    if (typeof outcome === 'number') {
      result.checked++;
      result.findings += outcome;
    } else result.skipped.push({ uri: String(params.uris[i]), reason: outcome });
  });
  return result;

  async function checkOnPool(drafts: typeof onDisk, { session }: CheckFilesHost, pool: DraftPool): Promise<void> {
    const registries = drafts.map((d) => session.registryFor(d.file));
    const jobs = drafts.map((d, i): DraftJob => {
      const registry = registries[i];
      let generation = generations.get(registry);
      if (generation === undefined) generations.set(registry, (generation = ++lastGeneration));
      const roots = session.store.rootsOf(registry) ?? [];
      return { file: d.file, shown: d.file, roots, registryKey: `${roots.join('\u0000')}#${generation}`, settings: session.settingsFor(d.file) };
    });
    const checked = await pool.check(jobs);
    checked.forEach((c, i) => {
      const d = drafts[i];
      if ('problem' in c) outcomes[d.at] = c.problem;
      else {
        session.publishFindings(d.uri, c.text, c.findings, registries[i], jobs[i].settings);
        outcomes[d.at] = c.findings.length;
      }
    });
  }
}
