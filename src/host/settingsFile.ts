/**
 * Reads Source Check settings from a VS Code settings file (JSON with
 * comments), so the CLI honours the same `sourceCheck.*` settings as the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getNodeValue, parseTree, printParseErrorCode, stripComments, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../core/lineIndex.ts';
import type { Settings, SettingsProblem } from '../core/settings.ts';
import { isSettingGroup, isSourceCheckKey, readUserSettings, type SettingEntry } from '../core/userSettings.ts';
import type { HostSettings } from './hostSettings.ts';
import { searchUp } from './files.ts';

export { readHostSettings, type HostSettings } from './hostSettings.ts';

/** Parse errors shown of a settings file that does not parse (the first is what to fix). */
const MAX_PARSE_ERRORS = 5;

/** A registry path as a settings file gives it. */
export interface RegistrySetting {
  /** As written, e.g. `../sources`. */
  written: string;
  /** Resolved against the workspace folder. */
  path: string;
  /** `file:line:col` of the setting's value. */
  at: string;
}

/** A settings file read and checked. */
export interface LoadedSettings {
  settings: HostSettings;
  /** Problems with single settings (they are ignored), each `file:line:col: message`. */
  problems: string[];
  /** Why the file cannot be used at all (it cannot be read or does not parse), each `file:line:col: message`. */
  errors: string[];
  /** The folder registry paths are relative to: the one holding the file's `.vscode` folder. */
  workspaceFolder: string;
  /** The registry paths of `sourceCheck.registry`, as written and resolved. */
  registry: RegistrySetting[];
}

/** The workspace folder of a settings file: the parent of its `.vscode` folder, else the file's own folder. */
export function workspaceFolderOf(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.basename(dir) === '.vscode' ? path.dirname(dir) : dir;
}

/** Loads a settings file; its problems are positioned at `file:line:col` (1-based). */
export function loadSettingsFile(file: string): LoadedSettings {
  const workspaceFolder = workspaceFolderOf(file);
  const empty: LoadedSettings = { settings: { severity: Object.create(null) as Settings['severity'], registry: [] }, problems: [], errors: [], workspaceFolder, registry: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, expected a settings file' : (error as Error).message;
    return { ...empty, errors: [`${file}:1:1: cannot read settings: ${why}`] };
  }
  if (!stripComments(text).trim()) return empty; // VS Code reads an empty settings file as no settings
  const lines = new LineIndex(text);
  const where = (offset = 0) => {
    const p = lines.positionAt(offset);
    return `${file}:${p.line + 1}:${p.character + 1}`;
  };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length) {
    const shown = parseErrors.slice(0, MAX_PARSE_ERRORS).map((e) => `${where(e.offset)}: settings do not parse: ${parseErrorText(e)}`);
    if (parseErrors.length > MAX_PARSE_ERRORS) shown.push(`${file}: ${parseErrors.length - MAX_PARSE_ERRORS} more parse errors not shown`);
    return { ...empty, errors: shown };
  }
  if (!root || root.type !== 'object') {
    return { ...empty, errors: [`${where(root?.offset)}: settings are ${root ? kindOf(root.type) : 'empty'}; expected an object of settings ({"sourceCheck.registry": …})`] };
  }
  const entries = fileEntries(root);
  const settingsProblems: SettingsProblem[] = [];
  const user = readUserSettings(entries, settingsProblems);
  const registryEntry = entries.filter((e) => e.key === 'sourceCheck.registry').pop();
  const registry = (user.registry ?? []).map((written) => ({ written, path: path.resolve(workspaceFolder, written), at: where(registryEntry?.valueAt) }));
  return {
    settings: { ...user, registry: registry.map((r) => r.path) },
    problems: settingsProblems.map((p) => `${where(p.at)}: ${p.message}`),
    errors: [],
    workspaceFolder,
    registry,
  };
}

/** The `sourceCheck` entries of a parsed settings object, with the offsets of their keys and values. */
function fileEntries(root: Node): SettingEntry[] {
  const out: SettingEntry[] = [];
  const visit = (object: Node, prefix: string | undefined): void => {
    for (const property of object.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || typeof keyNode.value !== 'string') continue;
      const key = prefix === undefined ? keyNode.value : `${prefix}.${keyNode.value}`;
      if (prefix === undefined && !isSourceCheckKey(key)) continue; // another extension's setting
      if (valueNode && valueNode.type === 'object' && isSettingGroup(key)) visit(valueNode, key);
      // getNodeValue builds objects without prototypes
      else out.push({ key, value: valueNode ? getNodeValue(valueNode) : undefined, keyAt: keyNode.offset, valueAt: valueNode?.offset });
    }
  };
  visit(root, undefined);
  return out;
}

function kindOf(type: Node['type']): string {
  return type === 'array' ? 'a list' : type === 'null' ? 'null' : `a ${type}`;
}

function parseErrorText(e: ParseError): string {
  const expected: Record<string, string> = {
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon after the property name',
    CommaExpected: 'expected a comma between entries',
    CloseBraceExpected: 'expected } to close the object',
    CloseBracketExpected: 'expected ] to close the list',
    EndOfFileExpected: 'expected the end of the file after the settings object',
    InvalidSymbol: 'found a character that cannot start a value',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfComment: 'a comment is not closed',
  };
  const name = printParseErrorCode(e.error);
  return expected[name] ?? name;
}

/** The nearest `.vscode/settings.json` at or above a folder or file, up to the repository root (see searchUp). */
export function findSettingsFile(from: string): string | undefined {
  let dir = path.resolve(from);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  return searchUp(dir, (d) => {
    const candidate = path.join(d, '.vscode', 'settings.json');
    return fs.existsSync(candidate) ? candidate : undefined;
  });
}
