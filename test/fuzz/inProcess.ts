/**
 * The fuzz cases run in this process: a hostile draft checked in full and
 * through the incremental path after a few edits, and a broken registry
 * read and used to check a draft.
 */
import { checkDocument, type CheckedDocument, type Draft } from '../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../src/core/extract/cache.ts';
import type { DocumentLanguage } from '../../src/core/extract/model.ts';
import { LineIndex } from '../../src/core/lineIndex.ts';
import { Registry } from '../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import type { TextFile } from '../../src/core/types.ts';
import { prng } from '../support/random.ts';
import { Dice, hostileDraft, smallEdit } from './drafts.ts';
import { checkDocumentSpans, checkSame, checkSpan, Failure, timeAllowed } from './invariants.ts';
import { brokenRegistry, EXAMPLE_REGISTRY } from './registries.ts';

/** What a case leaves to reproduce it by hand. */
export interface CaseInput {
  /** Files to write to .tmp/fuzz-failures when the case fails, by name. */
  files: Record<string, string | Buffer>;
  /** The size of the input, for the time allowed. */
  size: number;
}

const exampleRegistry = new Registry(EXAMPLE_REGISTRY.map((f) => ({ path: `/ws/sources/${f.path}`, text: f.text })));

/**
 * Runs `fn` and turns an exception into a crash and a slow run into a hang.
 * A slow run is timed again, twice if need be (`again`, by default `fn`), so
 * that a busy machine or the collector is not taken for a hang: all must be slow.
 */
export function guarded<T>(what: string, size: number, fn: () => T, again: () => unknown = fn): T {
  const timed = <R>(f: () => R): [R, number] => {
    const started = performance.now();
    try {
      const r = f();
      return [r, performance.now() - started];
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure('crash', `${what} threw: ${(error as Error)?.stack ?? String(error)}`);
    }
  };
  const [result, ms] = timed(fn);
  const allowed = timeAllowed(size);
  if (ms > allowed) {
    const retries = [timed(again)[1]];
    if (retries[0] > allowed) retries.push(timed(again)[1]);
    if (Math.min(...retries) > allowed) throw new Failure('hang', `${what} took ${[ms, ...retries].map(Math.round).join(' ms, then ')} ms for ${size} characters (allowed ${Math.round(allowed)} ms)`);
  }
  return result;
}

/** Checks the example drafts once, so that the first case does not pay for compiling the checker's patterns. */
export function warmUp(): void {
  for (let i = 0; i < 20; i++) checkDocument({ path: '/ws/drafts/w.md', text: hostileDraft(new Dice(prng(i)), false), language: i % 2 ? 'markdown' : 'plaintext' }, exampleRegistry, DEFAULT_SETTINGS);
}

/** A hostile draft: checked in full, then edited a few times through one cache and compared with a fresh check at each step. */
export function draftCase(d: Dice, input: CaseInput): void {
  const language: DocumentLanguage = d.chance(0.8) ? 'markdown' : 'plaintext';
  const path = language === 'markdown' ? '/ws/drafts/fuzz.md' : '/ws/drafts/fuzz.txt';
  const texts = [hostileDraft(d, d.chance(0.004))];
  for (let i = 0, n = d.int(4); i < n; i++) texts.push(smallEdit(d, texts[texts.length - 1]));
  texts.forEach((t, i) => (input.files[`step-${i}.${language === 'markdown' ? 'md' : 'txt'}`] = t));
  input.size = Math.max(...texts.map((t) => t.length));
  const cache = new ExtractCache();
  for (const [i, text] of texts.entries()) {
    const draft: Draft = { path, text, language };
    const fresh = () => checkDocument(draft, exampleRegistry, DEFAULT_SETTINGS);
    const incremental = guarded(`incremental check of step ${i}`, text.length, () => checkDocument(draft, exampleRegistry, DEFAULT_SETTINGS, cache), fresh);
    const full = guarded(`full check of step ${i}`, text.length, fresh);
    checkDocumentSpans(full, (p) => exampleRegistry.files.get(p));
    if (i > 0) checkSame(incremental, full);
  }
}

/** A broken registry: read, its problems inside their files, then used to check a draft in full and after an edit. */
export function registryCase(d: Dice, input: CaseInput): void {
  const files = brokenRegistry(d);
  for (const f of files) input.files[f.path.split('/').pop()!] = f.text;
  const text = hostileDraft(d, false);
  input.files['draft.md'] = text;
  input.size = files.reduce((n, f) => n + f.text.length, text.length);
  const registry = guarded('reading the registry', input.size, () => new Registry(files));
  const byPath = new Map(files.map((f: TextFile) => [f.path, f.text]));
  for (const p of registry.problems) {
    const fileText = byPath.get(p.path);
    if (fileText === undefined) throw new Failure('range', `registry problem in an unknown file ${p.path}: ${p.message}`);
    checkSpan(fileText, new LineIndex(fileText), p, `registry problem "${p.message.slice(0, 80)}"`);
    if (!p.message || /undefined|NaN|\[object /.test(p.message)) throw new Failure('range', `registry problem with a broken message: ${JSON.stringify(p.message)}`);
  }
  const draft: Draft = { path: '/ws/drafts/fuzz.md', text, language: 'markdown' };
  const cache = new ExtractCache();
  const first: CheckedDocument = guarded('checking against the registry', input.size, () => checkDocument(draft, registry, DEFAULT_SETTINGS, cache), () => checkDocument(draft, registry, DEFAULT_SETTINGS));
  checkDocumentSpans(first, (p) => byPath.get(p));
  const edited = { ...draft, text: smallEdit(d, text) };
  input.files['draft-edited.md'] = edited.text;
  const incremental = guarded('incremental check against the registry', input.size, () => checkDocument(edited, registry, DEFAULT_SETTINGS, cache), () => checkDocument(edited, registry, DEFAULT_SETTINGS));
  checkSame(incremental, guarded('full check against the registry', input.size, () => checkDocument(edited, registry, DEFAULT_SETTINGS)));
}
