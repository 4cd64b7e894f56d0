/**
 * `source-check check` and `source-check suppressions`: which drafts, the
 * settings of each, checking (and fixing) them, and the exit code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, languageOf, type CheckedDocument } from '../core/check/checkDocument.ts';
import { registryFindings } from '../core/check/registryFindings.ts';
import { expectDrafts } from '../core/extract/patterns.ts';
import { expandInput, readText, searchTop } from '../host/files.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { DraftJob, DraftOutcome } from '../host/draftJobs.ts';
import type { CliArgs } from './args.ts';
import { ConfigError, DraftSettings, type DraftContext } from './draftSettings.ts';
import { applyEdits, fixableCount, safeFixes } from './fixes.ts';
import { FORMATS } from './formats.ts';
import { cachePlace } from '../host/cachePlace.ts';
import { checkOnThreads, jobCount } from './jobs.ts';
import type { CheckReport, FileFindings } from './report.ts';
import { suppressionsJson, suppressionsText, type FileSuppressions } from './suppressionsFormat.ts';
import { unifiedDiff } from './unifiedDiff.ts';

/** Where the CLI meets the world: output streams, standard input and the version. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** Reads all of standard input. */
  readStdin(): string;
  version: string;
  /** The README the codes' documentation links point into. */
  docsBase: string;
}

/** A draft to check: where it is, where it came from, and (for standard input) its text. */
interface DraftInput {
  file: string;
  text?: string;
}

/** Runs `check` or `suppressions`; returns the exit code (a promise of it when the drafts are checked on several threads). */
export function runCheck(args: CliArgs, io: CliIo): number | Promise<number> {
  const configs = new DraftSettings(args, io.err);
  let inputs: DraftInput[];
  try {
    const found = draftInputs(args, configs, io);
    if (typeof found === 'number') return found;
    inputs = found;
  } catch (e) {
    if (e instanceof ConfigError) return 2;
    throw e;
  }
  // every draft read first (the workers get the texts); the messages about them come in the drafts' order below
  const drafts = inputs.map((input) => ({ input, shown: display(input.file), read: input.text !== undefined ? { text: input.text } : readText(input.file) }));
  const readable = drafts.flatMap((d) => ('text' in d.read ? [{ ...d, text: d.read.text, ctx: configs.forDraft(d.input.file) }] : []));
  const jobs: DraftJob[] = readable.map((d) => ({ file: d.input.file, shown: d.shown, text: d.text, roots: d.ctx.store.rootsFor(d.input.file), settings: d.ctx.settings }));
  // (many drafts in all: the attribution patterns that run fastest from the first, patterns.ts)
  expectDrafts(readable.reduce((n, d) => n + d.text.length, 0));
  const checkHere = (i: number): CheckedDocument => check(readable[i].ctx, readable[i].input.file, readable[i].shown, readable[i].text);
  const threads = args.fix || args.fixDryRun ? 1 : jobCount(args.jobs, jobs.length);
  if (threads === 1) return report(args, io, configs, drafts, jobs.map((_, i) => checkHere(i)));
  // the registries loaded in the drafts' order, as one thread loads them (the report lists them in that order)
  const loadRegistries = () => readable.forEach((d) => d.ctx.store.registryFor(d.input.file));
  return checkOnThreads(jobs, threads, cachePlace(args), loadRegistries, checkHere).then((outcomes) => {
    if (!('failed' in outcomes)) return report(args, io, configs, drafts, outcomes);
    io.err(`source-check: checking the drafts on ${threads} threads (--jobs) failed: ${outcomes.failed}; no report was made`);
    return 2;
  });
}

/** A draft as read: where it is, as shown, its text or why it cannot be read. */
interface ReadDraft {
  input: DraftInput;
  shown: string;
  read: { text: string } | { problem: string };
}

