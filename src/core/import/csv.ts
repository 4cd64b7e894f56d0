/**
 * A small RFC 4180 CSV reader: comma-separated fields, records ending in CRLF
 * or LF, fields in double quotes holding commas, line breaks and `""` for a
 * quote. A quote left open, or text after a closing quote, is an
 * ImportSyntaxError at its line and column.
 */
import { ImportSyntaxError } from './model.ts';

/** One record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Reads CSV text into records (blank lines are skipped). */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  let fields: string[] = [];
  let recordLine = 1;
  const n = text.length;
  while (i <= n) {
    if (fields.length === 0) recordLine = line;
    let value = '';
    if (text[i] === '"') {
      const openLine = line;
      const openColumn = i - lineStart + 1;
      i++;
      for (;;) {
        if (i >= n) throw new ImportSyntaxError(openLine, openColumn, 'invalid CSV: this quoted field is never closed; expected a closing `"` (write a quote inside a field as `""`)');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        value += c;
        i++;
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        throw new ImportSyntaxError(line, i - lineStart + 1, `invalid CSV: found \`${text[i]}\` after a closing quote; expected a comma or the end of the line`);
      }
    } else {
      const start = i;
      while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) i++;
      value = text.slice(start, i);
    }
    fields.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    // end of a record: CRLF, LF or the end of the text
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    if (i >= n) break;
    i += text[i] === '\r' ? 2 : 1;
    line++;
    lineStart = i;
    if (i === n) break;
  }
  return records;
}
