/**
 * "Source Check: Label Source…": asks for the source, its status, who set it,
 * the date, the statement that set it (an existing one, or "New statement…":
 * its words, date and url, said by who set it, and the registry file that takes
 * it when the folder holds several) and a note (each answer given in the
 * command's argument is not asked), opens the entry and applies the server's
 * edit of it (unsaved, undoable), then tells the impact with an action that shows it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { NewStatement, SourceLabel } from '../core/registryEdits/label.ts';
import { SOURCE_STATUSES, type SourceStatus } from '../core/types.ts';
import { impactMessage } from '../core/workspaceIndex/draftRecord.ts';
import {
  IMPACT_REQUEST,
  LABEL_EDIT_REQUEST,
  SOURCES_REQUEST,
  type ImpactResult,
  type LabelEditResult,
  type LabelSourceArgs,
  type SourcesResult,
} from '../protocol.ts';
import { toLocation } from './showReferences.ts';
import { statementFileChoices } from './statementFiles.ts';
import { parentPath } from './uriPaths.ts';

/** What the command did: the label written (and the statement created) and its impact, or undefined when cancelled or refused. */
export interface LabelOutcome {
  id: string;
  label: SourceLabel;
  statementId?: string;
  impact: ImpactResult;
  message: string;
}

/** What each status means, for the QuickPick. */
const MEANING: Record<SourceStatus, string> = {
  verified: 'checked against the original',
  unverified: 'not checked yet',
  disputed: 'its accuracy is contested',
  draft: 'a draft, not the final text',
  mistaken: 'released or said by mistake',
  retracted: 'withdrawn by its author',
  superseded: 'replaced by a later source',
  fabricated: 'never said or written',
};

/** Today as YYYY-MM-DD (local time). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The value of the "New statement…" item. */
const NEW: unique symbol = Symbol('new statement');

/** Asks for a new statement's words, date (default: the label's) and url (optional); undefined: Escape. */
async function askStatement(id: string, speaker: string, statusDate: string): Promise<NewStatement | undefined> {
  const text = (await vscode.window.showInputBox({
    title: `Label ${id}: what ${speaker} said`,
    prompt: 'The statement\'s words, as published',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'Expected the words of the statement'),
  }))?.trim();
  if (!text) return undefined;
  const date = (await vscode.window.showInputBox({
    title: `Label ${id}: the date ${speaker} said it`,
    value: statusDate,
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'Expected a date as YYYY-MM-DD'),
  }))?.trim();
  if (!date) return undefined;
  const url = await vscode.window.showInputBox({
    title: `Label ${id}: where it was published (optional)`,
    prompt: 'A URL; leave empty to add it later',
    ignoreFocusOut: true,
    validateInput: (v) => (/\s/.test(v.trim()) ? 'Expected one address without spaces' : undefined),
  });
  if (url === undefined) return undefined;
  return { speaker, text, date, ...(url.trim() ? { url: url.trim() } : {}) };
}

/**
 * Asks which registry file takes the new statement when the folder of the source's
 * entry holds others than the default statements.yaml; resolves to its URI,
 * undefined for the default (also when there is nothing to ask), null on Escape.
 */
async function askStatementFile(id: string, entry: vscode.Uri): Promise<string | undefined | null> {
  const folder = entry.with({ path: parentPath(entry.path) });
  // URIs throughout (github.dev's vscode-vfs: has no file path)
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{yaml,yml,json}'));
  const choices = statementFileChoices(folder.path, found.map((u) => u.path));
  if (!choices.length) return undefined;
  const chosen = await vscode.window.showQuickPick(choices, { title: `Label ${id}: which registry file takes the new statement?`, ignoreFocusOut: true });
  if (!chosen) return null;
  return chosen.path === undefined ? undefined : folder.with({ path: chosen.path }).toString();
}

/** Picks one of `items` (undefined: Escape). */
async function pick<T>(title: string, items: (vscode.QuickPickItem & { value: T })[]): Promise<T | undefined> {
  const chosen = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, ignoreFocusOut: true });
  return chosen?.value;
}

