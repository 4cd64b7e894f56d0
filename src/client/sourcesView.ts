/**
 * The Sources view: the registry's sources grouped by status (labelled ones
 * first), each with its count and the drafts and quotes citing it, and the
 * people with their statements. Refreshed when the server says the index
 * changed; selecting an item opens it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { SourceStatus } from '../core/types.ts';
import { SOURCES_REQUEST, type PersonSummary, type PlaceInFile, type QuoteSummary, type SourceSummary, type SourcesResult } from '../protocol.ts';
import { toLocation } from './showReferences.ts';

/** The order of the status groups: the labels that flag quotes first. */
const STATUS_ORDER: SourceStatus[] = ['retracted', 'fabricated', 'mistaken', 'draft', 'disputed', 'superseded', 'unverified', 'verified'];

/** One node of the tree. */
export type SourcesNode =
  | { kind: 'group'; status: SourceStatus; sources: SourceSummary[] }
  | { kind: 'source'; source: SourceSummary; leaf?: boolean }
  | { kind: 'draft'; uri: string; quotes: QuoteSummary[] }
  | { kind: 'quote'; quote: QuoteSummary }
  | { kind: 'people'; people: PersonSummary[] }
  | { kind: 'person'; person: PersonSummary };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The tree data of the Sources view. */
export class SourcesView implements vscode.TreeDataProvider<SourcesNode> {
  private readonly emitter = new vscode.EventEmitter<SourcesNode | undefined>();
  /** Fires when the tree should be read again. */
  readonly onDidChangeTreeData = this.emitter.event;
  private data: Promise<SourcesResult> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly ready: Promise<void>) {}

  /** Reads the sources again (the index changed). */
  refresh(): void {
    this.data = undefined;
    this.emitter.fire(undefined);
  }

  /** The children of a node (the groups at the top). */
  async getChildren(node?: SourcesNode): Promise<SourcesNode[]> {
    if (!node) {
      const { sources, people } = await this.sources();
      const groups: SourcesNode[] = STATUS_ORDER.map((status) => ({ kind: 'group' as const, status, sources: sources.filter((s) => s.status === status) })).filter((g) => g.sources.length);
      return people.length ? [...groups, { kind: 'people', people }] : groups;
    }
    switch (node.kind) {
      case 'group':
        return node.sources.map((source) => ({ kind: 'source', source }));
      case 'source': {
        if (node.leaf) return [];
        const byDraft = new Map<string, QuoteSummary[]>();
        for (const q of node.source.quotes) byDraft.set(q.uri, [...(byDraft.get(q.uri) ?? []), q]);
        return [...byDraft].map(([uri, quotes]) => ({ kind: 'draft', uri, quotes }));
      }
      case 'draft':
        return node.quotes.map((quote) => ({ kind: 'quote', quote }));
      case 'people':
        return node.people.map((person) => ({ kind: 'person', person }));
      case 'person': {
        const { sources } = await this.sources();
        return node.person.statements.map((id) => sources.find((s) => s.id === id)).filter((s): s is SourceSummary => !!s).map((source) => ({ kind: 'source', source, leaf: true }));
      }
    }
    return [];
  }

  /** How a node shows. */
  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(`${capital(node.status)} (${node.sources.length})`, node.status === 'verified' || node.status === 'unverified' ? collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(node.status === 'verified' ? 'pass' : node.status === 'unverified' ? 'question' : 'warning');
        item.contextValue = 'statusGroup';
        return item;
      }
      case 'source': {
        const s = node.source;
        const item = new vscode.TreeItem(s.id, s.quotes.length && !node.leaf ? collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = s.quotes.length ? `${plural(s.quotes.length, 'quote')} in ${plural(s.drafts, 'draft')}${s.findings ? ` · ${plural(s.findings, 'finding')}` : ''}` : 'not quoted';
        item.tooltip = `${s.title ?? s.id} (${s.type}, ${s.status})`;
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'source';
        item.command = open(s.entry, 'Open the entry');
        return item;
      }
      case 'draft': {
        const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.quotes.length, 'quote');
        item.command = open(node.quotes[0], 'Open the draft');
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(`“${q.text}”`, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${q.range.start.line + 1}${q.codes.length ? ` · ${q.codes.join(', ')}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(q.codes.length ? 'warning' : 'quote');
        item.command = open(q, 'Open the quote');
        return item;
      }
      case 'people': {
        const item = new vscode.TreeItem(`People (${node.people.length})`, collapsed);
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'person': {
        const p = node.person;
        const item = new vscode.TreeItem(p.name, p.statements.length ? collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = `${p.id} · ${plural(p.statements.length, 'statement')}`;
        item.iconPath = new vscode.ThemeIcon('person');
        item.command = open(p.entry, 'Open the entry');
        return item;
      }
    }
  }

  private sources(): Promise<SourcesResult> {
    this.data ??= this.ready
      .then(() => this.client()?.sendRequest<SourcesResult>(SOURCES_REQUEST) ?? { sources: [], people: [] })
      .catch((error: unknown) => {
        this.data = undefined; // asked again next time
        throw error;
      });
    return this.data;
  }
}

/** The command that opens a place with its range selected. */
function open(place: PlaceInFile, title: string): vscode.Command {
  const at = toLocation(place);
  return { title, command: 'vscode.open', arguments: [at.uri, { selection: at.range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}
