import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitChunks } from '../../../src/core/extract/chunks.ts';
import { isPlainParagraph, plainProse } from '../../../src/core/extract/plainChunks.ts';
import { segment, segmentMarkdown, segmentWithRemark } from '../../../src/core/extract/segment.ts';
import { prng } from '../../support/random.ts';
import { polnearTexts, POLNEAR } from '../../support/shared.ts';

const PLAIN = [
  'A plain paragraph, with “curly quotes,” commas; and semicolons.',
  '  Leading spaces and a trailing blank line.\n\n',
  'Two lines\nof one paragraph\nwith US-led hyphens in words.',
  '\uFEFFA byte-order mark before the text.',
  'A paragraph\n  with an indented continuation line\r\n \tand a carriage return,\tand a tab inside.\n \n',
  // inline syntax that changes nothing the mask keeps
  'Emphasis *here* and __there__, ~~struck~~, an escaped \\* star, AT&amp;T & co, wow! a > b.',
  'mail me@x.org or @handle, #hashtag and snake_case_words',
  'A hard break at the end  \nand a backslash one\\\nafter it.',
  '“The [Democratic] lies,” he said [sic], and (hashtag) [x] twice.',
  '___.\n\n',
  '#hashtag at the start, then\n~ a tilde line\n=equal signs and\n_emphasis_ at line starts',
  // a dash or star before a word starts no list item: a news digest's lines, emphasis first
  '-Ann Roe explains why the levy failed. [Post.]\n\n', '--Bo Li on the harbour vote\n-and a second line', '*Emphasis* first, then **bold**', '-\u00a0x after a non-breaking space',
  // no heading or list item after all
  '#\u00a0x after a non-breaking space', '####### seven marks', '1234567890. ten digits',
];
const NOT_PLAIN = [
  '- a list item', '1. numbered', '    indented code', '# heading', 'a `code` span', 'see http://x.org', 'x\n---', '> quote', 'a | table',
  '+ plus list', '* star list', '+plus first', '-', '- ', 'x\n-', 'x\n--', '***', '* * *', '-- -', '*-*', 'x\n- item', 'x\n*\ty', 'x\n===', 'x\n= \r\n', '_ _ _', '## heading', '#', 'x\n~~~', 'two paragraphs\n\n  the second indented by two', ' \tcode after a space and a tab', '___', 'text\n~~~\ncode', 'a <b>tag</b>', 'a [link](u)', 'an ![image](i.png)', 'a [ref][r] link', 'a [ref] [r]', 'a note[^1]', '[r]: http://x.org', 'a [spaced] (link)',
  // a byte-order mark reads as a space before the line: a heading, indented code
  '\uFEFF# after a byte-order mark', '\uFEFF   code four columns in',
];

test('the plain-paragraph path recognises only chunks without Markdown syntax', () => {
  for (const t of PLAIN) assert.ok(isPlainParagraph(t), JSON.stringify(t));
  for (const t of NOT_PLAIN) assert.ok(!isPlainParagraph(t), JSON.stringify(t));
});

test('the plain-paragraph path gives exactly what remark gives', () => {
  for (const t of PLAIN) assert.deepEqual(segmentMarkdown(t, false), segmentWithRemark(t, false), JSON.stringify(t));
});

test('on random chunks of inline syntax, the plain-paragraph path gives exactly what remark gives', () => {
  const random = prng(20261201);
  const pieces = ['___.', '___', '_ _ _', '~ x', '~~~', '=x', '===', '#x', '# x', '##', '\r\n', '[', ']', '[sic]', '[He]', '](u)', '][', '[x]', ']:', '[^', '![', '(', 'word', 'Roe', '“quoted,”', '"straight"', '*', '**', '_', '__', '~', '~~', '\\', '&', '&amp;', '&#35;', '@', 'me@x.org', '!', '#', '=', '>', '-', '+', '1.', '2)', ' ', '  ', '\t', '\n', '\n  ', '\n\t', ':', ';', '.', '(', ')', '$', '%', '^', "'", '’', '…', '\n-', '\n*', '\n-Roe', '\n*x', '\n---', '\n* * *', '\n--'];
  let plain = 0;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let k = 1 + Math.floor(random() * 14); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.5 ? ' ' : '');
    for (const chunk of splitChunks(text)) {
      const body = text.slice(chunk.start, chunk.end);
      if (!isPlainParagraph(body)) continue;
      plain++;
      for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(body, atStart), segmentWithRemark(body, atStart), JSON.stringify(body));
    }
  }
  assert.ok(plain > 500, `${plain} random paragraphs took the plain path`);
});

