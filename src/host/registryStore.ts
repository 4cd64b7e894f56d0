/**
 * Loads registries from disk for the server and the CLI, caching each by the
 * set of folders/files it is built from; open editor buffers override disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Registry, type RegistryCache } from '../core/registry/registry.ts';
import type { RegistryProblem } from '../core/registry/parse.ts';
import type { TextFile } from '../core/types.ts';
import { IndexCache } from './indexCache.ts';
import { FileBytes, findRegistryFolder, listRegistryFiles, readTextBytes, REGISTRY_CSV_FILE } from './files.ts';
import { collectGarbage } from './memory.ts';

/** Registry files over this size are refused with a registry-error at the file's start. */
const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;

/** A registry file's text, or why it cannot be read (over 64 MB: not read at all). */
function readRegistryText(file: string): { text: string } | { problem: string } {
  const read = readRegistryFile(file);
  return 'problem' in read ? read : { text: read.text };
}

/** A registry file as read (its text decoded when first asked for: see FileBytes), or why it cannot be read. */
function readRegistryFile(file: string): TextFile | { problem: string } {
  if (REGISTRY_CSV_FILE.test(file)) {
    const head = readHead(file);
    return 'text' in head ? { path: file, text: head.text } : head;
  }
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // readTextBytes says why
  }
  if (size > MAX_REGISTRY_BYTES) {
    return { problem: `registry file is ${(size / 1048576).toFixed(1)} MB; expected at most ${MAX_REGISTRY_BYTES / 1048576} MB (it is not read)` };
  }
  const result = readTextBytes(file, MAX_REGISTRY_BYTES);
  return 'bytes' in result ? new FileBytes(file, result.bytes, result.stat) : { problem: `cannot read registry file: ${result.problem}` };
}

/** The first 64 KB of a CSV file in a registry folder: only its header is looked at. */
function readHead(file: string): { text: string } | { problem: string } {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(65536);
      return { text: buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8') };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { problem: `cannot read registry file: ${(error as Error).message}` };
  }
}

/** A cache of registries by their roots. */
export class RegistryStore {
  private readonly cache = new Map<string, Registry>();
  private readonly overrides = new Map<string, string>();
  /** The roots each cached registry was built from. */

  /** Makes the index cache of one load (src/host/indexCache.ts); none: every load parses and indexes. */
  indexCache: (() => RegistryCache) | undefined;

  /** The folders the search for a draft's `sources/` stays inside (none: it stops at the repository root). */
  workspaceFolders: readonly string[] = [];

  /** `configured`: registry roots from settings or `--registry`; empty = nearest `sources/` per draft. */
  constructor(private configured: string[] = []) {}

  /** Replaces the configured roots (settings changed); registries are reloaded only if the roots differ. */
  setConfigured(roots: string[]): void {
    const next = roots.map((r) => path.resolve(r));
    if (next.join('\u0000') === this.configured.join('\u0000')) return;
    this.configured = next;
    this.cache.clear();
  }

  /** The registry roots that apply to a draft. */
  rootsFor(draftPath: string): string[] {
    if (this.configured.length) return this.configured;
    const nearest = findRegistryFolder(draftPath, this.workspaceFolders);
    return nearest ? [nearest] : [];
  }

  /** The registry that applies to a draft. */
  registryFor(draftPath: string): Registry {
    return this.registryOf(this.rootsFor(draftPath));
  }

  /** The registry built from the given roots (cached). */
  registryOf(roots: string[]): Registry {
    const key = roots.join('\u0000');
    let registry = this.cache.get(key);
    if (!registry) {
      registry = this.load(roots);
      this.cache.set(key, registry);
    }
    return registry;
  }

  /** Every registry currently cached. */
  loaded(): Registry[] {
    return [...this.cache.values()];
  }

  /** Uses an editor buffer's text for a registry file instead of the disk (undefined: back to disk). */
  setOverride(filePath: string, text: string | undefined): void {
    if (text === undefined) this.overrides.delete(path.resolve(filePath));
    else this.overrides.set(path.resolve(filePath), text);
    this.invalidate();
  }

  /** Forgets every cached registry (a registry file changed). */
  invalidate(): void {
    this.cache.clear();
  }

  /** True when a path is a registry file under any root in use. */
  isRegistryFile(filePath: string): boolean {
    const abs = path.resolve(filePath);
    if (!/\.(ya?ml|json)$/i.test(abs)) return false;
    const roots = this.configured.length ? this.configured : [...this.cache.keys()].flatMap((k) => k.split('\u0000'));
    return roots.some((r) => abs === r || abs.startsWith(r + path.sep)) || abs.split(path.sep).includes('sources');
  }

  private load(roots: string[]): Registry {
    const problems: RegistryProblem[] = [];
    const paths = new Set(listRegistryFiles(roots));
    for (const [p] of this.overrides) if (roots.some((r) => p.startsWith(r + path.sep))) paths.add(p);
    const read = (file: string): string | undefined => {
      const override = this.overrides.get(file);
      if (override !== undefined) return override;
      const result = readRegistryText(file);
      return 'text' in result ? result.text : undefined;
    };
    // one file at a time: each text can be dropped once read (healthy files are
    // read again for positions), and a large registry's garbage is collected as
    // it goes when the server runs with --expose-gc (as the extension starts it)
    // (only texts decoded and parsed leave that garbage: files the index cache knew, by their bytes, do not)
    const overrides = this.overrides;
    const cache = this.indexCache?.();
    const known = cache instanceof IndexCache ? cache : undefined;
    const files = function* (): Generator<TextFile> {
      let parsed = 0; // (files decoded and parsed)
      let last: TextFile | undefined; // (the file yielded last, read by now)
      for (const file of [...paths].sort()) {
        if (last && !(last instanceof FileBytes && !last.decoded) && ++parsed % 25 === 0) collectGarbage();
        last = undefined;
        const override = overrides.get(file);
        // (a file the index cache knows by its stat is not read: see fileKeyMemo.ts)
        const result = override !== undefined ? { path: file, text: override } : (known?.knownFile(file) ?? readRegistryFile(file));
        if ('problem' in result) {
          problems.push({ path: file, start: 0, end: 0, message: result.problem });
          continue;
        }
        last = result;
        yield result;
      }
    };
    let indexFromCache = false;
    const watched: RegistryCache | undefined = cache && {
      entriesOf: (file) => cache.entriesOf(file),
      storeEntries: (file, entries) => cache.storeEntries(file, entries),
      quoteIndexOf: (texts) => {
        const index = cache.quoteIndexOf(texts);
        indexFromCache = index !== undefined;
        return index;
      },
      storeQuoteIndex: (index) => cache.storeQuoteIndex(index),
    };
    const registry = new Registry(files(), problems, read, watched);
    if (paths.size > 25) {
      // a large registry's quote index is built now, not at the first check, so that
      // the scratch arrays of its sort are collected here with the reading's garbage
      void registry.quotes;
      if (!indexFromCache) collectGarbage();
    }
    known?.finish();
    return registry;
  }

}
