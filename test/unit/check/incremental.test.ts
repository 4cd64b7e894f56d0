import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument, type CheckedDocument } from '../../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { extract } from '../../../src/core/extract/index.ts';
import { incrementalStats } from '../../../src/core/extract/incremental.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';
import { FLOOD_UNITS, markdownFlood, nestedOpenings, unbalancedMarks, unbalancedParagraph, whitespaceRuns } from '../../support/hostileDrafts.ts';
import { prng } from '../../support/random.ts';
import { assertLinearWork, workOf } from '../../support/workGrowth.ts';

const PIECES = [
  '"CJTF-OIR will be repositioning forces," Seely wrote.',
  'Milley said: "That letter is a draft. It was a mistake."',
  '“to prepare for onward withdrawal,” he added',
  '> quoted block',
  '```\ncode "not a quote"\n```',
  '\n\n',
  '\n',
  ' the letter said troops would go ',
  '“',
  '"',
  '- list item "with a quote here and there," said Reuters\n',
  '---\n',
  '<!-- comment\n\nstill comment -->',
  '`code "span"`',
  'according to the letter, ',
  '"MILLEY: It was a draft, what I called “a mistake.”\n\n"SEELY: ',
  ' “nested "inside" it” ',
  ' ”Vi går”, sa hon ',
  '”',
];

test('incremental checks equal full re-checks over random edit sequences', () => {
  const registry = registryOf();
  for (let seed = 1; seed <= 12; seed++) {
    const random = prng(seed);
    const cache = new ExtractCache();
    let text = '# Draft\n\nSeely wrote "to prepare for onward movement".\n\nMilley called the letter a draft.\n';
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(random() * (text.length + 1));
      if (random() < 0.35 && text.length > 10) {
        const len = Math.floor(random() * 12);
        text = text.slice(0, at) + text.slice(at + len);
      } else {
        text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
      }
      const draft = { path: '/ws/d.md', text, language: 'markdown' as const };
      const incremental = checkDocument(draft, registry, DEFAULT_SETTINGS, cache);
      const full = checkDocument(draft, registry, DEFAULT_SETTINGS);
      assert.deepEqual(incremental.extraction, full.extraction, `seed ${seed} step ${step}: extraction differs\n${JSON.stringify(text)}`);
      assert.deepEqual(incremental.findings, full.findings, `seed ${seed} step ${step}: findings differ`);
    }
  }
});

/** Paragraphs of a long story: quotes in both orders, pronouns, continued and multi-paragraph quotes, block quotes, code. */
const PARAGRAPHS = [
  '"CJTF-OIR will be repositioning forces over the course of the coming days," Seely wrote in the letter to Iraqi officials.',
  'Milley told reporters at the Pentagon: "That letter is a draft. It was a mistake. It was unsigned."',
  'He added that "we are not leaving Iraq," and that the letter was "poorly worded."',
  '"This is what happens when drafts circulate," he said.',
  '“The movement out of Iraq will be conducted in a safe and efficient manner,” according to the letter.',
  '"A quote that runs on over paragraphs, as reporters write them,',
  '"and closes only in the next one," said Reuters.',
  'Milley said:\n\n> We are not withdrawing.\n> Period.',
  'Plain prose about the week in Washington, with no quotation at all, long enough to push the next quote away from this one by a few hundred characters of ordinary reporting text.',
  '```\nconst s = "not a quote";\n```',
  '- a list item quoting "the letter" in passing\n- another item where Seely said "we will ensure safety"',
  'The so-called "draft" was, the letter said, meant to prepare for onward movement.',
  'She said "yes."',
  '<!-- an editor’s note with "quotes"\n\nover a blank line -->',
  'Partial transcript as follows:\n\n"MILLEY: That letter is a draft, what I would call “a mistake.”',
  '"SEELY: It was sent before it was signed.\n\n"(CROSSTALK.)',
  '"An excerpt that never closes, with “a quote of its own inside” it.',
];