/** One-line headings and list items the fast path takes, with odd typography. */
const ONE_LINE = [
  '## O’Malley’s “plan” for Iowa, in 2.\n\n', '# x', ' ## Indented by one', '   ###### Six marks, three spaces\n', '#\tA tab after the mark\r\n\r\n',
  '# Trailing spaces   \n  \n', '# Emphasis *here* and an escaped \\* star & AT&amp;T', '- A bullet with « guillemets »\u00a0and a non-breaking space.', '+ Plus',
  '* Star item, “quoted,” he said.', '1. FIREWORKS FLY IN FIRST DEBATE.\n\n', '1988. The year it began.', '2) Second', '- #hashtag', '- me@x.org wrote',
];
/** One-line chunks the fast path declines: remark reads them. */
const NOT_ONE_LINE = [
  '# x #', '# Closing ##', '# a \\# b', '# `code`', '# a <b>', '# see http://x.org', '- [ ] task', '- [link](u)', '#', '# ', 
  '    # indented code', '\t# tab', '- # heading in an item', '-  two spaces', '-\ttab', '1.  two spaces', '## a\nsecond line',
  '- x\n  continued', '# a\rb', '- > quote in an item', '- 1. nested'
];

test('one-line headings and list items take the fast path and give exactly what remark gives', () => {
  for (const t of ONE_LINE) {
    assert.ok(plainProse(t) && !isPlainParagraph(t), JSON.stringify(t));
    for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(t, atStart), segmentWithRemark(t, atStart), JSON.stringify(t));
  }
  for (const t of NOT_ONE_LINE) assert.equal(plainProse(t), undefined, JSON.stringify(t));
});

/** Chunks of one line with no prose (an empty list item, a rule) that the fast path takes, and near misses it leaves to remark. */
const NO_PROSE = ['1.\n\n', '23.\n\n', '2)', '-', '+\n', '*\r\n\r\n', '  - ', '***\n\n', '* * *', '- - -', '-- -\n', '---\n\n', '___', ' _ _ _  \n \n', '   ***'];
const NOT_NO_PROSE = ['--', '***x', '1.x', '1234567890.', '    ***', '\t***', '\uFEFF***', '-\n\n    continued', '***\nx', '+++\n', '=\n'];

test('one-line chunks with no prose, empty list items and rules, take the fast path and give exactly what remark gives', () => {
  for (const t of NO_PROSE) {
    assert.deepEqual(plainProse(t)?.blocks, [], JSON.stringify(t));
    for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(t, atStart), segmentWithRemark(t, atStart), JSON.stringify(t));
  }
  for (const t of NOT_NO_PROSE) assert.ok(!plainProse(t) || plainProse(t)!.blocks.length > 0, JSON.stringify(t));
  const random = prng(20261204);
  const pieces = ['-', '*', '_', '+', '1.', '2)', ' ', '  ', '\t', '\n', '\r\n', '\n\n', 'x', '.', '#'];
  let taken = 0;
  for (let n = 0; n < 5000; n++) {
    let text = '';
    for (let k = 1 + Math.floor(random() * 7); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
    for (const chunk of splitChunks(text)) {
      const body = text.slice(chunk.start, chunk.end);
      const fast = plainProse(body);
      if (!fast || fast.blocks.length) continue;
      taken++;
      for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(body, atStart), segmentWithRemark(body, atStart), JSON.stringify(body));
    }
  }
  assert.ok(taken > 300, `${taken} random chunks took the no-prose path`);
});

test('on random one-line headings and list items, the fast path gives exactly what remark gives', () => {
  const random = prng(20261202);
  const markers = ['#', '##', '######', '#######', ' #', '   ##', '    #', '\t#', '-', '+', '*', '1.', '2)', '1988.', '123456789.', '1234567890.', '-1', '#1', ''];
  const gaps = [' ', '  ', '   ', '     ', '\t', ' \t', '', '\u00a0'];
  const pieces = ['word', 'Roe', '“quoted,”', '"straight"', '«x»', '’', '*', '**', '_', '__', '~', '~~', '\\', '&', '&amp;', '@', 'me@x.org', '!', '#', '##', '=', '>', '-', '+', '1.', '[', ']', '[sic]', '](u)', '`', '<', '|', 'http://x', ' ', '  ', '\t', '\u00a0', '.', ',', ':'];
  const ends = ['', ' ', '  ', '\t', ' \t', '\n', '\r\n', '\n\n', '\n \n\t\n', '\r\n\r\n', '\nmore', '\n  more', '\r'];
  let taken = 0;
  for (let n = 0; n < 10000; n++) {
    let text = markers[Math.floor(random() * markers.length)] + gaps[Math.floor(random() * gaps.length)];
    for (let k = Math.floor(random() * 8); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.6 ? ' ' : '');
    text += ends[Math.floor(random() * ends.length)];
    for (const chunk of splitChunks(text)) {
      const body = text.slice(chunk.start, chunk.end);
      if (!plainProse(body) || isPlainParagraph(body)) continue;
      taken++;
      for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(body, atStart), segmentWithRemark(body, atStart), JSON.stringify(body));
    }
  }
  assert.ok(taken > 500, `${taken} random one-line chunks took the fast path`);
});

