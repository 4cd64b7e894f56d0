/**
 * Which lines of a Markdown text are not prose where a comment could stand:
 * front matter, fenced code and indented code, read one line at a time (a
 * simple reading of CommonMark's block rules, enough to place comments).
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)/;

/** Reads lines in order; `isCode` says whether each is code or front matter. */
export class MarkdownBlocks {
  private lineNo = 0;
  private inFrontMatter = false;
  private fence: RegExp | undefined;
  private inIndentedCode = false;
  private previousBlank = true;
  /** The last line indented under four columns was a list item or indented (then an indented line continues it). */
  private inList = false;

  /** True when `line` (the next line of the text) is front matter or code. */
  isCode(line: string): boolean {
    const first = this.lineNo++ === 0;
    if (first && /^---[ \t]*$/.test(line)) return (this.inFrontMatter = true);
    if (this.inFrontMatter) {
      if (/^(---|\.\.\.)[ \t]*$/.test(line)) this.inFrontMatter = false;
      return true;
    }
    if (this.fence) {
      if (this.fence.test(line)) this.fence = undefined;
      return true;
    }
    const blank = !line.trim();
    const wasBlank = this.previousBlank;
    this.previousBlank = blank;
    if (blank) return this.inIndentedCode;
    const indent = columns(line);
    if (indent >= 4) {
      if (!this.inIndentedCode && wasBlank && !this.inList) this.inIndentedCode = true;
      return this.inIndentedCode;
    }
    this.inIndentedCode = false;
    this.inList = indent > 0 || LIST_ITEM.test(line);
    const f = FENCE.exec(line);
    if (f) {
      this.fence = new RegExp(`^ {0,3}${f[1][0] === '`' ? '`' : '~'}{${f[1].length},}[ \\t]*$`);
      return true;
    }
    return false;
  }
}

/** The columns of a line's leading whitespace (a tab to the next multiple of 4). */
function columns(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}
