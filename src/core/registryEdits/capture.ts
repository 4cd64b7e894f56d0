/**
 * Capture: a draft's unverified or unattributed quotation becomes a
 * statement entry in a registry file — the quotation's words as `text`, its
 * speaker (the registered one the draft's name resolves to, else a new
 * person entry from that name), the given day as `date`, `status: unverified`.
 */
import type { CheckedDocument } from '../check/checkDocument.ts';
import type { MatchedQuote } from '../check/quoteMatch.ts';
import { isValidId, suggestId } from '../registry/limits.ts';
import type { Registry } from '../registry/registry.ts';
import type { Span } from '../types.ts';
import { appendEntries, type NewEntry } from './registryEdits.ts';
import { registryFormatOf, type OffsetEdit } from './textEdits.ts';

/** The findings capture is offered on. */
export const CAPTURE_CODES: readonly string[] = ['unattributed-quote', 'unverified-quote'];

/** Client command of "Add to the registry… (choose the file)": asks which registry file, then asks the server for the edit. */
export const CAPTURE_STATEMENT_COMMAND = 'sourceCheck.captureStatement';

/** Request: the capture edit of the quote at a position of a draft, into a given registry file. */
export const CAPTURE_EDIT_REQUEST = 'sourceCheck/captureEdit';

/** The title of the capture quick fix. */
export const CAPTURE_TITLE = 'Add to the registry…';

/** The first line of a registry file capture creates. */
export const NEW_FILE_HEADER = '# Statements quoted in drafts, added with "Add to the registry…". Add each one\'s url once you have it.';

/** What capturing a quotation writes: the edits of the target file, the new entry's id and where its `text` lands. */
export interface Capture {
  edits: OffsetEdit[];
  /** The statement's id. */
  statementId: string;
  /** The id of the person entry added for the speaker, when one is. */
  newSpeakerId?: string;
  /** The span of the new statement's id in the file after the edits (to open it there). */
  statementAt: Span;
}

/** The quotations a capture can be offered for in `span`: those with an unverified or unattributed finding. */
export function capturableQuotes(doc: CheckedDocument, span: Span): MatchedQuote[] {
  const starts = new Set(doc.findings.filter((f) => CAPTURE_CODES.includes(f.code) && f.start <= span.end && f.end >= span.start).map((f) => f.start));
  return doc.matches.filter((m) => starts.has(m.quote.start));
}

/** The words of a quotation, its parts joined by single spaces. */
export function quotedWords(text: string, quote: MatchedQuote['quote']): string {
  const parts = quote.parts.length ? quote.parts : [quote];
  return parts.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ').trim();
}

/** An id not used in the registry nor in `also`: `base`, else `base-2`, `base-3` … */
export function freshId(base: string, registry: Registry, also: ReadonlySet<string> = new Set()): string {
  const used = (id: string) => registry.speakers.has(id) || registry.sources.has(id) || also.has(id);
  if (!used(base)) return base;
  for (let n = 2; ; n++) if (!used(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The edits that add the quotation `m` of the draft `draftText` to the
 * registry file `target` (its text; '' for a file to create), dated `today`
 * (YYYY-MM-DD), or a problem saying why not (a target that does not parse).
 */
export function captureQuote(draftText: string, m: MatchedQuote, registry: Registry, target: { path: string; text: string }, today: string): Capture | { problem: string } {
  const entries: NewEntry[] = [];
  const speaker = m.quote.speaker;
  let speakerId = speaker?.id && registry.speakers.has(speaker.id) ? speaker.id : undefined;
  let newSpeakerId: string | undefined;
  if (!speakerId && speaker) {
    const byName = registry.speakerByName(speaker.name);
    if (byName) speakerId = byName.id;
    else {
      const written = speaker.name.trim();
      newSpeakerId = speakerId = freshId(isValidId(written) ? written : (suggestId(written) ?? 'person'), registry);
      entries.push({ id: newSpeakerId, type: 'person', name: written });
    }
  }
  const statementId = freshId(`${speakerId ?? 'statement'}-${today}`, registry, new Set(newSpeakerId ? [newSpeakerId] : []));
  const statement: NewEntry = { id: statementId, type: 'statement' };
  if (speakerId) statement.speaker = speakerId;
  statement.date = today;
  statement.status = 'unverified';
  statement.text = quotedWords(draftText, m.quote);
  entries.push(statement);
  const format = registryFormatOf(target.path);
  const header = target.text === '' && format === 'yaml' ? NEW_FILE_HEADER + '\n' : '';
  const result = appendEntries(target.text, format, entries);
  if ('problem' in result) return { problem: `cannot add to ${target.path}: ${result.problem}` };
  const edits = header ? result.edits.map((e) => ({ ...e, newText: header + e.newText })) : result.edits;
  // where the statement's id lands: its last occurrence in the inserted text (the statement is written last)
  const [edit] = edits;
  const idAt = edit ? edit.newText.lastIndexOf(statementId) : -1;
  const start = idAt < 0 ? 0 : edit.start + idAt;
  return { edits, statementId, newSpeakerId, statementAt: { start, end: start + (idAt < 0 ? 0 : statementId.length) } };
}
