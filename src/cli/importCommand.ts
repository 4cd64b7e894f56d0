/**
 * `source-check import claimreview|csl-json|retraction-watch FILE... [--out FILE]`:
 * turns fact-checks, bibliographies and retraction notices into registry
 * YAML; into an existing --out file it updates entries in place (core/import/merge.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { convertClaimReviews } from '../core/import/claimReview.ts';
import { convertCslJson } from '../core/import/cslJson.ts';
import { readJson } from '../core/import/jsonInput.ts';
import { mergeEntries, type KnownEntries } from '../core/import/merge.ts';
import { EntryCollector, ImportSyntaxError, type ImportResult } from '../core/import/model.ts';
import { convertRetractionWatch } from '../core/import/retractionWatch.ts';
import { Registry } from '../core/registry/registry.ts';
import type { TextFile } from '../core/types.ts';
import { findRegistryFolder, listRegistryFiles, readText } from '../host/files.ts';

/** The import formats and their converters. */
const FORMATS: Record<string, (text: string) => ImportResult> = {
  'claimreview': (text) => convertClaimReviews(readJson(text)),
  'csl-json': (text) => convertCslJson(readJson(text)),
  'retraction-watch': convertRetractionWatch,
};

/** Input files may be large (the whole Retraction Watch database is about 50 MB). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The usage line of `import`. */
export const IMPORT_USAGE = 'source-check import claimreview|csl-json|retraction-watch FILE... [--out FILE.yaml] [--registry PATH]...';

/** Runs `source-check import …` (argv after `import`); returns the exit code: 0 done, 2 bad usage or input that does not parse. */
export function runImport(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let values: { out?: string; help?: boolean; registry?: string[] };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { out: { type: 'string', short: 'o' }, registry: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    err(`source-check: ${(e as Error).message}\nusage: ${IMPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    out(`usage: ${IMPORT_USAGE}`);
    return 0;
  }
  const [format, ...files] = positionals;
  const convert = format === undefined ? undefined : FORMATS[format];
  if (!convert || !files.length) {
    err(`source-check: ${!format ? 'import needs a format' : !convert ? `unknown import format \`${format}\`; expected claimreview, csl-json or retraction-watch` : 'import needs at least one FILE'}\nusage: ${IMPORT_USAGE}`);
    return 2;
  }
  if (values.out !== undefined && !/\.ya?ml$/i.test(values.out)) {
    err(`source-check: --out ${values.out}: expected a .yaml or .yml file (the import writes YAML, keeping your comments)`);
    return 2;
  }
  const missingRegistry = (values.registry ?? []).filter((r) => !fs.existsSync(r));
  if (missingRegistry.length) {
    err(`source-check: --registry: no such file or folder: ${missingRegistry.join(', ')}`);
    return 2;
  }
  const collected = new EntryCollector();
  let skipped = 0;
  for (const file of files) {
    const read = readText(file, MAX_INPUT_BYTES);
    if ('problem' in read) {
      err(`${file}:1:1 error: ${read.problem}`);
      return 2;
    }
    let result: ImportResult;
    try {
      result = convert(read.text);
    } catch (e) {
      if (!(e instanceof ImportSyntaxError)) throw e;
      err(`${file}:${e.line}:${e.column} error: ${e.message}`);
      return 2;
    }
    for (const w of result.warnings) err(`${file}:${w.line}:${w.column} warning: ${w.message}`);
    skipped += result.warnings.filter((w) => w.message.startsWith('skipped')).length;
    for (const entry of result.entries) collected.add(entry);
  }
  const entries = collected.result().entries;
  const header = `Imported by \`source-check import ${format}\` from ${files.map((f) => path.basename(f)).join(', ')}.\nImporting again updates these entries in place; comments and other entries are kept.`;
  const target = values.out;
  let existing: string | undefined;
  if (target !== undefined && fs.existsSync(target)) {
    const read = readText(target, MAX_INPUT_BYTES);
    if ('problem' in read) {
      err(`${target}:1:1 error: ${read.problem}`);
      return 2;
    }
    existing = read.text;
  }
  let merged;
  try {
    merged = mergeEntries(existing, entries, header, knownElsewhere(values.registry ?? [], target));
  } catch (e) {
    if (!(e instanceof ImportSyntaxError)) throw e;
    err(`${target}:${e.line}:${e.column} error: ${e.message}`);
    return 2;
  }
  const counts = `${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged${skipped ? `, ${skipped} skipped (see the warnings)` : ''}`;
  if (target === undefined) {
    out(merged.text.replace(/\n$/, ''));
    err(`source-check import: ${counts}`);
    return 0;
  }
  if (merged.text !== existing) {
    try {
      fs.writeFileSync(target, merged.text);
    } catch (e) {
      err(`source-check: cannot write ${target}: ${(e as Error).message}`);
      return 2;
    }
  }
  out(`${target}: ${counts}`);
  return 0;
}

/**
 * The entries of the registry the output joins, outside the output file: the
 * --registry paths, else the nearest sources/ folder at or above --out. Their
 * speakers and sources are referred to rather than written again.
 */
function knownElsewhere(registry: readonly string[], target: string | undefined): KnownEntries {
  const nearest = target === undefined ? undefined : findRegistryFolder(path.resolve(target));
  const roots = registry.length ? [...registry] : nearest ? [nearest] : [];
  const self = target === undefined ? undefined : path.resolve(target);
  const files: TextFile[] = [];
  for (const file of listRegistryFiles(roots)) {
    if (file === self) continue;
    const read = readText(file, MAX_INPUT_BYTES);
    if ('text' in read) files.push({ path: file, text: read.text });
  }
  const known = new Registry(files);
  return {
    speakers: [...known.speakers.values()].map((s) => ({ id: s.id, names: [s.name, ...s.aliases] })),
    sources: [...known.sources.values()].map((s) => ({ id: s.id, url: s.url })),
  };
}
