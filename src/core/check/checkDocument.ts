/**
 * Checks one draft against a registry: extracts its quotes, resolves their
 * sources, runs every rule and returns the findings in document order.
 */
import { extract } from '../extract/index.ts';
import type { DocumentLanguage, Extraction } from '../extract/model.ts';
import { ExtractCache } from '../extract/cache.ts';
import { LineIndex } from '../lineIndex.ts';
import type { Registry } from '../registry/registry.ts';
import { RULES } from '../rules/index.ts';
import { severityFor, type Settings } from '../settings.ts';
import type { Finding } from '../types.ts';
import type { CheckContext, Report } from './context.ts';
import { matchQuote, type MatchedQuote } from './quoteMatch.ts';

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
  findings: Finding[];
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
  const found = reuse && !(reuse instanceof ExtractCache) ? reuse : extract(draft.text, { language: draft.language, lexicon: registry, cache: reuse });
  const matches = found.quotes.map((q) => matchQuote(draft.text, q, registry));
  const findings: Finding[] = [];
  const lines = new LineIndex(draft.text);
  const ctx: CheckContext = {
    path: draft.path,
    text: draft.text,
    lines,
    registry,
    settings,
    extraction: found,
    matches,
    report(r: Report) {
      const configured = severityFor(settings, r.code, r.status);
      if (configured === 'off') return;
      // a rule may lower a severity (acknowledged), never raise it above the setting
      const severity = r.severity && rank(r.severity) > rank(configured) ? r.severity : configured;
      findings.push({ ...r, severity });
    },
  };
  for (const rule of RULES) rule(ctx);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return { ...draft, lines, extraction: found, matches, findings };
}

function rank(s: Finding['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'information' ? 2 : 3;
}