test('the line-start checks of the plain path read line starts as /^…/m does (after LF, CR, U+2028 and U+2029)', () => {
  // the whole-text patterns the plain path had, kept here as the reference
  const syntax = /[`<|]|\]\s*[([:]|\[\^|^[ \t]*\[|https?:|www\./im;
  const blockStart = /^(?: {4}|\t|[ \t]*(?:[>+]|[-*](?:[ \t]|\r?$)|[-*][-* \t]*\r?$|:-|#{1,6}(?:[ \t]|\r?$)|=+[ \t]*\r?$|_(?:[ \t]*_){2,}[ \t]*\r?$|~~~)|[ \t]*\d{1,9}[.)](?:[ \t]|\r?$))/m;
  const reference = (chunk: string) => {
    const text = chunk.charCodeAt(0) === 0xfeff ? ' ' + chunk.slice(1) : chunk;
    return !syntax.test(text) && !blockStart.test(text) && !/\n[ \t]*\r?\n/.test(text.replace(/[ \t\r\n]+$/, '')) && !/^(?:[ \t]*\r?\n)*(?: {4}| {0,3}\t)/.test(text) && /[^ \t\r\n]/.test(text);
  };
  const random = prng(20261203);
  const pieces = ['word', 'Roe', '“q”', '[', '[x]', '#', '# ', '-', '- ', '-x', '*', '*x', '* ', '+', '+x', '---', '* * *', '1.', '1. ', '>', '=', '==', '_ _ _', '~~~', ':-', '    ', '\t', ' ', '\n', '\r', '\r\n', '\u2028', '\u2029', '\n\n', '\uFEFF', 'www.x', '`', '|'];
  let plain = 0;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    for (let k = 1 + Math.floor(random() * 10); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
    const expected = reference(text);
    if (expected) plain++;
    assert.equal(isPlainParagraph(text), expected, JSON.stringify(text));
  }
  assert.ok(plain > 1000, `${plain} random texts were plain`);
});

test('on real news chunks the plain-paragraph path agrees with remark', (t) => {
  if (!POLNEAR) return t.skip('../shared/corpora/polnear is absent');
  let checked = 0;
  for (const article of polnearTexts('train', 200)) {
    for (const chunk of splitChunks(article)) {
      const text = article.slice(chunk.start, chunk.end);
      if (!plainProse(text)) continue;
      assert.deepEqual(segmentMarkdown(text, false), segmentWithRemark(text, false), JSON.stringify(text.slice(0, 200)));
      checked++;
    }
  }
  assert.ok(checked > 1000, `checked ${checked} chunks`);
});

test('chunks cover the text and never split front matter, fences, comments or indented continuations', () => {
  const text = '---\ntitle: x\n\nmore: y\n---\n\nPara one.\n\n```\ncode\n\nmore code\n```\n\n<!-- a\n\nb -->\n\n- item\n\n    continued\n\nEnd.';
  const chunks = splitChunks(text);
  assert.equal(chunks[0].start, 0);
  assert.equal(chunks[chunks.length - 1].end, text.length);
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
  const bodies = chunks.map((c) => text.slice(c.start, c.end).trim());
  assert.ok(bodies.some((b) => b.startsWith('---\ntitle: x\n\nmore: y\n---')));
  assert.ok(bodies.includes('```\ncode\n\nmore code\n```'));
  assert.ok(bodies.includes('<!-- a\n\nb -->'));
  assert.ok(bodies.includes('- item\n\n    continued'));
});

test('chunked segmentation equals whole-document segmentation on a mixed draft', () => {
  const text = '# Title\n\nPara "one," he said.\n\n> quote\n> more\n\n| a | b |\n|---|---|\n| "c" | d |\n\nPlain prose again.\n';
  const whole = segmentWithRemark(text, true);
  const chunked = segment(text, 'markdown');
  assert.equal(chunked.masked, whole.masked);
  assert.deepEqual(chunked.blocks.map((b) => [b.kind, b.start, b.end]), whole.blocks.map((b) => [b.kind, b.start, b.end]));
});

test('block quotes nested thousands deep are read without running out of stack', () => {
  const text = '> '.repeat(8000) + '“We will not leave,” Roe said.';
  const prose = segmentWithRemark(text, false);
  assert.equal(prose.blocks.length, 1);
  assert.equal(prose.blocks[0].kind, 'blockquote');
  assert.equal(text.slice(prose.blocks[0].start, prose.blocks[0].end), '“We will not leave,” Roe said.');
});
