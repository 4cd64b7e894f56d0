/**
 * Drafts that once made the checker quadratic or worse, each with what it
 * broke, sized by the caller: the tests check them (behaviour, and linear
 * growth of counted work) and `npm run bench` times them (group 8, hostile
 * input). Sizes are in characters unless said otherwise.
 */
import type { Finding } from '../../src/core/types.ts';

/** A draft that once stalled the checker: its name, its text, and the language it is checked as. */
export interface HostileDraft {
  name: string;
  text: string;
  language: 'markdown' | 'plaintext';
}

/**
 * A news paragraph with quotes and stray closing brackets on one line.
 * remark's GFM footnote call looks back from every "]" to the last "[" or the
 * paragraph's start: 2.4 MB with 3,700 of them took minutes.
 */
export function strayBrackets(size: number): string {
  const unit =
    'The chairman of the Joint Chiefs, Gen. Mark Milley, said “we are not leaving Iraq,” adding that the letter was a mistake. ' +
    '"It was unsigned," Milley said at the Pentagon < briefing | as reporters # asked about `draft` plans and troops, ' +
    'officials who spoke on condition of anonymity said the decision (see above] was final and that forces would stay in the region for now. ' +
    'Others in the coalition said nothing had changed and that no order to leave had been given to any of the units stationed at the base. ' +
    'The letter, which was sent to the Iraqi command, said the coalition would be repositioning forces over the course of the coming days. ';
  return unit.repeat(Math.ceil(size / unit.length));
}

/**
 * Quotes of a labelled source beside many mentions of who labelled it.
 * source-status looked for the label beside every mention of its author, once
 * per quote, each search running to the draft's end for a blank line.
 */
export function labelledSourceMentions(size: number): string {
  const unit = 'Mark Milley spoke to reporters. The letter said “CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement.” ';
  return unit.repeat(Math.ceil(size / unit.length));
}

/**
 * One-line paragraphs of thousands of code spans, tags and links. remark
 * merges the text after each inline construct by splicing the paragraph's
 * token list: 140 KB of code spans took 7 s, 1 MB minutes.
 */
export const INLINE_UNITS = ['`a` b ', 'Milley said “we are not leaving,” in `code` and <b>bold</b> at http://example.invalid/x | '];
/** `unit` (one of INLINE_UNITS) repeated on one line to `size`. */
export function inlineMarkup(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)) + ' |';
}

/**
 * A long paragraph after one unclosed bracket. GFM autolinks look back from
 * every word to the last bracket left open: 200 KB after one "[" took 11 s,
 * 400 KB most of a minute.
 */
export function unclosedBracket(size: number): string {
  const unit = 'Milley said “we are not leaving the base now,” and the letter was a draft | ';
  return '[' + unit.repeat(Math.ceil(size / unit.length));
}

/**
 * Quotes by a named speaker among many registry mentions. Each named speaker
 * was inserted into the sorted list of all the draft's registry mentions by a
 * walk from its end: 3 MB took over 5 minutes.
 */
export function namedSpeakerAmongMentions(size: number): string {
  const unit = '“We are staying,” Mark Milley said. ' + 'Seely Milley '.repeat(3);
  return unit.repeat(Math.ceil(size / unit.length));
}

/** One paragraph of unbalanced straight and curly quotes (a 5 MB one once had to be shown to complete). */
export function unbalancedParagraph(size: number): string {
  const unit = 'He said "this is unbalanced and he said “so is this, ';
  return unit.repeat(Math.ceil(size / unit.length));
}

/**
 * Curly openings of one kind that never close, on one line: each could nest in
 * the last, and the search for a nested quote's closings ran to the line's end
 * from each (1M openings: minutes; now 8 marks on at most).
 */
export function nestedOpenings(openings: number): string {
  return '“a '.repeat(openings) + '”';
}

/**
 * Long runs of spaces and of blank lines. Each took minutes: a pattern such as
 * /\s+$/ tried from every space of a run, a quotation reopened over 75,000
 * paragraphs copied at each. `scale` 1 is the size that once took minutes.
 */