/** The report and exit code of `check` (or `suppressions`), from each readable draft's check in order (`checked`, one per readable draft). */
function report(args: CliArgs, io: CliIo, configs: DraftSettings, drafts: ReadDraft[], checked: (CheckedDocument | DraftOutcome)[]): number {
  const results: FileFindings[] = [];
  const audit: FileSuppressions[] = [];
  const checkedPaths: string[] = [];
  const noRegistry: string[] = [];
  let warnings = 0;
  let next = 0;
  for (const { input, shown, read } of drafts) {
    const outcome = 'problem' in read ? read : checked[next++];
    if ('problem' in outcome) {
      io.err(`${shown}:1:1 skipped: ${outcome.problem}`);
      continue;
    }
    const ctx = configs.forDraft(input.file);
    if (!ctx.store.rootsFor(input.file).length) noRegistry.push(input.file);
    let doc = outcome;
    // (--fix and --fix-dry-run check on one thread: each outcome is then a whole CheckedDocument)
    if (args.fix || args.fixDryRun) doc = fix(args, io, ctx, input, shown, doc as CheckedDocument) ?? doc;
    checkedPaths.push(shown);
    warnings += doc.findings.filter((d) => d.severity === 'warning').length;
    if (doc.findings.length || doc.suppressed.length) results.push({ path: shown, text: doc.text, findings: doc.findings, suppressed: doc.suppressed });
    if (doc.suppressions.length) audit.push({ path: shown, text: doc.text, suppressions: doc.suppressions });
  }
  if (noRegistry.length) reportNoRegistry(noRegistry, io);
  if (args.command === 'suppressions') {
    io.out(args.format === 'json' ? suppressionsJson(audit) : suppressionsText(audit));
    return 0;
  }
  const seen = new Set<Registry>();
  for (const ctx of configs.contexts()) {
    for (const registry of ctx.store.loaded()) {
      if (seen.has(registry)) continue;
      seen.add(registry);
      for (const [file, findings] of registryFindings(registry, ctx.settings)) {
        results.push({ path: display(file), text: registry.textOf(file) ?? '', findings, registry: true });
      }
    }
  }
  const textOf = (file: string): string | undefined => {
    for (const registry of seen) {
      const text = registry.textOf(file);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  warnings += results.filter((f) => f.registry).reduce((n, f) => n + f.findings.filter((d) => d.severity === 'warning').length, 0);
  const hasError = results.some((f) => f.findings.some((d) => d.severity === 'error'));
  const shownResults = args.quiet ? results.map((f) => ({ ...f, findings: f.findings.filter((d) => d.severity === 'error') })).filter((f) => f.findings.length || f.suppressed?.length) : results;
  const report: CheckReport = { files: shownResults, checked: checkedPaths.length, checkedPaths, registries: [...seen], textOf, display, version: io.version, docsBase: io.docsBase };
  if (!args.fixDryRun) {
    const printed = FORMATS[args.format as keyof typeof FORMATS](report);
    if (printed) io.out(printed);
  } else io.out(FORMATS.text(report)); // after the diffs: what the fixes leave
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (tooManyWarnings) io.err(`source-check: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}`);
  // findings set aside by a suppression with a reason are not counted: once every error is reviewed, CI passes
  return hasError || tooManyWarnings ? 1 : 0;
}

function check(ctx: DraftContext, file: string, shown: string, text: string): CheckedDocument {
  return checkDocument({ path: shown, text, language: languageOf(file) }, ctx.store.registryFor(file), ctx.settings);
}

/**
 * Applies (or, dry, prints) a draft's safe fixes; returns the draft checked
 * again after them, or undefined when nothing changed. The file is written only
 * if the fixes leave fewer fixable findings and the file is as it was read.
 */
function fix(args: CliArgs, io: CliIo, ctx: DraftContext, input: DraftInput, shown: string, doc: CheckedDocument): CheckedDocument | undefined {
  const edits = safeFixes(doc);
  if (!edits.length) return undefined;
  const fixedText = applyEdits(doc.text, edits);
  const fixed = check(ctx, input.file, shown, fixedText);
  if (fixableCount(fixed) >= fixableCount(doc)) {
    io.err(`${shown}:1:1 not fixed: the fixes would not resolve its findings (${fixableCount(doc)} before, ${fixableCount(fixed)} after); the file is left as it was`);
    return undefined;
  }
  if (args.fixDryRun) {
    io.out(unifiedDiff(shown.split(path.sep).join('/'), doc.text, fixedText));
    return fixed;
  }
  const now = readText(input.file);
  if (!('text' in now) || now.text !== doc.text) {
    io.err(`${shown}:1:1 not fixed: the file changed while it was checked; run the check again`);
    return undefined;
  }
  fs.writeFileSync(input.file, fixedText);
  io.err(`${shown}: fixed ${edits.length} finding${edits.length === 1 ? '' : 's'} (${[...new Set(edits.map((e) => e.code))].join(', ')})`);
  return fixed;
}

/** The drafts the arguments name, or an exit code (2) after saying why there are none. */
function draftInputs(args: CliArgs, configs: DraftSettings, io: CliIo): DraftInput[] | number {
  const missing: string[] = [];
  const unmatched: string[] = [];
  const out = new Map<string, DraftInput>();
  for (const arg of args.paths) {
    if (arg === '-') {
      const file = path.resolve(args.stdinFilepath ?? '<stdin>.md');
      out.set(file, { file, text: io.readStdin() });
      continue;
    }
    const input = expandInput(arg);
    if (input.kind === 'missing') missing.push(arg);
    else if (input.kind === 'file') out.set(input.file, { file: input.file }); // a file named is checked, whatever the settings say
    else {
      const drafts = input.files.filter((f) => configs.forDraft(f).isDraft(f, input.root));
      const n = input.files.length;
      const why = input.kind === 'folder' ? 'no drafts in it' : n ? `${n} file${n === 1 ? '' : 's'} matched, none of them a draft` : 'no file matched';
      if (!drafts.length) unmatched.push(`${arg} (${why})`);
      for (const f of drafts) out.set(f, { file: f });
    }
  }
  if (missing.length) {
    io.err(`source-check: no such file or folder: ${missing.join(', ')}`);
    return 2;
  }
  const missingRegistry = args.registry.filter((p) => !fs.existsSync(p));
  if (missingRegistry.length) {
    io.err(`source-check: --registry: no such file or folder: ${missingRegistry.join(', ')}`);
    return 2;
  }
  if (unmatched.length) {
    io.err(`source-check: no drafts matched: ${unmatched.join('; ')}; drafts are the files sourceCheck.include matches (default **/*.md, **/*.markdown, **/*.txt) outside sourceCheck.exclude and sources/ folders`);
    return 2;
  }
  for (const d of out.values()) configs.forDraft(d.file); // every draft's settings read (and checked) before any output
  return [...out.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Says on stderr that some drafts have no registry, and where the search looked. */
function reportNoRegistry(files: string[], io: CliIo): void {
  const first = path.dirname(files[0]);
  const top = searchTop(first);
  const which = files.length === 1 ? display(files[0]) : `${files.length} drafts (${display(files[0])}, …)`;
  const folder = (p: string) => (path.relative(process.cwd(), p) === '' ? '.' : display(p));
  io.err(`source-check: no registry found for ${which}: looked for a sources/ folder in ${folder(first)} and each folder above it up to ${top === path.parse(top).root ? 'the filesystem root' : `the repository root ${folder(top)}`}; checking quotation marks and attribution only (give --registry PATH or set sourceCheck.registry)`);
}

/** Paths are shown relative to the current folder when inside it. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
