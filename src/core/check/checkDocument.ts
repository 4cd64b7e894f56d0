/**
 * Checks one draft against a registry: extracts its quotes, resolves their
 * sources, runs every rule, sets aside the findings the draft's suppression
 * comments cover and returns the rest in document order.
 */
import { extract } from '../extract/index.ts';
import type { ExtractionRun } from '../extract/incremental.ts';
import type { DocumentLanguage, Extraction } from '../extract/model.ts';
import { ExtractCache } from '../extract/cache.ts';
import { LineIndex } from '../lineIndex.ts';
import type { Registry } from '../registry/registry.ts';
import { QUOTE_RULES, RULES } from '../rules/index.ts';
import { severityFor, type Settings } from '../settings.ts';
import { DIRECTIVE_MARKER, findDirectives } from '../suppressions/directives.ts';
import { applySuppressions, type SuppressedFinding, type Suppression } from '../suppressions/suppress.ts';
import type { Finding } from '../types.ts';
import type { CheckContext, Report } from './context.ts';
import { matchQuote, type MatchedQuote } from './quoteMatch.ts';
import { QuoteFindings } from './quoteFindings.ts';
import { editMap, type OffsetMap } from './keptFindings.ts';

/** A draft to check. */
export interface Draft {
  path: string;
  text: string;
  language: DocumentLanguage;
}

/** A checked draft: what was found in it, kept for hover, definition and fixes. */
export interface CheckedDocument extends Draft {
  lines: LineIndex;
  extraction: Extraction;
  matches: MatchedQuote[];
  /** The findings shown: those no suppression comment set aside, and the findings about the comments. */
  findings: Finding[];
  /** The findings suppression comments set aside, each with its reason. */
  suppressed: SuppressedFinding[];
  /** The draft's suppression comments that are honoured, with what each set aside. */
  suppressions: Suppression[];
}

