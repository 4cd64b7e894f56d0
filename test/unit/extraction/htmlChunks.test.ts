import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitChunks } from '../../../src/core/extract/chunks.ts';
import { inlineMarkupParagraph } from '../../../src/core/extract/htmlChunks.ts';
import { plainProse } from '../../../src/core/extract/plainChunks.ts';
import { segment, segmentMarkdown, segmentWithRemark } from '../../../src/core/extract/segment.ts';
import { workCounts } from '../../../src/core/workCounts.ts';
import { prng } from '../../support/random.ts';
import { polnearTexts, POLNEAR } from '../../support/shared.ts';

/** Paragraphs of prose and inline tags the fast path reads, with odd typography. */
const TAKEN = [
  '<post who="@ann_roe" at="1454432400" post_id="99">Ann Roe: “The levy failed, twice.” A & B say so.</post>.\n\n',
  '<note a=\'x\' b=c d>Quoted <em>twice</em>, he said,\nand again on a second line.</note>\n',
  '  <x-tag/>Two spaces before a self-closing tag, then words.',
  'Words first <span class=”odd”>with curly quotes in a value</span> and after.',
  '<b >Bold</b > then *emphasis*, me@x.org, [sic] and #hashtag\n  with an indented continuation</b>.   \n  \n',
  '<Q lang="fr">« Non », dit-elle.</Q> —Bo Li',
  // bare web addresses, which GFM reads as links
  '<post id="7" who="@bo_li">Not so, she said.https://t.co/Ab9xYz — Bo Li (@bo_li) May 2, 2031</post>.',
  'Follow Ann Roe at https://example.org/AnnRoe and http://www.example.org/a/b.html?x=1#top.\n\n',
  // a pipe on a chunk of one line, where no delimiter row can make a table
  '12 posts  + Follow Newest | Oldest Ann Roe 5pts', '“Two sides,” she said. [Post | Opinion]\n\n', '<b t="x">a | b</b> |',
  'http://poll.example.com.', '<b>see https://x.org</b>', '(see https://x.example.org/p), "https://a.example/b", https://a.example/b_c!',
]
/** Chunks the fast path declines (remark reads them). */
const DECLINED = [
  '<div>A block tag</div> then words', '<p>paragraph tag</p> x', '<pre>raw</pre> x', '<post a="b">\nwords on the next line', 'words\n<post>\n',
  '<b><i>\nwords', '\\<b>escaped</b> tag', 'a < b and <c>', '<b>a `code` span</b>', '<b>a</b> | cell\n-|-', '<!-- note --> words', '<?php x ?> words',
  '<http://x.org> autolink', '<b>see https://x.org/a&b</b>', '<a title="[x]">y</a>', '<a\ntitle="x">y</a>', '<a title="x\ny">z</a>', '# <b>heading</b>',
  '- <b>item</b>', '    <b>indented code</b>', '<b>x</b>\n\n  second paragraph', 'no tag at all, [x](u)', '\uFEFF<b>after a byte-order mark</b> x',
  '<b a=b"c>x</b>', '<b a="x"c>x</b>', '<1b>x', '<b>x</b>\n---', '<b>x</b>\n> quote',
  'a | b\n--|--', 'a | b\nsecond line', 'a | b\r--|--', '<b t="|">x</b>',
  'see [x] https://x.org', 'xhttps://x.org', 'https://x.org/a’s', 'https://x.org&amp; y', 'http://localhost y', 'https://x.org/a)b', 'www.x.org y',
  'https://x_y.org', 'https://x.org:8080/', 'a <b href=https://x.org>', 'http:x', 'https://x.org/é', '“https://x.org/b” y',
];

test('paragraphs of prose, inline tags and bare web addresses take the fast path and give exactly what remark gives', () => {
  for (const t of TAKEN) {
    assert.ok(!plainProse(t) && inlineMarkupParagraph(t), JSON.stringify(t));
    for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(t, atStart), segmentWithRemark(t, atStart), JSON.stringify(t));
  }
  for (const t of DECLINED) assert.equal(inlineMarkupParagraph(t), undefined, JSON.stringify(t));
});

test('a draft of paragraphs with inline tags is segmented without remark', () => {
  const text = TAKEN.map((t) => t.trim()).join('\n\n') + '\n';
  const before = workCounts.remarkChars;
  const prose = segment(text, 'markdown');
  assert.equal(workCounts.remarkChars, before);
  assert.equal(prose.masked, segmentWithRemark(text, true).masked);
  assert.ok(!prose.masked.includes('<') && prose.masked.includes('Ann Roe: “The levy failed, twice.”'));
});

test('on random chunks of tags, web addresses and inline syntax, the fast path gives exactly what remark gives', () => {
  const random = prng(20261205);
  const tags = ['<b>', '</b>', '<x-y/>', '<b >', '</b >', '<a href=u>', '<a href="h">', "<a t='q' u>", '<a b = "c" d=e/>', '<div>', '</p>', '<script>', '<b', '<b a="', '<!-- c -->', '<1>', '< b>', '<b\n>', '<a href=https://x.org>', '<a t="[x]">', '<b a="`">', '<a href="https://x.org">', '<a b=c/>', '<a b="x"/>', '<a b=c/d>', '<a b="x" / >', '<b\u00a0a=c>', '<a b=c\u00a0d>', 'https://x.org', 'http://a.b/c', 'HTTPS://t.co/AbC9?x=1&y', 'https://x_y.z', 'https://a.b/c.d', 'http://a/b'];
  const pieces = [...tags, ...tags, 'word', 'Roe', 'said', 'the', 'O’Malley', '“quoted,”', '"straight"', '*', '_', '~', '\\', '&', '&amp;', '@', 'me@x.org', '[sic]', '](u)', '[', ']', '!', '#', '>', '<', '-', '+', '1.', '=', '`', '|', 'http://x.org', 'www.x.org', ' ', '  ', '\t', '\n', '\n  ', '\n\n', '\r\n', '\n-', '\n#', '\n---', '.', ',', '(', ')', '’', 'é', '_', '?!', '—'];
  let taken = 0;
  let withUrl = 0;
  for (let n = 0; n < 12000; n++) {
    let text = random() < 0.6 ? tags[Math.floor(random() * tags.length)] : '';
    for (let k = 1 + Math.floor(random() * 10); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.5 ? ' ' : '');
    for (const chunk of splitChunks(text)) {
      const body = text.slice(chunk.start, chunk.end);
      const fast = plainProse(body) ? undefined : inlineMarkupParagraph(body);
      if (!fast) continue;
      taken++;
      if (fast.hidden.some((h) => /^http/i.test(body.slice(h.start, h.end)))) withUrl++;
      for (const atStart of [false, true]) assert.deepEqual(segmentMarkdown(body, atStart), segmentWithRemark(body, atStart), JSON.stringify(body));
    }
  }
  assert.ok(taken > 500 && withUrl > 100, `${taken} random chunks took the inline-tag path, ${withUrl} with a web address`);
});

test('on real news chunks the inline-tag path agrees with remark', (t) => {
  if (!POLNEAR) return t.skip('../shared/corpora/polnear is absent');
  let checked = 0;
  for (const article of polnearTexts('train', 400)) {
    for (const chunk of splitChunks(article)) {
      const text = article.slice(chunk.start, chunk.end);
      if (plainProse(text) || !inlineMarkupParagraph(text)) continue;
      assert.deepEqual(segmentMarkdown(text, false), segmentWithRemark(text, false), JSON.stringify(text.slice(0, 200)));
      checked++;
    }
  }
  assert.ok(checked > 20, `checked ${checked} chunks`);
});
