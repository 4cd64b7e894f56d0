/**
 * `unopened-quote`: a closing mark ” that closes nothing, so the quoted words
 * before it (their opening mark missing) are not checked as a quotation.
 */
import { excerpt, type Rule } from '../check/context.ts';

/** Reports each right mark that closes nothing, with the words before it in its paragraph. */
export const unopenedQuote: Rule = (ctx) => {
  for (const mark of ctx.extraction.unopened) {
    const before = ctx.text.slice(paragraphStart(ctx.text, mark.start), mark.start);
    const words = excerpt(before, 1000);
    const shown = words.length > 60 ? '…' + words.slice(-59).trimStart() : words;
    ctx.report({
      code: 'unopened-quote',
      message: `unopened quotation: ” closes “${shown}” but no “ opens it in its paragraph, so it is not checked; expected an opening “ where the quoted words begin`,
      start: mark.start,
      end: mark.end,
    });
  }
};

/** The start of the paragraph holding `at` (after a blank line, or the start of the draft). */
function paragraphStart(text: string, at: number): number {
  const blank = text.lastIndexOf('\n\n', at - 1);
  return blank < 0 ? 0 : blank + 2;
}
