/**
 * `unclosed-quote`: an opening quotation mark that nothing closes, so the
 * words after it are not checked as a quotation. Offers a quick fix that
 * closes the quotation at the end of its paragraph.
 */
import { excerpt, type Rule } from '../check/context.ts';
import { closingMarkFor } from '../extract/quotes.ts';
import { MAX_MARKS_REPORTED, notListed, WORDS_AROUND_MARK } from './unbalanced.ts';

/** Reports each opening mark left unclosed, with the words it opens and the mark expected. */
export const unclosedQuote: Rule = (ctx) => {
  const marks = ctx.extraction.unclosed;
  let end = -1; // the end of the paragraph of the last mark: marks come in order, so each paragraph is searched once
  marks.slice(0, MAX_MARKS_REPORTED).forEach((mark, k) => {
    if (mark.end > end) end = paragraphEnd(ctx.text, mark.end);
    const open = ctx.text.slice(mark.start, mark.end);
    const close = closingMarkFor(open);
    const words = excerpt(ctx.text.slice(mark.end, Math.min(end, mark.end + WORDS_AROUND_MARK)), 60);
    ctx.report({
      code: 'unclosed-quote',
      message: `unclosed quotation: ${open} opens “${words}” but no ${close} closes it in its paragraph, so it is not checked; expected a closing ${close} (or, for a quotation running on, ${open} opening the next paragraph)${notListed(marks.length, k, 'unclosed quotations')}`,
      start: mark.start,
      end: mark.end,
      fixes: [{ title: `Close the quotation with ${close} at the end of its paragraph`, start: end, end, newText: close }],
    });
  });
};

/** The end of the paragraph holding `from` (before a blank line or the end of the draft), trailing spaces left out. */
function paragraphEnd(text: string, from: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  let end = blank.exec(text)?.index ?? text.length;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}
