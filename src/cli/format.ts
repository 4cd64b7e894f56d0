/**
 * Output of `source-check`: the text lines a terminal shows and the JSON
 * shapes other tools (the benchmark, the scorer) read.
 */
import type { ExtractedQuote, Extraction } from '../core/extract/model.ts';
import { quotedStretches, withoutBlockMarkers } from '../core/extract/stretches.ts';
import { LineIndex } from '../core/lineIndex.ts';
import type { FileFindings } from './report.ts';
import { suppressedJson } from './suppressionsFormat.ts';

export type { FileFindings } from './report.ts';

/** JSON of `check` (version 1). */
export function checkJson(files: FileFindings[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => {
      const lines = new LineIndex(f.text);
      return {
        path: f.path,
        diagnostics: f.findings.map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          start: d.start,
          end: d.end,
          range: lines.rangeOf(d),
          sourceId: d.sourceId ?? null,
          speakerId: d.speakerId ?? null,
          status: d.status ?? null,
          ...(d.related?.length ? { related: d.related } : {}),
          ...(d.fixes?.length ? { fixes: d.fixes } : {}),
        })),
        ...(f.suppressed?.length ? { suppressed: suppressedJson(f.suppressed, lines) } : {}),
      };
    }),
  }, null, 2);
}

/** Text lines of `check`: `path:line:col severity message [code]`, lines and columns 1-based. */
export function checkText(files: FileFindings[]): string {
  const out: string[] = [];
  for (const f of files) {
    const lines = new LineIndex(f.text);
    for (const d of f.findings) {
      const p = lines.positionAt(d.start);
      out.push(`${f.path}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.message} [${d.code}]`);
    }
  }
  return out.join('\n');
}

/** Findings by severity. */
export function severityCounts(files: readonly FileFindings[]): Record<'error' | 'warning' | 'information' | 'hint', number> {
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const d of f.findings) count[d.severity]++;
  return count;
}

/** A one-line summary of a check: counts by severity, hints on their own. */
export function summary(files: FileFindings[], checked: number): string {
  const count = severityCounts(files);
  const suppressed = files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
  const total = count.error + count.warning + count.information + count.hint;
  const aside = suppressed ? `; ${suppressed} suppressed with a reason` : '';
  const n = (k: number, word: string, plural = `${word}s`) => `${k} ${k === 1 ? word : plural}`;
  return `${n(total, 'finding')} (${n(count.error, 'error')}, ${n(count.warning, 'warning')}, ${count.information} information, ${n(count.hint, 'hint')}) in ${n(checked, 'draft')}${aside}`;
}

/**
 * One file's extraction in the JSON shape of `extract`: an entry per stretch
 * of quoted words inside marks, so a quotation running over paragraphs gives
 * one per paragraph (the later ones marked `continues`), all with its speaker;
 * `sourceOf` gives a quote's source id (default: the source the draft names with it).
 */
export function extractionJson(path: string, extraction: Extraction, sourceOf: (quote: ExtractedQuote) => string | null = (q) => q.source?.sourceId ?? null): object {
  return {
    path,
    quotes: quotedStretches(extraction.quotes).map(({ text, start, end, quote: q, continues }) => ({
      text,
      start,
      end,
      speaker: q.speaker ? { text: q.speaker.text, start: q.speaker.start, end: q.speaker.end, name: q.speaker.name, id: q.speaker.id, ...(q.speaker.refersTo ? { refersTo: q.speaker.refersTo } : {}) } : null,
      cue: q.cue ? { text: q.cue.text, start: q.cue.start, end: q.cue.end } : null,
      sourceId: sourceOf(q),
      ...(continues ? { continues } : {}),
    })),
    cues: (extraction.cues ?? []).map((c) => ({ text: c.text, start: c.start, end: c.end })),
    unclosed: extraction.unclosed.map((m) => ({ start: m.start, end: m.end })),
    unopened: extraction.unopened.map((m) => ({ start: m.start, end: m.end })),
  };
}

/** Text lines of `extract`: one quote a line with its speaker and cue. */
export function extractionText(path: string, text: string, extraction: Extraction): string {
  const lines = new LineIndex(text);
  return extraction.quotes.map((q) => {
    const p = lines.positionAt(q.start);
    const who = q.speaker ? `${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` (“${q.speaker.text}”)` : ''}` : '(no speaker)';
    return `${path}:${p.line + 1}:${p.character + 1} “${withoutBlockMarkers(q.text).replace(/\s+/g, ' ')}” — ${who}${q.cue ? ` · ${q.cue.text}` : ''}`;
  }).join('\n');
}
