/**
 * Applies a draft's suppression comments to its findings: a finding a
 * directive with a reason covers is set aside with that reason; directives
 * without a reason, naming unknown codes, or suppressing nothing are reported.
 */
import type { Report } from '../check/context.ts';
import type { DocumentLanguage } from '../extract/model.ts';
import { isFlaggedStatus } from '../settings.ts';
import { DIAGNOSTIC_CODES, SOURCE_STATUSES, type Finding, type Span } from '../types.ts';
import { editDistance } from '../userSettings.ts';
import { findDirectives, type Directive, type DirectiveKind } from './directives.ts';
import { workCounts } from '../workCounts.ts';

/** Codes the suppression findings themselves have: never suppressed. */
const OWN_CODES: readonly string[] = ['suppression-without-reason', 'unused-suppression', 'unknown-suppression-code'];

/** What a suppression may name: the codes of draft findings, and the statuses that give source-status findings. */
export const SUPPRESSIBLE: readonly string[] = [
  ...DIAGNOSTIC_CODES.filter((c) => c !== 'registry-error' && !OWN_CODES.includes(c)),
  ...SOURCE_STATUSES.filter(isFlaggedStatus),
];

/** One suppression comment with what became of it, for the audit list. */
export interface Suppression extends Span {
  kind: DirectiveKind;
  codes: string[];
  reason: string;
  /** Where it applies: the next non-blank line, or the stretch up to its `enable` (or the end). */
  scope: Span;
  /** The findings it set aside. */
  suppressed: Finding[];
}

/** A finding set aside, with the suppression that did it. */
export interface SuppressedFinding {
  finding: Finding;
  reason: string;
  by: Suppression;
}

/** The outcome: findings kept, set aside, the suppressions, and the findings about them. */
export interface SuppressionResult {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  suppressions: Suppression[];
  reports: Report[];
}

interface Scope {
  directive: Directive;
  suppression?: Suppression;
  code: string;
  start: number;
  end: number;
  used: boolean;
}

/** Sets aside the findings the draft's suppression comments cover (findings in document order or not). */
export function applySuppressions(text: string, language: DocumentLanguage, findings: Finding[], directives = findDirectives(text, language)): SuppressionResult {
  if (!directives.length) return { kept: findings, suppressed: [], suppressions: [], reports: [] };
  const reports: Report[] = [];
  const suppressions: Suppression[] = [];
  const scopes: Scope[] = [];
  /** Open `disable` scopes by code: an `enable` closes all of a code at once, so they share their end. */
  const open = new Map<string, Scope[]>();
  const directiveLines = new Set(directives.map((d) => d.line.start));
  for (const d of directives) {
    if (!d.kind) {
      reports.push(unknownDirective(d));
      continue;
    }
    const known = d.codes.filter((c) => SUPPRESSIBLE.includes(c.name));
    for (const c of d.codes) if (!SUPPRESSIBLE.includes(c.name)) reports.push({ code: 'unknown-suppression-code', message: unknownCodeMessage(c.name), start: c.start, end: c.end });
    if (d.kind === 'enable') {
      let closed = 0;
      for (const code of d.codes.length ? known.map((c) => c.name) : [...open.keys()]) {
        for (const s of open.get(code) ?? []) {
          s.end = d.line.start;
          closed++;
        }
        open.delete(code);
      }
      if (!closed && (known.length || !d.codes.length)) {
        reports.push({ code: 'unused-suppression', message: `\`source-check-enable\` ends no \`source-check-disable\`${d.codes.length ? ` of ${list(known.map((c) => c.name))}` : ''}; expected one above it`, start: d.start, end: d.end });
      }
      continue;
    }
    const example = `<!-- ${d.written} ${known.length ? known.map((c) => c.name).join(', ') : 'CODE'} -- REASON -->`;
    if (!d.codes.length) {
      reports.push({ code: 'unknown-suppression-code', message: `\`${d.written}\` names no code, so it suppresses nothing; expected a code or status, as in \`${example}\`: ${SUPPRESSIBLE.join(', ')}`, start: d.start, end: d.end });
    }
    if (!d.reason) {
      reports.push({ code: 'suppression-without-reason', message: `\`${d.written}\` gives no reason, so it is not honoured; expected the reason after \` -- \`, as in \`${example}\``, start: d.start, end: d.end });
    }
    if (!d.reason || !known.length) continue;
    const scope = d.kind === 'disable' ? { start: d.next, end: text.length } : nextLine(text, d.next, directiveLines);
    const suppression: Suppression = { kind: d.kind, codes: known.map((c) => c.name), reason: d.reason, scope, suppressed: [], start: d.start, end: d.end };
    suppressions.push(suppression);
    for (const c of known) {
      const s: Scope = { directive: d, suppression, code: c.name, start: scope.start, end: scope.end, used: false };
      scopes.push(s);
      const opened = d.kind === 'disable' ? open.get(c.name) : undefined;
      if (opened) opened.push(s);
      else if (d.kind === 'disable') open.set(c.name, [s]);
    }
  }
  // a disable's scope runs to where the last of its codes is enabled again
  for (const p of suppressions) if (p.kind === 'disable') p.scope = { start: p.scope.start, end: 0 };
  for (const sc of scopes) if (sc.directive.kind === 'disable') sc.suppression!.scope.end = Math.max(sc.suppression!.scope.end, sc.end);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  // next-line scopes by the start of their line, so that many comments and findings stay linear
  const byLine = new Map<number, Scope[]>();
  // disable scopes by code in the order they open: the last opened before a finding is the one that may cover it
  const stretches = new Map<string, Scope[]>();
  for (const s of scopes) {
    const into = s.directive.kind === 'disable' ? stretches : byLine;
    const key = s.directive.kind === 'disable' ? s.code : s.start;
    const list = (into as Map<string | number, Scope[]>).get(key);
    if (list) list.push(s);
    else (into as Map<string | number, Scope[]>).set(key, [s]);
  }
  for (const f of findings) {
    const here = byLine.get(lineStartOf(text, f.start));
    workCounts.suppressionProbes += here?.length ?? 0;
    const by = here?.find((s) => f.start <= s.end && covers(s.code, f)) ?? innermost(stretches.get(f.code), f.start) ?? (f.code === 'source-status' && f.status ? innermost(stretches.get(f.status), f.start) : undefined);
    if (!by) {
      kept.push(f);
      continue;
    }
    by.used = true;
    by.suppression!.suppressed.push(f);
    suppressed.push({ finding: f, reason: by.suppression!.reason, by: by.suppression! });
  }
  for (const r of unusedReports(scopes)) reports.push(r);
  return { kept, suppressed, suppressions, reports };
}