test('on long drafts, edits are read by window and equal full re-checks', () => {
  const registry = registryOf();
  const before = { ...incrementalStats };
  for (let seed = 1; seed <= 8; seed++) {
    const random = prng(seed * 7919);
    const cache = new ExtractCache();
    const paragraphs = Array.from({ length: 120 }, () => PARAGRAPHS[Math.floor(random() * PARAGRAPHS.length)]);
    let text = '# A long story\n\n' + paragraphs.join('\n\n') + '\n';
    checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(random() * (text.length + 1));
      const roll = random();
      if (roll < 0.3) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 40));
      else if (roll < 0.6) text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
      else text = text.slice(0, at) + 'abc "\n'[Math.floor(random() * 7)] + text.slice(at);
      assertIncrementalIsFull(text, registry, cache, `seed ${seed} step ${step}`);
    }
  }
  assertMostlyByWindow(before);
});

test('an edit far from a pronoun still changes whom the pronoun names, and a continued quote its speaker', () => {
  const registry = registryOf();
  const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of ordinary reporting, with no names and nothing quoted, long enough to keep the pronoun far away from its antecedent in the draft.`).join('\n\n');
  const cache = new ExtractCache();
  const draft = (name: string) => ({ path: '/ws/d.md', text: `${name} spoke to reporters on Monday.\n\n${filler}\n\n"We are not leaving," he said.\n\n"Not now, not soon."\n`, language: 'markdown' as const });
  const first = checkDocument(draft('Seely'), registry, DEFAULT_SETTINGS, cache);
  assert.equal(first.extraction.quotes[0].speaker?.name, 'William H. Seely III');
  const windows = incrementalStats.windows;
  const edited = checkDocument(draft('Milley'), registry, DEFAULT_SETTINGS, cache);
  assert.deepEqual(edited.extraction, checkDocument(draft('Milley'), registry, DEFAULT_SETTINGS).extraction);
  assert.equal(edited.extraction.quotes[0].speaker?.name, 'Mark Milley');
  assert.equal(edited.extraction.quotes[1].speaker?.name, 'Mark Milley');
  assert.equal(incrementalStats.windows, windows + 1, 'the edit was read by window');
});

test('an edit to the cue after the next quote of a sentence changes the speaker of the quote before it', () => {
  const registry = registryOf();
  const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of ordinary reporting, with no names and nothing quoted, long enough to keep the edit away from the rest of the draft.`).join('\n\n');
  const draft = (name: string) => ({ path: '/ws/d.md', text: `${filler}\n\nTolls are “the ultimate tax on island life” and “slowly empty the villages,” ${name}, the former harbourmaster of the port, told a cheering crowd at the ferry terminal on Wednesday night.\n\n${filler}\n`, language: 'markdown' as const });
  const cache = new ExtractCache();
  assert.equal(checkDocument(draft('Oona McBride'), registry, DEFAULT_SETTINGS, cache).extraction.quotes[0].speaker?.name, 'Oona McBride');
  const edited = checkDocument(draft('Ravi Oyelaran'), registry, DEFAULT_SETTINGS, cache);
  assert.equal(edited.extraction.quotes[0].speaker?.name, 'Ravi Oyelaran');
  assert.deepEqual(edited.extraction, checkDocument(draft('Ravi Oyelaran'), registry, DEFAULT_SETTINGS).extraction);
});