/** The language a path is read in: Markdown for .md/.markdown/.mdx, else plain text. */
export function languageOf(path: string): DocumentLanguage {
  return /\.(md|markdown|mdx|mdown|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}

/**
 * Checks a draft. `reuse` is either an extraction the caller already has, or
 * a segment cache kept per draft so that an edit re-parses only what changed.
 */
export function checkDocument(draft: Draft, registry: Registry, settings: Settings, reuse?: Extraction | ExtractCache): CheckedDocument {
  const cache = reuse instanceof ExtractCache ? reuse : undefined;
  const lastRun = cache?.run;
  const found = reuse && !cache ? (reuse as Extraction) : extract(readable(draft), { language: draft.language, lexicon: registry, cache });
  const kept = cache ? keptFor(cache, registry, settings, draft.path) : undefined;
  const findings: Finding[] = [];
  const lines = cache ? linesAfter(cache, lastRun, draft.text) : new LineIndex(draft.text);
  const matches: MatchedQuote[] = [];
  const findingOf = (r: Report): Finding | undefined => {
    const configured = severityFor(settings, r.code, r.status);
    if (configured === 'off') return undefined;
    // a rule may lower a severity (acknowledged), never raise it above the setting
    const severity = r.severity && rank(r.severity) > rank(configured) ? r.severity : configured;
    return { ...r, severity };
  };
  const ctx: CheckContext = {
    path: draft.path,
    text: draft.text,
    lines,
    registry,
    settings,
    extraction: found,
    matches,
    report(r: Report) {
      const f = findingOf(r);
      if (f) findings.push(f);
    },
  };
  // quote rules, per quote; a quote an edit did not touch keeps its findings (the same objects)
  for (const quote of found.quotes) {
    const known = kept?.get(quote);
    if (known?.findings) {
      matches.push(known.match);
      for (const f of known.findings) findings.push(f);
      continue;
    }
    const m = matchQuote(draft.text, quote, registry);
    matches.push(m);
    const reports: Report[] = [];
    const quoteCtx: CheckContext = { ...ctx, report: (r) => reports.push(r) };
    for (const rule of QUOTE_RULES) rule(quoteCtx, m);
    const made: Finding[] = [];
    for (const r of reports) {
      const f = findingOf(r);
      if (f) made.push(f);
    }
    kept?.set(quote, m, reports, made);
    for (const f of made) findings.push(f);
  }
  const ruleFrom = findings.length;
  for (const rule of RULES) rule(ctx);
  const moved = cache ? offsetMapOf(cache, lastRun) : undefined;
  if (kept && moved) kept.ruleFindings.reuse(findings, ruleFrom, moved, draft.path);
  // suppression comments set findings aside, and are reported on when they cannot
  // (a draft kept per document: after an edit that wrote no marker into a draft without one, the draft is not read for comments)
  const markerless = cache ? markerFreeAfterEdit(cache, lastRun, draft.text) || !draft.text.includes(DIRECTIVE_MARKER) : false;
  const { kept: shown, suppressed, suppressions, reports } = applySuppressions(draft.text, draft.language, findings, markerless ? [] : undefined);
  if (cache) cache.markerFree = markerless ? cache.run : undefined;
  if (shown !== findings) {
    findings.length = 0;
    for (const f of shown) findings.push(f);
  }
  const commentFrom = findings.length;
  for (const r of reports) ctx.report(r);
  if (kept && moved) kept.commentFindings.reuse(findings, commentFrom, moved, draft.path);
  findings.sort(byPlace);
  return { ...draft, lines, extraction: found, matches, findings, suppressed, suppressions };
}

/** Findings by start, then end, then code (codes are lower-case ASCII words and hyphens: code-unit order is their collation order, without a locale compare on every tie). */
function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** The text extraction reads: in plain text, suppression comment lines blanked (Markdown's HTML comments are never read). */
function readable(draft: Draft): string {
  if (draft.language === 'markdown') return draft.text;
  const directives = findDirectives(draft.text, draft.language);
  if (!directives.length) return draft.text;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += draft.text.slice(at, d.line.start) + ' '.repeat(d.line.end - d.line.start);
    at = d.line.end;
  }
  return out + draft.text.slice(at);
}

/**
 * True when this check's run was made from the last one (read by window, or the
 * same text) whose text held no suppression comment marker, and no marker lies
 * within a marker's length of what the edit changed: then the draft holds none.
 */
function markerFreeAfterEdit(cache: ExtractCache, last: ExtractionRun | undefined, text: string): boolean {
  const run = cache.run;
  if (!last || cache.markerFree !== last || !run) return false;
  if (run === last) return true;
  if (!run.changed) return false;
  const reach = DIRECTIVE_MARKER.length - 1;
  return !text.slice(Math.max(0, run.changed.start - reach), run.changed.end + reach).includes(DIRECTIVE_MARKER);
}

/** Where the offsets of the last check of a draft are in this one: moved by the edit its run was read by, else where they were. */
function offsetMapOf(cache: ExtractCache, last: ExtractionRun | undefined): OffsetMap {
  const run = cache.run;
  if (!last || !run || run === last || !run.changed) return (offset) => offset;
  const delta = run.text.length - last.text.length;
  return editMap(run.changed.start, run.changed.end - delta, delta);
}

/** Each draft cache's last line index, and the run whose text it indexes. */
const keptLines = new WeakMap<ExtractCache, { run: ExtractionRun | undefined; lines: LineIndex }>();

/** The line index of `text`, the draft cache's run: the last one kept when the text is the same, moved from it after an edit read by window, else made anew. */
function linesAfter(cache: ExtractCache, last: ExtractionRun | undefined, text: string): LineIndex {
  const kept = keptLines.get(cache);
  const run = cache.run;
  const known = !!kept && !!last && kept.run === last && run?.text === text;
  const lines = known && run === last ? kept.lines : known && run.changed ? new LineIndex(text, { before: kept.lines, start: run.changed.start, end: run.changed.end }) : new LineIndex(text);
  keptLines.set(cache, { run, lines });
  return lines;
}

/** Quote checks kept per draft cache, for one registry and one set of settings. */
const keptChecks = new WeakMap<ExtractCache, QuoteFindings>();

function keptFor(cache: ExtractCache, registry: Registry, settings: Settings, path: string): QuoteFindings {
  let kept = keptChecks.get(cache);
  if (!kept || kept.registry !== registry || kept.settings !== settings || kept.path !== path) keptChecks.set(cache, (kept = new QuoteFindings(registry, settings, path)));
  return kept;
}

function rank(s: Finding['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'information' ? 2 : 3;
}
