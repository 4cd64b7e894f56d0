/**
 * Conversions between core results (offsets, findings) and LSP shapes
 * (ranges, diagnostics, locations).
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
} from 'vscode-languageserver';
import { LineIndex } from '../core/lineIndex.ts';
import { docsLink, type Settings } from '../core/settings.ts';
import type { FileSpan, Finding, Severity } from '../core/types.ts';
import { uriOfLocation } from './locations.ts';

/** The `source` of every diagnostic Source Check publishes. */
export const DIAGNOSTIC_SOURCE = 'source-check';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** URIs by location: every publish names the same registry files again. */
const uris = new Map<string, string>();

/** The URI of a location (a file path, or a URI of another scheme as it is), as VS Code spells it. */
export function uriOf(filePath: string): string {
  let uri = uris.get(filePath);
  if (uri === undefined) {
    if (uris.size >= 10_000) uris.clear();
    uri = uriOfLocation(filePath);
    uris.set(filePath, uri);
  }
  return uri;
}

/** Finds line indexes of files by path (registry files, other drafts). */
export type LinesOf = (filePath: string) => LineIndex | undefined;

/** An LSP location for a span of a file. */
export function locationOf(span: FileSpan, linesOf: LinesOf): Location | undefined {
  const lines = linesOf(span.path);
  return lines ? { uri: uriOf(span.path), range: lines.rangeOf(span) } : undefined;
}

/** An LSP diagnostic for a finding. */
export function toDiagnostic(finding: Finding, lines: LineIndex, linesOf: LinesOf, settings: Settings): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const location = locationOf(r, linesOf);
    if (location) related.push({ location, message: r.message });
  }
  return {
    range: lines.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: docsLink(settings, finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data: { sourceId: finding.sourceId, speakerId: finding.speakerId, status: finding.status },
  };
}

/**
 * Diagnostics kept per finding object: a finding that comes back from the
 * next check (a quote an edit did not touch keeps its findings, the same
 * objects) gets the diagnostic built for it before, when its range and its
 * related places in the draft are still where they were (places in other
 * files, such as the registry's, do not move while its findings are kept); so an edit builds
 * (and the transport serialises, see diagnosticsJson.ts) only what changed.
 */
export class DiagnosticMemo {
  private built = new WeakMap<Finding, Built>();

  /** The diagnostic of `finding` in the draft at `draftPath` (whose lines are `lines`). */
  diagnosticOf(finding: Finding, lines: LineIndex, linesOf: LinesOf, settings: Settings, draftPath: string): Diagnostic {
    return this.builtFor(finding, lines, linesOf, settings, draftPath).diagnostic;
  }

  /** The kept diagnostic of `finding` with the positions it was built at, built anew when they moved. */
  builtFor(finding: Finding, lines: LineIndex, linesOf: LinesOf, settings: Settings, draftPath: string): Built {
    const known = this.built.get(finding);
    // a kept diagnostic's positions are checked where they are, from numbers kept beside it (no search, no new range)
    if (known && lines.isAtLine(known.startLine, known.startCharacter, finding.start) && lines.isAtLine(known.endLine, known.endCharacter, finding.end) && relatedStayed(finding, known.related, known.inDraft, lines, draftPath)) return known;
    const diagnostic = toDiagnostic(finding, lines, linesOf, settings);
    const inDraft: number[] = [];
    for (const r of finding.related ?? []) {
      if (r.path !== draftPath) continue;
      const { start, end } = lines.rangeOf(r);
      inDraft.push(start.line, start.character, end.line, end.character);
    }
    const { start, end } = diagnostic.range;
    const built: Built = { diagnostic, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, related: finding.related, inDraft: inDraft.length ? inDraft : undefined };
    this.built.set(finding, built);
    return built;
  }
}

/** How far ahead in the last publish's findings a finding is looked for (those gone since are skipped). */
const LOOK_AHEAD = 8;

/**
 * The diagnostics of one open draft from publish to publish: its findings are
 * walked beside the last publish's (a kept finding is the same object, in the
 * same order), each kept one's positions read from typed arrays kept beside
 * them, so that an edit reads only the findings themselves and the line
 * index, not a hash table and a record per finding; a finding not met there
 * is looked up in the memo (built anew when it moved).
 */