test('an edit to a named speaker no registry knows still changes whom a pronoun past the window names', () => {
  const registry = registryOf();
  const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of ordinary reporting, with no names and nothing quoted, long enough to keep the pronoun far away from its antecedent in the draft.`).join('\n\n');
  const draft = (name: string) => ({ path: '/ws/d.md', text: `"We will rebuild the bridge," ${name} said on Monday.\n\n"It is not done yet," an aide said.\n\n${filler}\n\n"We are not leaving," he said.\n`, language: 'markdown' as const });
  const cache = new ExtractCache();
  // (the quote just before the window end is the aide's, so only the names seen tell the edit apart)
  assert.equal(checkDocument(draft('Ann Okafor'), registry, DEFAULT_SETTINGS, cache).extraction.quotes[2].speaker?.name, 'Ann Okafor');
  const windows = incrementalStats.windows;
  const edited = checkDocument(draft('Ben Lee'), registry, DEFAULT_SETTINGS, cache);
  assert.equal(incrementalStats.windows, windows + 1, 'the edit was read by window');
  assert.equal(edited.extraction.quotes[2].speaker?.name, 'Ben Lee');
  assert.deepEqual(edited.extraction, checkDocument(draft('Ben Lee'), registry, DEFAULT_SETTINGS).extraction);
});

test('a continued quote past the window keeps pointing at a speaker named before the edit', () => {
  const registry = registryOf();
  const filler = 'ordinary words of reporting that go on for a while without any name or any quotation mark in them at all '.repeat(6);
  const long = 'these are words nobody registered, spoken at length to fill a paragraph of the draft past the margin '.repeat(5);
  const draft = (extra: string) => ({
    path: '/ws/d.md',
    text: `"We are staying," Milley said, ${extra}${filler}\n\n"${long.trim()}"\n\n"CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement."\n`,
    language: 'markdown' as const,
  });
  const cache = new ExtractCache();
  const before = checkDocument(draft(''), registry, DEFAULT_SETTINGS, cache);
  assert.ok(before.findings.some((f) => f.code === 'misattributed-quote'), 'the last quote continues Milley and is Seely’s');
  const windows = incrementalStats.windows;
  const after = checkDocument(draft('then added more, '), registry, DEFAULT_SETTINGS, cache);
  assert.equal(incrementalStats.windows, windows + 1, 'the edit was read by window');
  assert.deepEqual(after.findings, checkDocument(draft('then added more, '), registry, DEFAULT_SETTINGS).findings);
});

test('a pathological draft (5 MB paragraph, thousands of unbalanced quotes) completes and reports sensibly', () => {
  // (how long these take is measured by `npm run bench`, group 8; the nested openings' work is counted)
  const text = unbalancedParagraph(5_000_000);
  const found = extract(text, { language: 'markdown', lexicon: registryOf() });
  // every quote found lies inside the text and has words in it
  for (const q of found.quotes.slice(0, 1000)) assert.ok(q.start < q.end && q.end <= text.length);
  const plain = extract(text, { language: 'plaintext' });
  assert.ok(Array.isArray(plain.quotes));
  // curly openings of one kind that never close, on one line: each could nest in the last, and the search for its closings ran to the line's end
  assertLinearWork('nestingMarks', (scale) => assert.ok(Array.isArray(extract(nestedOpenings(250_000 * scale), { language: 'plaintext' }).quotes)), 'a line of 1M nested openings');
});

test('long runs of spaces and blank lines are read, each quote still found', () => {
  // each of these took minutes: a pattern such as /\s+$/ tried from every space of a run, a quotation reopened over 75,000 paragraphs copied at each
  // (regular-expression internals no counter sees: how long they take is measured by `npm run bench`, group 8)
  for (const text of whitespaceRuns()) {
    const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registryOf(), DEFAULT_SETTINGS);
    assert.ok(doc.extraction.quotes.length >= 1, 'the quote is still found');
  }
});

test('Markdown floods that remark reads in quadratic time are read as plain text; long lists and tables are not floods', () => {
  // nested list and quote markers on one line, emphasis and link delimiters, setext underlines: minutes each before
  // (how long remark would take is measured by `npm run bench`, group 8; here the plain path is asserted)
  for (const unit of FLOOD_UNITS) {
    let doc: CheckedDocument | undefined;
    const parsed = workOf('remarkChars', () => (doc = checkDocument({ path: '/ws/d.md', text: markdownFlood(unit, 80_000), language: 'markdown' }, registryOf(), DEFAULT_SETTINGS)));
    assert.equal(parsed, 0, `${JSON.stringify(unit)}: remark read ${parsed} characters of the flood; expected none (read as plain text)`);
    assert.ok(doc!.extraction.quotes.some((q) => q.text === 'we will not leave the base.'), JSON.stringify(unit));
  }
  const list = '- “We will not leave the base,” Roe said.\n'.repeat(2000);
  let items: ReturnType<typeof extract> | undefined;
  assert.equal(workOf('markupFloods', () => (items = extract(list, { language: 'markdown' }))), 0, 'a long list is no markup flood');
  assert.equal(items!.quotes.length, 2000, 'every list item holds its quote');
  assert.ok(items!.quotes.every((q) => q.speaker?.text === 'Roe'), 'each item is read as its own block');
});

test('a pathological draft checks in full: thousands of unbalanced marks list the first 200 of each kind and say how many more', () => {
  const registry = registryOf();
  // (a 600 KB line of 200,000 unclosed openings once took minutes; how long these take is measured by `npm run bench`, group 8)
  for (const [text, code] of unbalancedMarks(200_000)) {
    const doc = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
    const listed = doc.findings.filter((f) => f.code === code);
    assert.equal(listed.length, 200, code);
    const total = code === 'unclosed-quote' ? doc.extraction.unclosed.length : doc.extraction.unopened.length;
    assert.ok(total > 1000, `${code}: ${total} marks found`);
    assert.match(listed[199].message, new RegExp(`; ${total - 200} more un(closed|opened) quotations in this draft are not listed$`));
    assert.ok(!/not listed/.test(listed[198].message));
  }
});

test('a changed registry invalidates what the cache kept', () => {
  const text = '"We are staying in Iraq for now," said the chairman of the Joint Chiefs.\n\nMore text.';
  const before = registryOf();
  const after = registryOf(`- id: mm\n  type: person\n  name: Mark Milley\n  aliases: [the chairman of the Joint Chiefs]\n`);
  const cache = new ExtractCache();
  checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, before, DEFAULT_SETTINGS, cache);
  const cached = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, after, DEFAULT_SETTINGS, cache);
  const fresh = checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, after, DEFAULT_SETTINGS);
  assert.deepEqual(cached.extraction, fresh.extraction);
  assert.equal(fresh.extraction.quotes[0].speaker?.text, 'the chairman of the Joint Chiefs');
  assert.equal(fresh.extraction.quotes[0].speaker?.id, 'mm');
});

/** Wraps a paragraph's lines at `width` columns: the last space before the column becomes a line break (offsets stay). */
function hardWrap(paragraph: string, width: number): string {
  const chars = [...paragraph];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (chars[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

test('on hard-wrapped drafts, edits (line breaks inside paragraphs included) equal full re-checks', () => {
  const registry = registryOf();
  const before = { ...incrementalStats };
  for (let seed = 1; seed <= 4; seed++) {
    const random = prng(seed * 104729);
    const cache = new ExtractCache();
    const width = 30 + Math.floor(random() * 43);
    const paragraphs = Array.from({ length: 60 }, () => hardWrap(PARAGRAPHS[Math.floor(random() * PARAGRAPHS.length)], width));
    let text = '# A wrapped story\n\n' + paragraphs.join('\n\n') + '\n';
    checkDocument({ path: '/ws/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(random() * (text.length + 1));
      const roll = random();
      if (roll < 0.25) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 20));
      else if (roll < 0.5) {
        // a line break becomes a space or a space a line break: rewrapping
        const space = text.indexOf(' ', at);
        const nl = text.indexOf('\n', at);
        if (space >= 0 && (nl < 0 || random() < 0.5)) text = text.slice(0, space) + '\n' + text.slice(space + 1);
        else if (nl >= 0 && text[nl + 1] !== '\n' && text[nl - 1] !== '\n') text = text.slice(0, nl) + ' ' + text.slice(nl + 1);
      } else if (roll < 0.75) text = text.slice(0, at) + hardWrap(PIECES[Math.floor(random() * PIECES.length)], width) + text.slice(at);
      else text = text.slice(0, at) + 'a "\n“”'[Math.floor(random() * 6)] + text.slice(at);
      assertIncrementalIsFull(text, registry, cache, `seed ${seed} step ${step}`);
    }
  }
  assertMostlyByWindow(before);
});

/** Checks `text` with the cache and afresh: the extraction and the findings must be the same. */
function assertIncrementalIsFull(text: string, registry: Parameters<typeof checkDocument>[1], cache: Parameters<typeof checkDocument>[3], label: string): void {
  const draft = { path: '/ws/d.md', text, language: 'markdown' as const };
  const incremental = checkDocument(draft, registry, DEFAULT_SETTINGS, cache);
  const full = checkDocument(draft, registry, DEFAULT_SETTINGS);
  assert.deepEqual(incremental.extraction, full.extraction, `${label}: extraction differs`);
  assert.deepEqual(incremental.findings, full.findings, `${label}: findings differ`);
}

/** Most edits since `before` were read by window, not as the whole draft. */
function assertMostlyByWindow(before: { windows: number; wholeDraft: number }): void {
  const windows = incrementalStats.windows - before.windows;
  const whole = incrementalStats.wholeDraft - before.wholeDraft;
  assert.ok(windows > whole * 4, `most edits should be read by window: ${windows} by window, ${whole} whole`);
}
