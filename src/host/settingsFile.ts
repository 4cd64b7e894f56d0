/**
 * Reads Source Check settings from a VS Code settings file (JSON with
 * comments), so the CLI honours the same `sourceCheck.*` settings as the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readSeverities, type SettingsProblem } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';

/** Settings that only hosts use: where the registry is, which files are drafts. */
export interface HostSettings {
  severity: Settings['severity'];
  registry: string[];
  include?: string[];
  exclude?: string[];
}

/** Converts VS Code's `sourceCheck` section (nested) or a flat settings.json into host settings. */
export function readHostSettings(section: Record<string, unknown>, problems: SettingsProblem[] = []): HostSettings {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : undefined);
  return {
    severity: readSeverities(section.severity, problems),
    registry: list(section.registry) ?? [],
    include: list(section.include),
    exclude: list(section.exclude),
  };
}

/** Folds flat keys (`sourceCheck.severity.draft`) into the nested section shape. */
export function sectionOf(flat: Record<string, unknown>): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key === 'sourceCheck' && value && typeof value === 'object') Object.assign(section, value);
    if (!key.startsWith('sourceCheck.')) continue;
    const parts = key.slice('sourceCheck.'.length).split('.');
    let at = section;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]] = value;
  }
  return section;
}

/** Loads a settings.json; problems (bad JSON, bad values) are returned with the file's name. */
export function loadSettingsFile(file: string): { settings: HostSettings; problems: string[] } {
  const errors: ParseError[] = [];
  const text = fs.readFileSync(file, 'utf8');
  const data = parse(text, errors, { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  const problems = errors.map((e) => `${file}: offset ${e.offset}: ${printParseErrorCode(e.error)}`);
  const settingsProblems: SettingsProblem[] = [];
  const settings = readHostSettings(sectionOf(data ?? {}), settingsProblems);
  problems.push(...settingsProblems.map((p) => `${file}: ${p.key}: ${p.message}`));
  settings.registry = settings.registry.map((r) => path.resolve(path.dirname(path.dirname(file)), r));
  return { settings, problems };
}

/** The nearest `.vscode/settings.json` at or above a folder or file. */
export function findSettingsFile(from: string): string | undefined {
  let dir = path.resolve(from);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    const candidate = path.join(dir, '.vscode', 'settings.json');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
