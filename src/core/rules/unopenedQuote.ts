/**
 * `unopened-quote`: a closing mark ” that closes nothing, so the quoted words
 * before it (their opening mark missing) are not checked as a quotation.
 */
import { excerpt, type Rule } from '../check/context.ts';
import { MAX_MARKS_REPORTED, notListed, WORDS_AROUND_MARK } from './unbalanced.ts';

/** Reports each right mark that closes nothing, with the words before it in its paragraph. */
export const unopenedQuote: Rule = (ctx) => {
  const marks = ctx.extraction.unopened;
  marks.slice(0, MAX_MARKS_REPORTED).forEach((mark, k) => {
    const words = excerpt(ctx.text.slice(Math.max(mark.words.start, mark.start - WORDS_AROUND_MARK), mark.start), 1000);
    const shown = words.length > 60 ? '…' + words.slice(-59).trimStart() : words;
    ctx.report({
      code: 'unopened-quote',
      message: `unopened quotation: ” closes “${shown}” but no “ opens it in its paragraph, so it is not checked; expected an opening “ where the quoted words begin${notListed(marks.length, k, 'unopened quotations')}`,
      start: mark.start,
      end: mark.end,
    });
  });
};
