/**
 * What the two rules on unbalanced quotation marks (`unclosed-quote`,
 * `unopened-quote`) share: how many marks a draft lists, and how much of the
 * words beside a mark they read, so that a draft of thousands of stray marks
 * stays quick to check and readable to fix.
 */

/** At most this many marks of one kind are listed per draft; the last one listed says how many more there are. */
export const MAX_MARKS_REPORTED = 200;

/** How many characters beside a mark are read for the words it opens or closes. */
export const WORDS_AROUND_MARK = 200;

/** The note the last listed mark carries when a draft holds more than are listed; else ''. */
export function notListed(total: number, index: number, what: string): string {
  return index === MAX_MARKS_REPORTED - 1 && total > MAX_MARKS_REPORTED ? `; ${total - MAX_MARKS_REPORTED} more ${what} in this draft are not listed` : '';
}
