/**
 * LSP adapters for registry files (hover, definition, completion, rename,
 * document symbols) and for drafts' outline and the capture quick fix
 * ("Add to the registry…"). Thin: each turns positions into offsets, asks
 * the core, and turns the answer back into LSP shapes.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  ErrorCodes,
  ResponseError,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Range,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../core/lineIndex.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { MatchedQuote } from '../core/check/quoteMatch.ts';
import { capturableQuotes, captureQuote, CAPTURE_EDIT_REQUEST, CAPTURE_STATEMENT_COMMAND, CAPTURE_TITLE } from '../core/registryEdits/capture.ts';
import { applyOffsetEdits } from '../core/registryEdits/textEdits.ts';
import { registryCompletions, type RegistryCompletion } from '../core/registryFeatures/completion.ts';
import { registryDefinition } from '../core/registryFeatures/definition.ts';
import { registryHover } from '../core/registryFeatures/hover.ts';
import { prepareRegistryRename, registryRename } from '../core/registryFeatures/rename.ts';
import { draftSymbols, registrySymbols, type OutlineSymbol } from '../core/registryFeatures/symbols.ts';
import type { Span, TextFile } from '../core/types.ts';
import { MAX_REGISTRY_BYTES } from '../host/fileRules.ts';
import { locationOf, offsetOf, uriOf } from './convert.ts';
import { baseNameOf, joinLocation, locationOfUri, parentOf, uriOfLocation } from './locations.ts';
import { openDocumentAt } from './uris.ts';
import type { Checked, Session } from './session.ts';

/** Server command: show a registry file at a range (the capture quick fix runs it after its edit). */
export const SHOW_ENTRY_COMMAND = 'sourceCheck.showRegistryEntry';

/** The registry file name capture writes to when the registry folder has no choice made. */
export const DEFAULT_CAPTURE_FILE = 'statements.yaml';

/** Position parameters as clients send them. */
interface At {
  textDocument?: { uri?: unknown };
  position?: unknown;
}

/** Registry-file features and the capture quick fix, bound to the server's documents and session. */
export class RegistryHandlers {
  /** True when the client runs `sourceCheck.captureStatement` (initializationOptions.captureStatement): the file can then be chosen. */
  offerFileChoice = false;

