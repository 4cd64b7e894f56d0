/**
 * Conversions between core results (offsets, findings) and LSP shapes
 * (ranges, diagnostics, locations).
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Range,
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
  private built = new WeakMap<Finding, { diagnostic: Diagnostic; inDraft: Range[] }>();

  /** The diagnostic of `finding` in the draft at `draftPath` (whose lines are `lines`). */
  diagnosticOf(finding: Finding, lines: LineIndex, linesOf: LinesOf, settings: Settings, draftPath: string): Diagnostic {
    const known = this.built.get(finding);
    // a kept diagnostic's positions are checked where they are, without a search or a new range
    if (known && lines.isAt(known.diagnostic.range.start, finding.start) && lines.isAt(known.diagnostic.range.end, finding.end) && relatedStayed(finding, known.inDraft, lines, draftPath)) return known.diagnostic;
    const inDraft = (finding.related ?? []).filter((r) => r.path === draftPath).map((r) => lines.rangeOf(r));
    const diagnostic = toDiagnostic(finding, lines, linesOf, settings);
    this.built.set(finding, { diagnostic, inDraft });
    return diagnostic;
  }
}

/** True when a finding's related places in the draft are still at the ranges `inDraft` kept for them. */
function relatedStayed(finding: Finding, inDraft: readonly Range[], lines: LineIndex, draftPath: string): boolean {
  let k = 0;
  for (const r of finding.related ?? []) {
    if (r.path !== draftPath) continue;
    const range = inDraft[k++];
    if (!range || !lines.isAt(range.start, r.start) || !lines.isAt(range.end, r.end)) return false;
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
