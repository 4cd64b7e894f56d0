import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument, type CheckedDocument } from '../../../src/core/check/checkDocument.ts';
import type { DocumentLanguage } from '../../../src/core/extract/model.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { HARBOUR_REGISTRY, HARBOUR_WORDS } from '../../support/harbourStory.ts';
import { acceptanceEdits, acceptOffers, cleanReason, type Insertion } from '../../../src/core/suppressions/acceptFinding.ts';

const registry = new Registry([
  {
    path: '/ws/sources/registry.yaml',
    text: HARBOUR_REGISTRY,
  },
]);
const WORDS = HARBOUR_WORDS;

function check(text: string, language: DocumentLanguage = 'markdown'): CheckedDocument {
  return checkDocument({ path: language === 'markdown' ? '/ws/d.md' : '/ws/d.txt', text, language }, registry, DEFAULT_SETTINGS);
}
function apply(text: string, edits: Insertion[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset);
  return out;
}
/** Accepts the draft's one source-status finding with `reason`; the text after. */
function accept(text: string, reason: string, language: DocumentLanguage = 'markdown'): string {
  const doc = check(text, language);
  const offers = acceptOffers(doc, { start: 0, end: text.length });
  assert.deepEqual(offers.map((o) => o.code), ['retracted']);
  const edits = acceptanceEdits(text, language, offers[0].line, offers[0].code, reason);
  assert.ok(edits);
  return apply(text, edits);
}

test('accepting a finding that starts a paragraph inserts disable-next-line above it with its indentation, and the finding is set aside', () => {
  const text = `# Notes\n\n  The Kestrel Harbour Authority said: ${WORDS}\n\nMore.\n`;
  const after = accept(text, 'the retraction is reported below');
  assert.equal(after, `# Notes\n\n  <!-- source-check-disable-next-line retracted -- the retraction is reported below -->\n  The Kestrel Harbour Authority said: ${WORDS}\n\nMore.\n`);
  const doc = check(after);
  assert.deepEqual(doc.findings, []);
  assert.equal(doc.suppressed[0].reason, 'the retraction is reported below');
});

test('a finding inside a paragraph gets a disable … enable pair around the paragraph, which stays one paragraph', () => {
  const text = `Intro.\n\nIn a notice on Monday, the Kestrel Harbour Authority\nsaid: ${WORDS} It has since\nwithdrawn it.\n\nAfter.\n`;
  const before = check(text);
  const after = accept(text, 'reported in the last line');
  assert.equal(after, `Intro.\n\n<!-- source-check-disable retracted -- reported in the last line -->\nIn a notice on Monday, the Kestrel Harbour Authority\nsaid: ${WORDS} It has since\nwithdrawn it.\n<!-- source-check-enable retracted -->\n\nAfter.\n`);
  const doc = check(after);
  assert.deepEqual(doc.findings, []);
  assert.equal(doc.extraction.quotes[0].speaker?.id, before.extraction.quotes[0].speaker?.id);
});

test('plain text gets the bare words; CRLF drafts get CRLF lines', () => {
  const plain = accept(`The Kestrel Harbour Authority said: ${WORDS}\n`, 'reviewed', 'plaintext');
  assert.equal(plain, `source-check-disable-next-line retracted -- reviewed\nThe Kestrel Harbour Authority said: ${WORDS}\n`);
  assert.deepEqual(check(plain, 'plaintext').findings, []);
  const crlf = accept(`Intro.\r\n\r\nThe Kestrel Harbour Authority said: ${WORDS}\r\n`, 'reviewed');
  assert.equal(crlf, `Intro.\r\n\r\n<!-- source-check-disable-next-line retracted -- reviewed -->\r\nThe Kestrel Harbour Authority said: ${WORDS}\r\n`);
  assert.deepEqual(check(crlf).findings, []);
});

test('a reason is one line without -->; no reason, an unknown code or a line past the end gives no edit', () => {
  assert.equal(cleanReason('  checked\n with the desk --> ok  '), 'checked with the desk -- > ok');
  const text = `The Kestrel Harbour Authority said: ${WORDS}\n`;
  const after = accept(text, 'a --> b');
  assert.deepEqual(check(after).findings, [], 'the comment still parses');
  assert.equal(acceptanceEdits(text, 'markdown', 0, 'retracted', ' \n '), undefined);
  assert.equal(acceptanceEdits(text, 'markdown', 0, 'registry-error', 'x'), undefined);
  assert.equal(acceptanceEdits(text, 'markdown', 9, 'retracted', 'x'), undefined);
});

test('no offer for the findings about suppressions themselves', () => {
  const text = `<!-- source-check-disable-next-line retracted -->\nNothing quoted.\n`;
  const doc = check(text);
  assert.deepEqual(doc.findings.map((f) => f.code), ['suppression-without-reason']);
  assert.deepEqual(acceptOffers(doc, { start: 0, end: text.length }), []);
});
