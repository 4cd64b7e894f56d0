/**
 * Splits a Markdown draft into independently parseable chunks at blank
 * lines, never inside front matter, fenced code, multi-line HTML comments or
 * raw HTML blocks, and never before an indented line (list continuations,
 * indented code). Parsing chunk by chunk lets an edit re-parse only the
 * chunk it touches.
 */
import type { Span } from '../types.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;

/**
 * Chunk boundaries covering the text from `from` (0, or a chunk start) to
 * its end, in order. `stopAt`, asked at every new boundary, may end the scan
 * there: the last chunk then ends at that boundary. A boundary is always at
 * a line outside fences and HTML, so a scan from one gives the same chunks
 * as a scan of the whole text.
 */
export function splitChunks(text: string, from = 0, stopAt?: (boundary: number) => boolean): Span[] {
  const chunks: Span[] = [];
  let chunkStart = from;
  let pos = from;
  let fence: string | undefined;
  let closeHtml: RegExp | undefined;
  let blankBefore = false;
  if (from === 0 && /^(---|\+\+\+)\r?\n/.test(text)) {
    const marker = text.slice(0, 3);
    const close = new RegExp(`\\n${marker === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = 3;
    const m = close.exec(text);
    if (m) pos = m.index + m[0].length;
  }
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    const blank = line.trim() === '';
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (closeHtml) {
      if (closeHtml.test(line)) closeHtml = undefined;
    } else if (!blank) {
      if (blankBefore && pos > chunkStart && !/^[ \t]/.test(line)) {
        chunks.push({ start: chunkStart, end: pos });
        if (stopAt?.(pos)) return chunks;
        chunkStart = pos;
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1];
      else if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) closeHtml = /-->/;
      else {
        const h = RAW_HTML_OPEN.exec(line);
        if (h && !new RegExp(`</${h[1]}>`, 'i').test(line)) closeHtml = new RegExp(`</${h[1]}>`, 'i');
      }
    }
    blankBefore = blank && !fence && !closeHtml;
    pos = lineEnd + 1;
  }
  if (chunkStart < text.length || !chunks.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
