/**
 * What every fuzz case must keep: offsets inside their text and agreeing
 * with their LSP ranges (UTF-16, no surrogate pair split), and an edited
 * draft's incremental check equal to a fresh one.
 */
import { isDeepStrictEqual } from 'node:util';
import { LineIndex } from '../../src/core/lineIndex.ts';
import type { CheckedDocument } from '../../src/core/check/checkDocument.ts';
import type { Span } from '../../src/core/types.ts';

/** Kinds of failure the harness counts. */
export type FailureKind = 'crash' | 'hang' | 'range' | 'incremental';

/** A failed invariant. */
export class Failure extends Error {
  /** `kind` says which count it goes to. */
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
  }
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Checks that a span lies in `text` (integers, start ≤ end ≤ length, no split pair) and survives a LineIndex round trip. */
export function checkSpan(text: string, lines: LineIndex, span: Span, what: string): void {
  const { start, end } = span;
  const where = `${what} [${start}, ${end}) in a text of ${text.length}`;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) throw new Failure('range', `${where}: offsets out of order or outside the text`);
  if (splitsPair(text, start) || splitsPair(text, end)) throw new Failure('range', `${where}: splits a surrogate pair`);
  const range = lines.rangeOf(span);
  const back = { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
  // an offset between \r and \n has no position of its own; anything else must come back
  const crlf = (o: number) => text[o - 1] === '\r' && text[o] === '\n';
  if ((back.start !== start && !crlf(start)) || (back.end !== end && !crlf(end))) throw new Failure('range', `${where}: range ${JSON.stringify(range)} reads back as [${back.start}, ${back.end})`);
}

/** Checks every finding, fix and quotation of a checked draft. */
export function checkDocumentSpans(doc: CheckedDocument, registryText: (path: string) => string | undefined): void {
  const lines = doc.lines;
  for (const f of doc.findings) {
    checkSpan(doc.text, lines, f, `${f.code} finding`);
    for (const fix of f.fixes ?? []) checkSpan(doc.text, lines, fix, `${f.code} fix "${fix.title}"`);
    for (const r of f.related ?? []) {
      const other = r.path === doc.path ? doc.text : registryText(r.path);
      if (other !== undefined) checkSpan(other, new LineIndex(other), r, `${f.code} related ${r.path}`);
    }
    if (!f.message || /undefined|NaN|\[object /.test(f.message)) throw new Failure('range', `${f.code} finding with a broken message: ${JSON.stringify(f.message)}`);
  }
  for (const q of doc.extraction.quotes) {
    checkSpan(doc.text, lines, q, 'quotation');
    for (const p of q.parts) checkSpan(doc.text, lines, p, 'quotation part');
    if (q.speaker) checkSpan(doc.text, lines, q.speaker, 'speaker');
  }
}

/** Compares an incremental check with a fresh one of the same text. */
export function checkSame(incremental: CheckedDocument, full: CheckedDocument): void {
  if (!isDeepStrictEqual(incremental.findings, full.findings)) throw new Failure('incremental', `findings differ: incremental ${summary(incremental)} vs full ${summary(full)}`);
  if (!isDeepStrictEqual(incremental.extraction, full.extraction)) {
    const a = incremental.extraction;
    const b = full.extraction;
    const key = (Object.keys(b) as (keyof typeof b)[]).find((k) => !isDeepStrictEqual(a[k], b[k]));
    throw new Failure('incremental', `extraction differs in ${String(key)}: incremental ${JSON.stringify(a[key!]).slice(0, 400)} vs full ${JSON.stringify(b[key!]).slice(0, 400)}`);
  }
}

function summary(doc: CheckedDocument): string {
  return JSON.stringify(doc.findings.map((f) => `${f.code}@${f.start}-${f.end}`)).slice(0, 600);
}

/** The time a case may take: 1 s per 100 KB of input, and at least `floor` ms (a slow machine, a first compile). */
export function timeAllowed(size: number, floorMs = 1000): number {
  return Math.max(floorMs, (size / 100_000) * 1000);
}

/** Whether a process's stderr or stdout shows a stack trace. */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+(?::\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m.test(output) || /\b(?:TypeError|RangeError|ReferenceError|SyntaxError): /.test(output);
}