export function whitespaceRuns(scale = 1): string[] {
  return [
    'Roe said “we will not leave the base” and' + ' '.repeat(300_000 * scale) + 'left.',
    'Roe said “we will not leave the base.”' + '\n \t'.repeat(100_000 * scale),
    '“We will not leave the base,” Roe said.' + '\n'.repeat(300_000 * scale),
    '“We will not leave the base,” Roe said.\n\n' + '“x\n\n'.repeat(75_000 * scale),
  ];
}

/**
 * Markdown floods remark reads in quadratic time: nested list and quote
 * markers on one line, emphasis and link delimiters, setext underlines
 * (minutes each before they were read as plain text).
 */
export const FLOOD_UNITS = ['1. ', '>', '*a', '[a](', 'x\n=\n', '- '];
/** A quote, then `unit` (one of FLOOD_UNITS) repeated to `size`. */
export function markdownFlood(unit: string, size: number): string {
  return 'Roe said “we will not leave the base.”\n' + unit.repeat(Math.ceil(size / unit.length));
}

/**
 * Thousands of unbalanced marks of each kind (a 600 KB line of 200,000 unclosed
 * openings once took minutes in the unclosed-quote rule), with the finding
 * code each gives. `count` marks of each.
 */
export function unbalancedMarks(count: number): [string, 'unclosed-quote' | 'unopened-quote'][] {
  return [
    ['“a '.repeat(count) + '”', 'unclosed-quote'],
    ['a” '.repeat(count), 'unopened-quote'],
    ['He said “this is unbalanced.\n\n'.repeat(count / 2), 'unclosed-quote'],
  ];
}

/** Paragraphs quoting a labelled source beside a mention of someone else: every quote read every mention (18 s for 3,000). */
export function quotesBesideMentions(paragraphs: number): string {
  return 'Seely wrote that troops would "to prepare for onward movement". Milley visited troops in Germany and spoke to reporters about the trip.\n\n'.repeat(paragraphs);
}

/** `n` disable comments (20,000 were once quadratic to apply) without enables, each before a line with two findings, one of them a code the comment names. */
export function manyDisables(n: number): { text: string; findings: Finding[] } {
  const parts: string[] = [];
  const findings: Finding[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const comment = `<!-- source-check-disable unattributed-quote, misquote -- reviewed ${i} -->\n\n`;
    const line = `"quoted words number ${i}"\n\n`;
    findings.push({ code: 'unattributed-quote', severity: 'information', message: 'm', start: at + comment.length + 1, end: at + comment.length + line.length - 3 });
    findings.push({ code: 'unclosed-quote', severity: 'warning', message: 'm', start: at + comment.length, end: at + comment.length + 1 });
    parts.push(comment, line);
    at += comment.length + line.length;
  }
  return { text: parts.join(''), findings };
}

/** Every hostile draft at the size that once stalled the checker (for the bench). */
export function hostileDrafts(): HostileDraft[] {
  const md = (name: string, text: string): HostileDraft => ({ name, text, language: 'markdown' });
  return [
    md('stray closing brackets on one line', strayBrackets(2_400_000)),
    md('a labelled source beside mentions of who labelled it', labelledSourceMentions(200_000)),
    md('code spans on one line', inlineMarkup(INLINE_UNITS[0], 1_000_000)),
    md('code, tags and links on one line', inlineMarkup(INLINE_UNITS[1], 1_000_000)),
    md('a paragraph after one unclosed bracket', unclosedBracket(400_000)),
    md('a named speaker among registry mentions', namedSpeakerAmongMentions(2_000_000)),
    md('a paragraph of unbalanced quotes', unbalancedParagraph(5_000_000)),
    { name: 'nested curly openings (plain text)', text: nestedOpenings(1_000_000), language: 'plaintext' },
    ...whitespaceRuns().map((text, i) => md(`whitespace run ${i + 1} (${['spaces', 'blank lines with tabs', 'line breaks', 'reopened quotation'][i]})`, text)),
    ...FLOOD_UNITS.map((unit) => md(`Markdown flood of ${JSON.stringify(unit)}`, markdownFlood(unit, 80_000))),
    ...unbalancedMarks(200_000).map(([text, code], i) => md(`unbalanced marks ${i + 1} (${code})`, text)),
    md('quotes of a labelled source beside mentions', quotesBesideMentions(3000)),
  ];
}