  /** `currentCheck`: a draft's check as its text is now (server.ts). */
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: Session,
    private readonly currentCheck: (uri: string) => Promise<Checked | undefined>,
  ) {}

  /** Registers the requests only registry files and outlines answer (hover and definition are routed by server.ts). */
  listen(): void {
    const c = this.connection;
    c.onCompletion((p) => this.guard(() => this.completion(p), []));
    c.onPrepareRename((p) => this.guard(() => this.prepareRename(p), null));
    c.onRenameRequest((p) => this.guard(() => this.rename(p, p.newName), null));
    c.onDocumentSymbol((p) => this.guard(() => this.symbols(p.textDocument?.uri), []));
    c.onRequest(CAPTURE_EDIT_REQUEST, (p: { uri?: unknown; position?: unknown; target?: unknown }) => this.guard(() => this.captureEdit(p), null));
    c.onExecuteCommand((p) => {
      if (p.command !== SHOW_ENTRY_COMMAND) return null;
      const [uri, range] = (p.arguments ?? []) as [unknown, Range | undefined];
      if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${SHOW_ENTRY_COMMAND}: expected [uri, range], got ${JSON.stringify(p.arguments)?.slice(0, 200)}`);
      void c.window.showDocument({ uri, takeFocus: true, selection: range }).catch(() => undefined);
      return null;
    });
  }

  /** True when the document is a registry file (its features answer here). */
  handles(uri: unknown): uri is string {
    return typeof uri === 'string' && this.session.isRegistryUri(uri);
  }

  /** Hover on an id in a registry file. */
  hover(p: At): Promise<Hover | null> {
    return this.guard(async () => {
      const at = await this.registryAt(p);
      const card = at && registryHover(at.path, at.text, at.offset, at.registry);
      return card && at ? { contents: { kind: 'markdown', value: card.markdown }, range: at.lines.rangeOf(card) } : null;
    }, null);
  }

  /** Go to definition from an id in a registry file. */
  definition(p: At): Promise<Location | null> {
    return this.guard(async () => {
      const at = await this.registryAt(p);
      const target = at && registryDefinition(at.path, at.text, at.offset, at.registry);
      return (target && at && locationOf(target, (file) => (file === at.path ? at.lines : at.registry.linesOf(file)))) || null;
    }, null);
  }

  /** The capture quick fixes for the unverified and unattributed quotes in `span` of a checked draft. */
  captureActions(checked: Checked, span: Span, about: (f: { code: string; start: number }) => Diagnostic[]): Promise<CodeAction[]> {
    return this.guard(() => this.captures(checked, span, about), []);
  }

  private async captures(checked: Checked, span: Span, about: (f: { code: string; start: number }) => Diagnostic[]): Promise<CodeAction[]> {
    const quotes = capturableQuotes(checked.doc, span);
    if (!quotes.length) return []; // most requests: nothing to read from disk
    const target = await this.captureTarget(checked.doc.path);
    const out: CodeAction[] = [];
    for (const m of quotes) {
      const capture = await this.captureInto(checked, m, target);
      if (!capture) continue; // a target that does not parse: its registry-error says so
      const finding = checked.doc.findings.find((f) => f.start === m.quote.start && (f.code === 'unverified-quote' || f.code === 'unattributed-quote'));
      const diagnostics = finding ? about(finding) : [];
      out.push({
        title: `${CAPTURE_TITLE} (${capture.statementId} in ${baseNameOf(target)})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: capture.edit,
        command: { title: 'Show the new entry', command: SHOW_ENTRY_COMMAND, arguments: [capture.show.uri, capture.show.range] },
      });
      if (this.offerFileChoice) {
        const title = `${CAPTURE_TITLE} (choose the registry file)`;
        const at = checked.doc.lines.positionAt(m.quote.start);
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: CAPTURE_STATEMENT_COMMAND, arguments: [uriOf(checked.doc.path), at, uriOf(target)] } });
      }
    }
    return out;
  }

  /** The edit adding the quote `m` to the registry file `target`, and where to show the new entry; undefined when the target does not parse. */
  private async captureInto(checked: Checked, m: MatchedQuote, target: string): Promise<{ edit: WorkspaceEdit; show: { uri: string; range: Range }; statementId: string } | undefined> {
    const uri = uriOf(target);
    const open = openDocumentAt(this.documents, uri);
    const text = (await this.textOf(target)) ?? '';
    const capture = captureQuote(checked.doc.text, m, checked.registry, { path: target, text }, localDate(new Date()));
    if ('problem' in capture) return undefined;
    const exists = open !== undefined || (await this.session.workspace.stat(uri)) !== undefined;
    const before = new LineIndex(text);
    const after = new LineIndex(applyOffsetEdits(text, capture.edits));
    const edit: WorkspaceEdit = {
      documentChanges: [
        ...(exists ? [] : [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }]),
        { textDocument: { uri, version: open ? open.version : null }, edits: capture.edits.map((e) => ({ range: before.rangeOf(e), newText: e.newText })) },
      ],
    };
    return { edit, show: { uri, range: after.rangeOf(capture.statementAt) }, statementId: capture.statementId };
  }

  /** The capture request: the edit for the quote at a draft's position into the registry file the writer chose. */
  private async captureEdit(p: { uri?: unknown; position?: unknown; target?: unknown }): Promise<{ edit: WorkspaceEdit; show: { uri: string; range: Range } } | null | ResponseError> {
    if (typeof p?.uri !== 'string' || typeof p.target !== 'string' || !/^[a-zA-Z][\w+.-]+:/.test(p.target) || !/\.(ya?ml|json)$/i.test(p.target)) {
      return new ResponseError(ErrorCodes.InvalidParams, `${CAPTURE_EDIT_REQUEST}: expected { uri, position, target } with target a .yaml, .yml or .json file URI, got ${JSON.stringify(p)?.slice(0, 200)}`);
    }
    const checked = await this.currentCheck(p.uri);
    const offset = checked && offsetOf(checked.doc.lines, p.position);
    if (!checked || offset === undefined) return null;
    const [m] = capturableQuotes(checked.doc, { start: offset, end: offset });
    if (!m) return null;
    const target = locationOfUri(p.target);
    const capture = await this.captureInto(checked, m, target);
    if (!capture) return new ResponseError(ErrorCodes.InvalidRequest, `${baseNameOf(target)} does not parse as a registry file; fix its registry-error first, or choose another file`);
    return { edit: capture.edit, show: capture.show };
  }

  /** The registry file capture writes to: `statements.yaml` in the draft's registry folder (a configured file: that file). */
  async captureTarget(draftPath: string): Promise<string> {
    const root = (await this.session.store.rootsFor(draftPath))[0] ?? joinLocation(this.session.workspaceRoot ?? parentOf(draftPath), 'sources');
    return /\.(ya?ml|json)$/i.test(root) ? root : joinLocation(root, DEFAULT_CAPTURE_FILE);
  }

  private async completion(p: At): Promise<CompletionItem[]> {
    const at = await this.registryAt(p);
    if (!at) return [];
    const kinds: Record<RegistryCompletion['kind'], CompletionItemKind> = {
      speaker: CompletionItemKind.Reference,
      source: CompletionItemKind.Reference,
      value: CompletionItemKind.EnumMember,
      field: CompletionItemKind.Property,
    };
    return registryCompletions(at.path, at.text, at.offset, at.registry).map((item, i) => ({
      label: item.label,
      kind: kinds[item.kind],
      detail: item.detail,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: at.lines.rangeOf(item.replace), newText: item.insertText ?? item.label },
    }));
  }

  private async prepareRename(p: At): Promise<{ range: Range; placeholder: string } | null> {
    const at = await this.registryAt(p);
    const target = at && prepareRegistryRename(at.path, at.text, at.offset, at.registry);
    return target && at ? { range: at.lines.rangeOf(target), placeholder: target.id } : null;
  }

  private async rename(p: At, newName: unknown): Promise<WorkspaceEdit | ResponseError> {
    const at = await this.registryAt(p);
    const target = at && prepareRegistryRename(at.path, at.text, at.offset, at.registry);
    if (!at || !target) return new ResponseError(ErrorCodes.InvalidRequest, 'nothing to rename here; expected the position of an entry id, or of a field that refers to one by id');
    if (typeof newName !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `expected the new id as a string, got ${JSON.stringify(newName)}`);
    const files = await this.registryFiles(at.registry);
    const result = registryRename(files, at.registry, target.id, newName.trim());
    if ('problem' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.problem);
    const texts = new Map(files.map((f) => [f.path, f.text]));
    return {
      documentChanges: [...result.edits].map(([file, edits]) => {
        const uri = uriOf(file);
        const lines = new LineIndex(texts.get(file) ?? '');
        return { textDocument: { uri, version: openDocumentAt(this.documents, uri)?.version ?? null }, edits: edits.map((e) => ({ range: lines.rangeOf(e), newText: e.newText })) };
      }),
    };
  }

  private async symbols(uri: unknown): Promise<DocumentSymbol[]> {
    if (typeof uri !== 'string') return [];
    if (this.handles(uri)) {
      const file = this.session.locationOf(uri);
      const text = await this.textOf(file);
      return text === undefined ? [] : toSymbols(registrySymbols(file, text), new LineIndex(text));
    }
    const checked = await this.currentCheck(uri);
    return checked ? toSymbols(draftSymbols(checked.doc), checked.doc.lines) : [];
  }

  /** Every registry file of a registry with the text the editor has (open buffers first). */
  private async registryFiles(registry: Registry): Promise<TextFile[]> {
    const paths = new Set<string>(registry.files.keys());
    for (const e of [...registry.speakers.values(), ...registry.sources.values()]) paths.add(e.location.path);
    const files: TextFile[] = [];
    for (const file of paths) {
      const text = (await this.textOf(file)) ?? registry.textOf(file);
      if (text !== undefined) files.push({ path: file, text });
    }
    return files;
  }

  /** A file's text: the open buffer, else the workspace's file; undefined when neither has it. */
  private async textOf(file: string): Promise<string | undefined> {
    const open = openDocumentAt(this.documents, uriOf(file));
    if (open) return open.getText();
    const read = await this.session.workspace.readFile(uriOfLocation(file), MAX_REGISTRY_BYTES);
    return 'text' in read ? read.text : undefined;
  }

  /** The registry file at a request's position: its path, text, lines, offset and registry; undefined for anything else. */
  private async registryAt(p: At): Promise<{ path: string; text: string; lines: LineIndex; offset: number; registry: Registry } | undefined> {
    const uri = p?.textDocument?.uri;
    if (!this.handles(uri)) return undefined;
    const file = this.session.locationOf(uri);
    const text = await this.textOf(file);
    if (text === undefined) return undefined;
    const lines = new LineIndex(text);
    const offset = offsetOf(lines, p.position);
    if (offset === undefined) return undefined;
    return { path: file, text, lines, offset, registry: await this.session.registryFor(file) };
  }

  /** Runs a handler; a failure is logged and answered with `fallback`, never thrown into the protocol. */
  private async guard<T>(run: () => T | Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.connection.console.error(`source-check: ${(error as Error).stack ?? error}`);
      return fallback;
    }
  }
}

/** LSP symbols for outline items: kind by entry type. */
function toSymbols(items: OutlineSymbol[], lines: LineIndex): DocumentSymbol[] {
  return items.map((s) => ({
    name: s.name || '(unnamed)',
    detail: s.detail,
    kind: SYMBOL_KINDS[s.type] ?? SymbolKind.Object,
    range: lines.rangeOf(s.range),
    selectionRange: lines.rangeOf(s.selection),
  }));
}

/** Symbol kinds by entry type: people and organizations apart from the kinds of sources. */
const SYMBOL_KINDS: Record<string, SymbolKind> = {
  person: SymbolKind.Constructor,
  organization: SymbolKind.Namespace,
  letter: SymbolKind.File,
  document: SymbolKind.File,
  report: SymbolKind.File,
  article: SymbolKind.File,
  statement: SymbolKind.String,
  interview: SymbolKind.String,
  speech: SymbolKind.String,
  post: SymbolKind.String,
  transcript: SymbolKind.String,
  quotation: SymbolKind.String,
};

/** A day as YYYY-MM-DD in the server's time zone (the writer's day, not UTC's). */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