/**
 * The last scope opened at or before `at`, if it is still open there. Of one
 * code, the scopes open together close together (an enable closes them all),
 * so an earlier scope never reaches further than a later one.
 */
function innermost(scopes: Scope[] | undefined, at: number): Scope | undefined {
  if (!scopes) return undefined;
  workCounts.suppressionProbes++; // (one probe: a binary search)
  let lo = 0;
  let hi = scopes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scopes[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  const last = scopes[lo - 1];
  return last && at <= last.end ? last : undefined;
}

/** True when a suppression of `code` covers the finding: its code, or the status of its source. */
function covers(code: string, f: Finding): boolean {
  return f.code === code || (f.code === 'source-status' && f.status === code);
}

/** The start of the line holding `at`. */
function lineStartOf(text: string, at: number): number {
  let i = Math.min(at, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The next line after `from` that is neither blank nor a directive (empty at the end of the text). */
function nextLine(text: string, from: number, directiveLines: Set<number>): Span {
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (text.slice(start, end).trim() && !directiveLines.has(start)) return { start, end };
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
  return { start: text.length, end: text.length };
}

function unusedReports(scopes: Scope[]): Report[] {
  const out: Report[] = [];
  const byDirective = new Map<Directive, Scope[]>();
  for (const s of scopes) byDirective.set(s.directive, [...(byDirective.get(s.directive) ?? []), s]);
  for (const [d, own] of byDirective) {
    const where = d.kind === 'disable' ? 'up to its `source-check-enable`' : 'on the next non-blank line';
    if (own.every((s) => !s.used)) {
      out.push({ code: 'unused-suppression', message: `\`${d.written}\` suppresses nothing: no ${list(own.map((s) => s.code))} finding ${where}; expected one there, or remove the comment`, start: d.start, end: d.end });
      continue;
    }
    for (const s of own) {
      if (s.used) continue;
      const c = d.codes.find((x) => x.name === s.code)!;
      out.push({ code: 'unused-suppression', message: `\`${s.code}\` suppresses nothing here: no such finding ${where}; expected one, or remove the code`, start: c.start, end: c.end });
    }
  }
  return out;
}

function unknownDirective(d: Directive): Report {
  const best = closest(d.written.slice('source-check-'.length), ['disable-next-line', 'disable', 'enable']);
  return {
    code: 'unknown-suppression-code',
    message: `unknown directive \`${d.written}\`; ${best ? `did you mean \`source-check-${best}\`?` : 'expected source-check-disable-next-line, source-check-disable or source-check-enable'}`,
    start: d.start,
    end: d.end,
  };
}

/** "unknown code `misqoute`; did you mean `misquote`?", or the codes there are. */
export function unknownCodeMessage(name: string): string {
  if (name === 'registry-error') return '`registry-error` findings are on registry files and cannot be suppressed from a draft; fix the registry file';
  if (OWN_CODES.includes(name)) return `\`${name}\` is about suppressions themselves and cannot be suppressed; fix the suppression`;
  if ((SOURCE_STATUSES as readonly string[]).includes(name)) return `a \`${name}\` source gives no findings, so there is nothing to suppress; expected a code or a status that does: ${SUPPRESSIBLE.join(', ')}`;
  const best = closest(name, SUPPRESSIBLE);
  return `unknown code \`${name}\`; ${best ? `did you mean \`${best}\`?` : `expected a code or status: ${SUPPRESSIBLE.join(', ')}`}`;
}

function closest(name: string, known: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function list(codes: string[]): string {
  return codes.map((c) => `\`${c}\``).join(' or ');
}
