/**
 * Finds where an entry sits in a healthy registry file without a full
 * position-keeping parse: the `id` line, then each `field:` line up to the
 * next entry. Used for files read the fast way; when the layout is not the
 * plain one it recognises, it answers undefined and the caller parses.
 */
import type { Span } from '../types.ts';
import type { EntryLocation } from './model.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Line-start offsets of entries (`- ` items, `---` documents, JSON objects) in a file. */
function entryStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /^(?:-[ \t]|---[ \t]*$|[ \t]*\{)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/**
 * The span of a block value: from a block-scalar indicator on the key line,
 * or the first line after it, through the last following line indented
 * deeper than the key (or a `- ` item at the key's own indent).
 */
function blockValue(text: string, keyLineStart: number, keyLineEnd: number, indicatorAt: number, limit: number): Span {
  const keyIndent = /^[ \t]*(?:-[ \t]+)?/.exec(text.slice(keyLineStart, keyLineEnd))![0].length;
  let start = indicatorAt;
  let end = keyLineEnd;
  for (let pos = keyLineEnd + 1; pos < limit; ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    const lead = line.length - line.trimStart().length;
    if (line.trim()) {
      const item = lead === keyIndent && line.trimStart().startsWith('- ');
      if (lead <= keyIndent && !item) break;
      if (start < 0) start = pos + lead;
      end = lineEnd;
    }
    pos = lineEnd + 1;
  }
  return start < 0 ? { start: keyLineEnd, end: keyLineEnd } : { start, end };
}

/** The location of the entry with `id` in a YAML or JSON file, when its layout is plain. */
export function quickLocate(path: string, text: string, id: string, cache?: { starts?: number[] }): EntryLocation | undefined {
  const idLine = new RegExp(`^([ \\t]*(?:-[ \\t]+)?["']?id["']?[ \\t]*:[ \\t]*)(["']?)${escape(id)}\\2[ \\t]*,?[ \\t]*$`, 'gm');
  const m = idLine.exec(text);
  if (!m || idLine.exec(text)) return undefined; // absent, or the same id twice: let the parse decide
  const idStart = m.index + m[1].length + m[2].length;
  const starts = (cache ? (cache.starts ??= entryStarts(text)) : entryStarts(text));
  let start = 0;
  let end = text.length;
  for (const s of starts) {
    if (s <= m.index) start = s;
    else if (s > m.index) {
      end = s;
      break;
    }
  }
  const fields: Record<string, Span> = {};
  const field = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z]+)["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/gm;
  field.lastIndex = start;
  for (let f = field.exec(text); f && f.index < end; f = field.exec(text)) {
    const valueStart = f.index + f[0].length - f[0].replace(/^[^:]*:[ \t]*/, '').length;
    if (/^(?:[|>][-+]?)?$/.test(f[2])) {
      fields[f[1]] ??= blockValue(text, f.index, f.index + f[0].length, f[2] ? valueStart : -1, end);
      continue;
    }
    const raw = f[2].replace(/^["']|["']$/g, '');
    const offset = f[2].startsWith('"') || f[2].startsWith("'") ? 1 : 0;
    fields[f[1]] ??= { start: valueStart + offset, end: valueStart + offset + raw.length };
  }
  return { path, start, end, id: { start: idStart, end: idStart + id.length }, fields };
}