export class DraftDiagnostics {
  private findings: readonly Finding[] = [];
  private diagnostics: Diagnostic[] = [];
  /** Start line, start character, end line, end character of each last diagnostic. */
  private positions = new Int32Array(0);
  private related: Finding['related'][] = [];
  private inDraft: (number[] | undefined)[] = [];

  constructor(private readonly memo: DiagnosticMemo) {}

  /** The diagnostics of `findings` (the draft's at `draftPath`, whose lines are `lines`); kept for the next call. */
  diagnosticsOf(findings: readonly Finding[], lines: LineIndex, linesOf: LinesOf, settings: Settings, draftPath: string): Diagnostic[] {
    const n = findings.length;
    const out: Diagnostic[] = new Array(n);
    const positions = new Int32Array(n * 4);
    const related: Finding['related'][] = new Array(n);
    const inDraft: (number[] | undefined)[] = new Array(n);
    const last = this.findings;
    const lastPositions = this.positions;
    let j = 0;
    for (let i = 0; i < n; i++) {
      const f = findings[i];
      const to = Math.min(last.length, j + LOOK_AHEAD);
      let k = j;
      while (k < to && last[k] !== f) k++;
      const p = 4 * i;
      if (k < to) {
        j = k + 1;
        const q = 4 * k;
        if (lines.isAtLine(lastPositions[q], lastPositions[q + 1], f.start) && lines.isAtLine(lastPositions[q + 2], lastPositions[q + 3], f.end) && relatedStayed(f, this.related[k], this.inDraft[k], lines, draftPath)) {
          out[i] = this.diagnostics[k];
          positions[p] = lastPositions[q];
          positions[p + 1] = lastPositions[q + 1];
          positions[p + 2] = lastPositions[q + 2];
          positions[p + 3] = lastPositions[q + 3];
          related[i] = this.related[k];
          inDraft[i] = this.inDraft[k];
          continue;
        }
      }
      const built = this.memo.builtFor(f, lines, linesOf, settings, draftPath);
      out[i] = built.diagnostic;
      positions[p] = built.startLine;
      positions[p + 1] = built.startCharacter;
      positions[p + 2] = built.endLine;
      positions[p + 3] = built.endCharacter;
      related[i] = built.related;
      inDraft[i] = built.inDraft;
    }
    this.findings = findings;
    this.diagnostics = out;
    this.positions = positions;
    this.related = related;
    this.inDraft = inDraft;
    return out;
  }
}

/** A diagnostic as built, with the positions it was built at as plain numbers (read without following its range objects). */
export interface Built {
  diagnostic: Diagnostic;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  /** The finding's related places when built (the same array while the finding is kept). */
  related: Finding['related'];
  /** Line and character of the start and end of each related place in the draft, four numbers each; undefined: none. */
  inDraft: number[] | undefined;
}

/** True when a finding's related places in the draft are still where they were when its diagnostic was built. */
function relatedStayed(finding: Finding, knownRelated: Finding['related'], knownInDraft: number[] | undefined, lines: LineIndex, draftPath: string): boolean {
  // the same array with no place in the draft: nothing to move (a kept finding's related places move in place, never change file)
  if (finding.related === knownRelated && !knownInDraft) return true;
  const inDraft = knownInDraft ?? [];
  let k = 0;
  for (const r of finding.related ?? []) {
    if (r.path !== draftPath) continue;
    if (k >= inDraft.length || !lines.isAtLine(inDraft[k], inDraft[k + 1], r.start) || !lines.isAtLine(inDraft[k + 2], inDraft[k + 3], r.end)) return false;
    k += 4;
  }
  return k === inDraft.length;
}

/**
 * The offset of an LSP position from a client, or undefined when it is no
 * position (missing, negative, fractional); lines and characters past the
 * end are clamped to it, as LSP says.
 */
export function offsetOf(lines: LineIndex, position: unknown): number | undefined {
  const p = position as { line?: unknown; character?: unknown } | null | undefined;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!p || !ok(p.line) || !ok(p.character)) return undefined;
  return lines.offsetAt({ line: p.line, character: p.character });
}

/** The one diagnostic of a draft that is not checked (too large): information on its first line, linking to `docsLink`. */
export function notCheckedDiagnostic(message: string, docsLink: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'not-checked',
    codeDescription: { href: docsLink },
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}
