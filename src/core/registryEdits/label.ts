/**
 * The edit that labels a source entry in its registry file (status, who set
 * it, when, the statement that set it, a note), through the general registry
 * edits (setFields): YAML through the `yaml` document API, JSON through
 * jsonc-parser, every other byte of the file as it was.
 */
import { SOURCE_STATUSES, type SourceStatus } from '../types.ts';
import { setFields } from './registryEdits.ts';
import type { FieldValue, RegistryEditResult, RegistryFormat } from './textEdits.ts';

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
