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
    const words = excerpt(wordsBefore(ctx.text, mark.start), 1000);
    const shown = words.length > 60 ? '…' + words.slice(-59).trimStart() : words;
    ctx.report({
      code: 'unopened-quote',
      message: `unopened quotation: ” closes “${shown}” but no “ opens it in its paragraph, so it is not checked; expected an opening “ where the quoted words begin${notListed(marks.length, k, 'unopened quotations')}`,
      start: mark.start,
      end: mark.end,
    });
  });
};

/** Up to WORDS_AROUND_MARK characters before `at`, from the start of its paragraph on. */
function wordsBefore(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - WORDS_AROUND_MARK), at);
  const blank = /\n[ \t]*\r?\n/g;
  let from = 0;
  for (let m = blank.exec(near); m; m = blank.exec(near)) from = m.index + m[0].length;
  return near.slice(from);
}
