/**
 * The workspace features of registry files, over the workspace index: Find
 * All References on an entry, the CodeLens above each source, the Label
 * Source code actions, and the custom requests of the Sources view, the
 * label edit and its impact (names and shapes in src/protocol.ts).
 */
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type CodeLens,
  type Location,
  type Position,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument } from '../core/check/checkDocument.ts';
import { quoteAt } from '../core/features/hover.ts';
import { LineIndex } from '../core/lineIndex.ts';
import type { Registry } from '../core/registry/registry.ts';
import { freshId } from '../core/registryEdits/capture.ts';
import { labelEdits, labelWithStatementEdits, newStatementProblem } from '../core/registryEdits/label.ts';
import { registryFormatOf, type OffsetEdit } from '../core/registryEdits/textEdits.ts';
import type { FileSpan, Span } from '../core/types.ts';
import { findingsAbout, quotedTitle, quotesOf, type DraftRecord } from '../core/workspaceIndex/draftRecord.ts';
import {
  LABEL_SOURCE_COMMAND,
  SHOW_REFERENCES_COMMAND,
  type ImpactResult,
  type FileTextEdits,
  type LabelEditParams,
  type LabelEditResult,
  type PersonSummary,
  type PlaceInFile,
  type SourceSummary,
  type SourcesResult,
} from '../protocol.ts';
import { offsetOf, uriOf } from './convert.ts';
import { openDocumentAt } from './uris.ts';
import { entriesByFile, entryAt, referencedIdAt, registriesInUse, registryOfFile, registryReferences, syncRegistryBuffers } from './registryEntries.ts';
import { isInsideLocation, joinLocation, locationOfUri, normalizeLocation, parentOf } from './locations.ts';
import type { Session } from './session.ts';
import type { WorkspaceIndex } from './workspaceIndex.ts';
import type { Workspace } from './workspace.ts';

/** The file a statement created with a label goes to, in the source's registry folder. */
const DEFAULT_STATEMENTS_FILE = 'statements.yaml';

/** The registry file a label's new statement goes to, when the request names one (a .yaml, .yml or .json URI inside the source's registry `root`): its location, undefined when none is named, or why it cannot be. */
function statementFileOf(uri: unknown, root: string): string | undefined | { problem: string } {
  if (uri === undefined) return undefined;
  const location = typeof uri === 'string' && /^[a-zA-Z][\w+.-]+:/.test(uri) ? normalizeLocation(locationOfUri(uri)) : undefined;
  if (location === undefined || !/\.(ya?ml|json)$/i.test(location)) return { problem: `statementFile must be the URI of a .yaml, .yml or .json registry file, got ${JSON.stringify(uri)?.slice(0, 200)}` };
  if (!isInsideLocation(location, root)) return { problem: `statementFile ${location} is outside the source's registry ${root}; expected one of its files` };
  return location;
}

/** Statuses that are no label: a source carrying another one is "labelled". */
const UNLABELLED = new Set(['verified', 'unverified']);

/** The registry features, answering for the server. */
export class RegistryFeatures {
  constructor(
    private readonly session: Session,
    private readonly index: WorkspaceIndex,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
  ) {}

  /** The index made current: open registry buffers read, stale drafts re-checked. */
  async current(): Promise<DraftRecord[]> {
    if (syncRegistryBuffers(this.session, this.documents)) await this.index.requeueStale();
    await this.index.ready();
    // each folder's own sources/ is in use even when no draft quotes it yet
    for (const folder of this.index.folderUris()) await this.session.store.registryFor(this.session.locationOf(`${folder.replace(/\/$/, '')}/_`));
    return this.index.records();
  }

