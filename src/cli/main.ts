/**
 * `source-check`: checks drafts against the source registry from a terminal
 * or CI, on the same core as the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, languageOf } from '../core/check/checkDocument.ts';
import { matchQuote } from '../core/check/quoteMatch.ts';
import { registryFindings } from '../core/check/registryFindings.ts';
import { extract } from '../core/extract/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isInside, listDrafts, readText, realPath } from '../host/files.ts';
import { RegistryStore } from '../host/registryStore.ts';
import { findSettingsFile, loadSettingsFile, type HostSettings } from '../host/settingsFile.ts';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.ts';
import { checkJson, checkText, extractionJson, extractionText, summary, type FileFindings } from './format.ts';
import { htmlReport } from './htmlReport.ts';
import { runImport } from './importCommand.ts';
import { suppressionsJson, suppressionsText, type FileSuppressions } from './suppressionsFormat.ts';

declare const __VERSION__: string | undefined;

/** Runs the CLI; resolves to the exit code. */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv[0] === 'import') return runImport(argv.slice(1), out, err);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`source-check: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  const missing = args.paths.filter((p) => !fs.existsSync(p));
  if (missing.length) {
    err(`source-check: no such file or folder: ${missing.join(', ')}`);
    return 2;
  }
  const missingRegistry = args.registry.filter((p) => !fs.existsSync(p));
  if (missingRegistry.length) {
    err(`source-check: --registry: no such file or folder: ${missingRegistry.join(', ')}`);
    return 2;
  }
  if (args.out !== undefined) return writeOut(args.out, (to) => runParsed(args, to, err), err);
  return runParsed(args, out, err);
}

/** Runs a command whose arguments parsed. */
function runParsed(args: CliArgs, out: (s: string) => void, err: (s: string) => void): number {
  const host = hostSettings(args, err);
  if (!host) return 2;
  const store = new RegistryStore();
  store.setConfigured(args.registry.length ? args.registry : host.registry);
  const settings: Settings = { ...DEFAULT_SETTINGS, severity: host.severity };
  return args.command === 'extract' ? runExtract(args, store, out, err) : runCheck(args, host, store, settings, out, err);
}

function hostSettings(args: CliArgs, err: (s: string) => void): HostSettings | undefined {
  const empty: HostSettings = { severity: Object.create(null) as HostSettings['severity'], registry: [] };
  if (args.noConfig) return empty;
  const file = args.config ?? findSettingsFile(args.paths[0] ?? '.');
  if (!file) return empty;
  if (!fs.existsSync(file)) {
    err(`source-check: no such settings file: ${file}`);
    return undefined;
  }
  const loaded = loadSettingsFile(file);
  for (const e of loaded.errors) err(e);
  if (loaded.errors.length) return undefined;
  for (const p of loaded.problems) err(p);
  if (args.registry.length) return loaded.settings; // --registry replaces the settings' registry
  for (const r of loaded.registry) {
    if (!isInside(realPath(r.path), realPath(loaded.workspaceFolder))) {
      err(`${r.at}: sourceCheck.registry \`${r.written}\` in ${file} points outside the workspace folder ${loaded.workspaceFolder}; pass it with --registry to use it`);
      return undefined;
    }
    if (!fs.existsSync(r.path)) {
      err(`${r.at}: sourceCheck.registry \`${r.written}\` in ${file}: no such file or folder ${r.path}`);
      return undefined;
    }
  }
  return loaded.settings;
}

function runCheck(args: CliArgs, host: HostSettings, store: RegistryStore, settings: Settings, out: (s: string) => void, err: (s: string) => void): number {
  const registryFolders = args.registry.length ? args.registry : host.registry;
  const drafts = listDrafts(args.paths, host.include ?? DEFAULT_INCLUDE, host.exclude ?? DEFAULT_EXCLUDE, registryFolders);
  const results: FileFindings[] = [];
  const audit: FileSuppressions[] = [];
  const registries = new Set<ReturnType<RegistryStore['registryFor']>>();
  let checked = 0;
  for (const file of drafts) {
    const read = readText(file);
    const shown = display(file);
    if ('problem' in read) {
      err(`${shown}:1:1 skipped: ${read.problem}`);
      continue;
    }
    const registry = store.registryFor(file);
    registries.add(registry);
    const doc = checkDocument({ path: shown, text: read.text, language: languageOf(file) }, registry, settings);
    checked++;
    if (doc.findings.length || doc.suppressed.length) results.push({ path: shown, text: read.text, findings: doc.findings, suppressed: doc.suppressed });
    if (doc.suppressions.length) audit.push({ path: shown, text: read.text, suppressions: doc.suppressions });
  }
  if (args.command === 'suppressions') {
    out(args.format === 'json' ? suppressionsJson(audit) : suppressionsText(audit));
    return 0;
  }
  const draftResults = results.length;
  for (const registry of registries) {
    for (const [file, findings] of registryFindings(registry, settings)) {
      results.push({ path: display(file), text: registry.textOf(file) ?? '', findings });
    }
  }
  if (args.format === 'html') out(htmlReport({ drafts: results.slice(0, draftResults), registryFiles: results.slice(draftResults), checked, registries }));
  else if (args.format === 'json') out(checkJson(results));
  else {
    const text = checkText(results);
    if (text) out(text);
    out(summary(results, checked));
  }
  // findings set aside by a suppression with a reason are not counted: once every error is reviewed, CI passes
  return results.some((f) => f.findings.some((d) => d.severity === 'error')) ? 1 : 0;
}

function runExtract(args: CliArgs, store: RegistryStore, out: (s: string) => void, err: (s: string) => void): number {
  const files: object[] = [];
  const lines: string[] = [];
  let failed = false;
  for (const file of args.paths) {
    const read = readText(file);
    if ('problem' in read) {
      err(`${display(file)}:1:1 skipped: ${read.problem}`);
      failed = true;
      continue;
    }
    const registry = store.registryFor(file);
    const extraction = extract(read.text, { language: languageOf(file), lexicon: registry, cues: true });
    // a quote's source as `check` finds it: by its words, else the source the draft names with it
    if (args.format === 'json') files.push(extractionJson(file, extraction, (q) => matchQuote(read.text, q, registry).source?.id ?? null));
    else lines.push(extractionText(display(file), read.text, extraction));
  }
  out(args.format === 'json' ? JSON.stringify({ version: 1, files }) : lines.filter(Boolean).join('\n'));
  return failed ? 1 : 0;
}

/** Runs `command` with its output collected and written to `file` (--out); a file that cannot be written is exit 2. */
function writeOut(file: string, command: (out: (s: string) => void) => number, err: (s: string) => void): number {
  const lines: string[] = [];
  const code = command((s) => lines.push(s));
  try {
    fs.writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  } catch (e) {
    err(`source-check: --out: cannot write ${file}: ${(e as Error).message}`);
    return 2;
  }
  return code;
}

/** Paths are shown relative to the current folder when inside it. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
