/**
 * JSON registry files may hold comments (JSONC: `// …` and `/* … *\/`; trailing
 * commas YAML reads already). They are blanked out with spaces, line breaks
 * kept, so that every position in the file stays where it was.
 */
import type { TextFile } from '../types.ts';

/**
 * The text registry readers parse: a lone CR made a line feed (YAML and the
 * editor end a line there, the position-keeping parser would not; same length,
 * so positions stay), and a `.json` file's comments blanked.
 */
export function readableText(file: TextFile): string {
  const text = file.text.includes('\r') ? file.text.replace(LONE_CR, '\n') : file.text;
  return /\.json$/i.test(file.path) && text.includes('/') ? blankJsonComments(text) : text;
}

/** A carriage return that no line feed follows. */
const LONE_CR = /\r(?!\n)/g;

/** `text` with each JSON comment replaced by spaces (line breaks kept); double- and single-quoted strings are left alone. */
export function blankJsonComments(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    out += text.slice(copied, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
    copied = to;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === "'") {
      // a YAML single-quoted string, which YAML reads in a .json file too ('' is a quote)
      i++;
      while (i < text.length && text[i] !== "'" && text[i] !== '\n') i++;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      if (text[end - 1] === '\r') end--;
      blank(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      blank(i, end);
      i = end;
    } else {
      i++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
