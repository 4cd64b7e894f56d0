/**
 * What every rule sees of the draft under check, and the one path through
 * which rules report findings (severity and documentation applied there).
 */
import type { Extraction, SpeakerMention } from '../extract/model.ts';
import type { LineIndex } from '../lineIndex.ts';
import type { SourceEntry } from '../registry/model.ts';
import type { Registry } from '../registry/registry.ts';
import type { Settings } from '../settings.ts';
import type { Finding, Severity } from '../types.ts';
import type { MatchedQuote } from './quoteMatch.ts';

/** A finding as a rule reports it; the severity defaults from the settings. */
export type Report = Omit<Finding, 'severity'> & { severity?: Severity };

/** The draft under check, its extraction, the registry and the report path. */
export interface CheckContext {
  path: string;
  text: string;
  lines: LineIndex;
  registry: Registry;
  settings: Settings;
  extraction: Extraction;
  /** Every quote with the source its words come from. */
  matches: MatchedQuote[];
  /** Reports a finding. */
  report(finding: Report): void;
}

/** One check over the whole draft: reads the context, reports findings. */
export type Rule = (ctx: CheckContext) => void;

/**
 * One check of a single quote: what it reports may depend only on the quote,
 * its match and the registry (not on the rest of the draft), so that its
 * findings can be kept for a quote an edit did not touch.
 */
export type QuoteRule = (ctx: CheckContext, m: MatchedQuote) => void;

/** A source's display name: its title, else its id. */
export function sourceName(source: SourceEntry): string {
  return source.title ? `“${source.title}”` : `\`${source.id}\``;
}

/** How a speaker mention reads in a message: the name, with the pronoun as written. */
export function mentionName(mention: SpeakerMention): string {
  return mention.text.toLowerCase() === mention.name.toLowerCase() || mention.name.includes(mention.text)
    ? mention.name
    : `${mention.name} (“${mention.text}”)`;
}

/** “line N” for an offset of the draft. */
export function lineOf(ctx: CheckContext, offset: number): string {
  return `line ${ctx.lines.positionAt(offset).line + 1}`;
}

/** Shortens text for a message. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}
