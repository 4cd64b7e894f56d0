/**
 * `unclosed-quote`: an opening quotation mark that nothing closes. Its words
 * run to the end of its paragraph, or to a new quotation opening a sentence;
 * they are checked as a quotation when extraction read them as one, else not
 * at all. Offers a quick fix that closes the quotation where its words end.
 */
import { excerpt, type Rule } from '../check/context.ts';
import { closingMarkFor } from '../extract/quotes.ts';
import { MAX_MARKS_REPORTED, notListed, WORDS_AROUND_MARK } from './unbalanced.ts';

/** Reports each opening mark left unclosed, with the words it opens and the mark expected. */
export const unclosedQuote: Rule = (ctx) => {
  const marks = ctx.extraction.unclosed;
  const quoted = new Set(ctx.extraction.quotes.map((q) => q.outer.start));
  marks.slice(0, MAX_MARKS_REPORTED).forEach((mark, k) => {
    // where its words end (its paragraph's, or before a new quotation), past the spaces there (the draft's own spaces: a link's hidden destination counts as text)
    let end = mark.words.end;
    while (end > mark.words.start && /\s/.test(ctx.text[end - 1])) end--;
    const open = ctx.text.slice(mark.start, mark.end);
    const close = closingMarkFor(open);
    const words = excerpt(ctx.text.slice(mark.words.start, Math.min(end, mark.words.start + WORDS_AROUND_MARK)), 60);
    ctx.report({
      code: 'unclosed-quote',
      message: `unclosed quotation: ${open} opens “${words}” but no ${close} closes it in its paragraph, so ${quoted.has(mark.start) ? 'its words are checked as a quotation that ends where the quick fix closes it' : 'it is not checked'}; expected a closing ${close} (or, for a quotation running on, ${open} opening the next paragraph)${notListed(marks.length, k, 'unclosed quotations')}`,
      start: mark.start,
      end: mark.end,
      fixes: [{ title: `Close the quotation with ${close} where its words end`, start: end, end, newText: close }],
    });
  });
};