  /** Find All References in a registry file: the quotations of the entry (or the id under the cursor) and the registry fields naming it. */
  async references(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[] | null> {
    const records = await this.current();
    const at = await this.idAt(uri, position);
    if (!at) return null;
    const { registry, id } = at;
    const out: Location[] = quotesOf(records, id).map(({ uri: u, quote }) => ({ uri: u, range: quote.range }));
    for (const span of registryReferences(registry, id)) out.push(this.location(registry, span));
    const entry = registry.sources.get(id) ?? registry.speakers.get(id);
    if (includeDeclaration && entry) out.unshift(this.location(registry, { path: entry.location.path, ...entry.location.id }));
    return out;
  }

  /** A CodeLens above each source entry of a registry file: its quotations and findings, opening them. */
  async codeLenses(uri: string): Promise<CodeLens[]> {
    if (!this.session.isRegistryUri(uri)) return [];
    const records = await this.current();
    const file = this.session.locationOf(uri);
    const registry = await registryOfFile(this.session, file);
    if (!registry) return [];
    const lenses: CodeLens[] = [];
    for (const entry of entriesByFile(registry).get(file) ?? []) {
      if (entry.kind !== 'source') continue;
      const quotes = quotesOf(records, entry.id).filter((q) => q.quote.sourceId === entry.id);
      const drafts = new Set(quotes.map((q) => q.uri)).size;
      const findings = findingsAbout(records, entry.id).length;
      const range = this.location(registry, { path: file, ...entry.location.id }).range;
      const locations = quotes.map(({ uri: u, quote }) => ({ uri: u, range: quote.range }));
      lenses.push({
        range,
        command: { title: quotedTitle(quotes.length, drafts, findings), command: SHOW_REFERENCES_COMMAND, arguments: [uri, range.start, locations] },
      });
    }
    return lenses;
  }

  /** "Label Source…" on a source entry of a registry file. */
  async registryActions(uri: string, range: { start: Position; end: Position }): Promise<CodeAction[]> {
    const file = this.session.locationOf(uri);
    const registry = await registryOfFile(this.session, file);
    const lines = registry?.linesOf(file);
    const offset = lines && offsetOf(lines, range.start);
    if (!registry || offset === undefined) return [];
    const entry = entryAt(registry, file, offset);
    return entry?.kind === 'source' ? [labelAction(entry.id)] : [];
  }

  /** "Label Source…" on a quotation that resolves to a source. */
  quoteActions(doc: CheckedDocument, span: Span): CodeAction[] {
    const source = quoteAt(doc, span.start)?.source;
    return source ? [labelAction(source.id)] : [];
  }

  /** Every source and person of the registries in use, with their quotations in the workspace's drafts. */
  async sources(): Promise<SourcesResult> {
    const records = await this.current();
    const sources: SourceSummary[] = [];
    const people: PersonSummary[] = [];
    const seen = new Set<string>();
    for (const registry of registriesInUse(this.session)) {
      for (const s of registry.sources.values()) {
        const key = `${s.location.path}\0${s.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const quotes = quotesOf(records, s.id).filter((q) => q.quote.sourceId === s.id);
        sources.push({
          id: s.id,
          title: s.title,
          type: s.type,
          status: s.status,
          labelled: !UNLABELLED.has(s.status),
          speakerId: s.speaker?.id,
          entry: this.location(registry, { path: s.location.path, ...s.location.id }),
          quotes: quotes.map(({ uri, quote }) => ({ uri, range: quote.range, text: quote.text, codes: quote.codes })),
          drafts: new Set(quotes.map((q) => q.uri)).size,
          findings: findingsAbout(records, s.id).length,
        });
      }
      for (const p of registry.speakers.values()) {
        const key = `${p.location.path}\0${p.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const statements = [...registry.sources.values()].filter((s) => s.speaker?.id === p.id).map((s) => s.id);
        people.push({ id: p.id, name: p.name, entry: this.location(registry, { path: p.location.path, ...p.location.id }), statements });
      }
    }
    return { sources, people };
  }

  /** What the source's label does now: its findings over the workspace's drafts. */
  async impact(id: unknown): Promise<ImpactResult | ResponseError> {
    if (typeof id !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `sourceCheck/impact: expected { id: string }, got id ${JSON.stringify(id)}`);
    const records = await this.current();
    const source = registriesInUse(this.session).map((r) => r.sources.get(id)).find((s) => s);
    if (!source) return new ResponseError(ErrorCodes.InvalidParams, `sourceCheck/impact: no source with id \`${id}\` in the registries in use`);
    // a quote with two findings (misquote and source-status) is one place
    const places = new Map<string, PlaceInFile>();
    for (const { uri, finding } of findingsAbout(records, id)) places.set(`${uri}\0${finding.range.start.line}:${finding.range.start.character}`, { uri, range: finding.range });
    const flagged = [...places.values()];
    return {
      id,
      status: source.status,
      flagged,
      drafts: new Set(flagged.map((f) => f.uri)).size,
      quotes: quotesOf(records, id).filter((q) => q.quote.sourceId === id).length,
    };
  }

  /** The WorkspaceEdit that writes a label into a source's entry (its open buffer, else the file on disk). */
  async labelEdit(params: LabelEditParams): Promise<LabelEditResult | ResponseError> {
    const bad = (message: string) => new ResponseError(ErrorCodes.InvalidParams, `sourceCheck/labelEdit: ${message}`);
    if (typeof params?.id !== 'string' || typeof params.label !== 'object' || !params.label) return bad(`expected { id: string, label: { status, … } }, got ${JSON.stringify(params)?.slice(0, 200)}`);
    await this.current();
    const found = registriesInUse(this.session).map((registry) => ({ registry, source: registry.sources.get(params.id) })).find((f) => f.source);
    if (!found?.source) return bad(`no source with id \`${params.id}\` in the registries in use`);
    const file = found.source.location.path;
    const source = await this.fileText(file);
    if ('problem' in source) return bad(`cannot read ${file}: ${source.problem}`);
    const entry = this.location(found.registry, { path: file, ...found.source.location.id });
    if (params.newStatement === undefined) {
      const result = labelEdits(source.text, params.id, params.label, registryFormatOf(file));
      if ('problem' in result) return bad(`${file}: ${result.problem}`);
      return { edit: { documentChanges: [textEdits(source, result.edits)] }, entry };
    }
    // a new statement that set the label: statements.yaml of the source's registry folder takes it, in the same edit
    const problem = newStatementProblem(params.newStatement);
    if (problem) return bad(problem);
    const speaker = params.newStatement.speaker.trim();
    if (!found.registry.speakers.has(speaker)) return bad(`the new statement's speaker \`${speaker}\` is no person of the registry; expected a person's id (the statusBy)`);
    const root = (await this.session.store.rootsFor(file)).find((r) => isInsideLocation(file, r)) ?? parentOf(file);
    const chosen = statementFileOf(params.statementFile, root);
    if (typeof chosen === 'object') return bad(chosen.problem);
    const targetPath = chosen ?? (/\.(ya?ml|json)$/i.test(root) ? root : joinLocation(root, DEFAULT_STATEMENTS_FILE));
    const target = await this.fileText(targetPath, true);
    if ('problem' in target) return bad(`cannot read ${targetPath}: ${target.problem}`);
    const statementId = freshId(`${speaker}-${params.newStatement.date}`, found.registry);
    const result = labelWithStatementEdits({ path: file, text: source.text }, { path: targetPath, text: target.text }, params.id, params.label, params.newStatement, statementId);
    if ('problem' in result) return bad(`${file}: ${result.problem}`);
    const [first, second] = result.files;
    const changes: LabelEditResult['edit']['documentChanges'] = [textEdits(source, first.edits)];
    if (second) {
      if (target.missing) changes.push({ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } });
      changes.push(textEdits(target, second.edits));
    }
    return { edit: { documentChanges: changes }, entry, statementId };
  }

  /** A registry file's text and URI: its open buffer (with its version), else the disk; `mayBeMissing`: a missing file reads as ''. */
  private async fileText(file: string, mayBeMissing = false): Promise<FileVersionText | { problem: string }> {
    const uri = uriOf(file);
    const open = openDocumentAt(this.documents, uri);
    if (open) return { uri: open.uri, version: open.version, text: open.getText() };
    if (mayBeMissing && !(await this.workspace.stat(uri))) return { uri, version: null, text: '', missing: true };
    const read = await this.workspace.readFile(uri, 64 * 1024 * 1024);
    return 'problem' in read ? read : { uri, version: null, text: read.text };
  }

  /** The registry id at a position of a registry file: a reference field's id under the cursor, else the entry's. */
  private async idAt(uri: string, position: Position): Promise<{ registry: Registry; id: string } | undefined> {
    if (!this.session.isRegistryUri(uri)) return undefined;
    const file = this.session.locationOf(uri);
    const registry = await registryOfFile(this.session, file);
    const lines = registry?.linesOf(file);
    const offset = lines && offsetOf(lines, position);
    if (!registry || offset === undefined) return undefined;
    const entry = entryAt(registry, file, offset);
    if (!entry) return undefined;
    return { registry, id: referencedIdAt(registry, entry, offset) ?? entry.id };
  }

  private location(registry: Registry, span: FileSpan): PlaceInFile {
    const lines = registry.linesOf(span.path) ?? new LineIndex('');
    return { uri: uriOf(span.path), range: lines.rangeOf(span) };
  }
}

/** A file's text as an edit is computed against: its URI, the open buffer's version (null: the disk), whether it is still to create. */
interface FileVersionText {
  uri: string;
  version: number | null;
  text: string;
  missing?: boolean;
}

/** The LSP text edits of offset edits computed against a file's text. */
function textEdits(file: FileVersionText, edits: readonly OffsetEdit[]): FileTextEdits {
  const lines = new LineIndex(file.text);
  return { textDocument: { uri: file.uri, version: file.version }, edits: edits.map((e) => ({ range: lines.rangeOf(e), newText: e.newText })) };
}

/** The code action that runs Label Source… for a source. */
function labelAction(id: string): CodeAction {
  const title = `Label Source… (${id})`;
  return { title, kind: CodeActionKind.Refactor, command: { title, command: LABEL_SOURCE_COMMAND, arguments: [{ id }] } };
}