/** Runs the command with the answers in `args`, asking for the others. */
export async function labelSource(client: LanguageClient, args?: LabelSourceArgs): Promise<LabelOutcome | undefined> {
  const given = (args && typeof args === 'object' ? args : {}) as LabelSourceArgs;
  const { sources, people } = await client.sendRequest<SourcesResult>(SOURCES_REQUEST);
  const id = given.id ?? (await pick('Label Source: which source?', sources.map((s) => ({ label: s.id, description: `${s.status}${s.title ? ` · ${s.title}` : ''}`, value: s.id }))));
  if (!id) return undefined;
  const source = sources.find((s) => s.id === id);
  if (!source) {
    void vscode.window.showErrorMessage(`Source Check: no source with id \`${id}\` in the registry.`);
    return undefined;
  }
  const status = given.status ?? (await pick(`Label ${id}: status`, SOURCE_STATUSES.map((s) => ({ label: s, description: MEANING[s] + (s === source.status ? ' (now)' : ''), value: s }))));
  if (!status) return undefined;
  const nobody = { label: '(nobody)', description: 'no statusBy', value: null };
  const statusBy = given.statusBy !== undefined ? given.statusBy : await pick(`Label ${id}: who set the status?`, [...people.map((p) => ({ label: p.name, description: p.id, value: p.id as string | null })), nobody]);
  if (statusBy === undefined) return undefined;
  const statusDate = given.statusDate ?? (await vscode.window.showInputBox({
    title: `Label ${id}: the date it was set`,
    value: today(),
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'Expected a date as YYYY-MM-DD'),
  }))?.trim();
  if (!statusDate) return undefined;
  const none = { label: '(none)', description: 'no statusSource', value: null };
  const create = { label: '$(add) New statement…', description: `said by ${statusBy}: its words, date and url`, value: NEW as typeof NEW };
  const statusSource = given.newStatement ? NEW : given.statusSource !== undefined
    ? given.statusSource
    : await pick<string | null | typeof NEW>(`Label ${id}: the statement that set it`, [none, ...(statusBy ? [create] : []), ...sources.filter((s) => s.id !== id).map((s) => ({ label: s.id, description: s.title, value: s.id as string | null }))]);
  if (statusSource === undefined) return undefined;
  let newStatement: NewStatement | undefined;
  let statementFile: string | undefined | null;
  if (statusSource === NEW) {
    if (!statusBy) {
      void vscode.window.showErrorMessage(`Source Check: a new statement is said by who set the status; choose who set it first.`);
      return undefined;
    }
    newStatement = given.newStatement ? { speaker: statusBy, date: statusDate, ...given.newStatement } : await askStatement(id, statusBy, statusDate);
    if (!newStatement) return undefined;
    // (a statement given in the arguments goes to the file they name, else to the default: only a writer is asked)
    statementFile = given.statementFile ?? (given.newStatement ? undefined : await askStatementFile(id, toLocation(source.entry).uri));
    if (statementFile === null) return undefined;
  }
  const note = given.statusNote !== undefined ? given.statusNote : await vscode.window.showInputBox({ title: `Label ${id}: a note (optional)`, prompt: 'One line: why it carries this status', ignoreFocusOut: true });
  if (note === undefined) return undefined;
  const label: SourceLabel = { status, statusDate, ...(statusBy ? { statusBy } : {}), ...(statusSource && statusSource !== NEW ? { statusSource } : {}), ...(note?.trim() ? { statusNote: note.trim() } : {}) };
  // the entry opens in an editor first: the edit then stays there unsaved, for the writer to see, save or undo
  // (a file no editor shows would change out of sight)
  const entry = toLocation(source.entry);
  await vscode.window.showTextDocument(entry.uri, { selection: entry.range, preview: false });
  let result: LabelEditResult;
  try {
    result = await client.sendRequest<LabelEditResult>(LABEL_EDIT_REQUEST, { id, label, ...(newStatement ? { newStatement } : {}), ...(statementFile ? { statementFile } : {}) });
  } catch (error) {
    void vscode.window.showErrorMessage(`Source Check: ${(error as Error).message}`);
    return undefined;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Source Check: the registry file changed while labelling; ${id} was not labelled. Try again.`);
    return undefined;
  }
  const impact = await client.sendRequest<ImpactResult>(IMPACT_REQUEST, { id });
  const message = impactMessage(status, impact.flagged.length, impact.drafts, impact.quotes);
  void vscode.window.showInformationMessage(message, ...(impact.flagged.length ? ['Show'] : [])).then((choice) => {
    if (choice !== 'Show') return;
    const at = toLocation(result.entry);
    void vscode.commands.executeCommand('editor.action.showReferences', at.uri, at.range.start, impact.flagged.map(toLocation));
  });
  return { id, label, ...(result.statementId ? { statementId: result.statementId } : {}), impact, message };
}
