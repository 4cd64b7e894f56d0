/**
 * The edit that labels a source entry in its registry file (status, who set
 * it, when, the statement that set it, a note), through the general registry
 * edits (setFields): YAML through the `yaml` document API, JSON through
 * jsonc-parser, every other byte of the file as it was; with a new
 * statement that set the label, appended (appendEntry) as its statusSource.
 */
import { SOURCE_STATUSES, type SourceStatus } from '../types.ts';
import { appendEntry, setFields, type NewEntry } from './registryEdits.ts';
import { applyOffsetEdits, minimalEdit, registryFormatOf, type FieldValue, type OffsetEdit, type RegistryEditResult, type RegistryFormat } from './textEdits.ts';

/** What a label sets; a field left undefined is removed from the entry. */
export interface SourceLabel {
  status: SourceStatus;
  statusBy?: string;
  statusDate?: string;
  statusSource?: string;
  statusNote?: string;
}

/** The label's fields in the order they are written. */
const LABEL_FIELDS = ['status', 'statusBy', 'statusDate', 'statusSource', 'statusNote'] as const;

/** Why a label cannot be written, or undefined when it can: the status is known, the date a date, each field one line. */
export function labelProblem(label: SourceLabel): string | undefined {
  if (!(SOURCE_STATUSES as readonly string[]).includes(label.status)) return `unknown status \`${String(label.status)}\`; expected one of ${SOURCE_STATUSES.join(', ')}`;
  if (label.statusDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(label.statusDate)) return `statusDate \`${label.statusDate}\` is not a date; expected YYYY-MM-DD`;
  for (const f of LABEL_FIELDS) {
    const v = label[f];
    if (v !== undefined && (typeof v !== 'string' || /[\r\n]/.test(v))) return `${f} must be one line of text, got ${JSON.stringify(v)}`;
  }
  return undefined;
}

/**
 * The edits that write `label` into the entry with this `id` of a registry
 * file in `format`: each label field set, or removed when undefined (block
 * and flow entries alike), or a problem saying why not (no such entry, a
 * file that does not parse, a bad label).
 */
export function labelEdits(text: string, id: string, label: SourceLabel, format: RegistryFormat = 'yaml'): RegistryEditResult {
  const problem = labelProblem(label);
  if (problem) return { problem };
  const fields: Record<string, FieldValue> = {};
  for (const f of LABEL_FIELDS) fields[f] = label[f];
  return setFields(text, format, id, fields);
}

/** A statement created with a label, as its statusSource: who said it (a person's id), its words, its date, where it was published. */
export interface NewStatement {
  speaker: string;
  text: string;
  date: string;
  url?: string;
}

/** Why a new statement cannot be written, or undefined when it can. */
export function newStatementProblem(statement: NewStatement): string | undefined {
  if (typeof statement !== 'object' || !statement) return `expected a new statement { speaker, text, date, url? }, got ${JSON.stringify(statement)}`;
  if (typeof statement.speaker !== 'string' || !statement.speaker.trim()) return `the new statement's speaker must be a person's id, got ${JSON.stringify(statement.speaker)}`;
  if (typeof statement.text !== 'string' || !statement.text.trim()) return `the new statement's text must be its words, got ${JSON.stringify(statement.text)}`;
  if (typeof statement.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(statement.date)) return `the new statement's date must be YYYY-MM-DD, got ${JSON.stringify(statement.date)}`;
  if (statement.url !== undefined && (typeof statement.url !== 'string' || /\s/.test(statement.url.trim()) || !statement.url.trim())) return `the new statement's url must be one address without spaces, got ${JSON.stringify(statement.url)}`;
  return undefined;
}

/** A registry file's path and text (text '' for a file to create). */
export interface RegistryFileText {
  path: string;
  text: string;
}

/**
 * The edits that label `id` in `source` with a new statement (id
 * `statementId`) appended to `target` as its statusSource: one list of edits
 * per file, one file when both are the same (its edits computed together).
 */
export function labelWithStatementEdits(
  source: RegistryFileText,
  target: RegistryFileText,
  id: string,
  label: SourceLabel,
  statement: NewStatement,
  statementId: string,
): { files: { path: string; edits: OffsetEdit[] }[] } | { problem: string } {
  const problem = newStatementProblem(statement);
  if (problem) return { problem };
  const labelled = labelEdits(source.text, id, { ...label, statusSource: statementId }, registryFormatOf(source.path));
  if ('problem' in labelled) return labelled;
  const entry: NewEntry = { id: statementId, type: 'statement', speaker: statement.speaker.trim(), date: statement.date, status: 'unverified', text: statement.text.replace(/\s+/g, ' ').trim() };
  if (statement.url?.trim()) entry.url = statement.url.trim();
  const same = source.path === target.path;
  const base = same ? applyOffsetEdits(source.text, labelled.edits) : target.text;
  const appended = appendEntry(base, registryFormatOf(target.path), entry);
  if ('problem' in appended) return { problem: `cannot add the statement to ${target.path}: ${appended.problem}` };
  if (same) return { files: [{ path: source.path, edits: minimalEdit(source.text, applyOffsetEdits(base, appended.edits)) }] };
  return { files: [{ path: source.path, edits: labelled.edits }, { path: target.path, edits: appended.edits }] };
}
