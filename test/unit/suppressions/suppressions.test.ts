import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument, type CheckedDocument } from '../../../src/core/check/checkDocument.ts';
import type { DocumentLanguage } from '../../../src/core/extract/model.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { applySuppressions } from '../../../src/core/suppressions/suppress.ts';
import { manyDisables } from '../../support/hostileDrafts.ts';
import { assertLinearWork } from '../../support/workGrowth.ts';

/** An invented harbour story: a retracted notice and a verified statement. */
const registry = new Registry([
  {
    path: '/ws/sources/registry.yaml',
    text: `
- id: harbour-authority
  type: organization
  name: Kestrel Harbour Authority
  aliases: [the authority]
- id: ana-roe
  type: person
  name: Ana Roe
  aliases: [Roe]
- id: dredging-notice
  type: statement
  title: The dredging notice
  speaker: harbour-authority
  text: Dredging of the north channel will begin in March and finish before the summer season.
  status: retracted
- id: roe-remarks
  type: statement
  title: Roe's remarks
  speaker: ana-roe
  status: verified
  text: The ferry timetable will stay the same for the whole of the coming winter.
`,
  },
]);

const RETRACTED = 'The Kestrel Harbour Authority said: "Dredging of the north channel will begin in March and finish before the summer season."';
const MISQUOTED = 'Ana Roe said: "The ferry timetable will stay the same for the whole of the coming spring."';

function check(text: string, language: DocumentLanguage = 'markdown'): CheckedDocument {
  return checkDocument({ path: language === 'markdown' ? '/ws/drafts/d.md' : '/ws/drafts/d.txt', text, language }, registry, DEFAULT_SETTINGS);
}
const codes = (doc: CheckedDocument) => doc.findings.map((f) => f.code);

test('the invented draft has a retracted source-status error and a misquote without suppressions', () => {
  const doc = check(`${RETRACTED}\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(doc), ['source-status', 'misquote']);
  assert.equal(doc.findings[0].severity, 'error');
});

test('disable-next-line with a reason sets the finding aside with its reason, the others stay', () => {
  const doc = check(`<!-- source-check-disable-next-line source-status -- the retraction is reported in the next paragraph -->\n${RETRACTED}\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(doc), ['misquote']);
  assert.equal(doc.suppressed.length, 1);
  assert.equal(doc.suppressed[0].finding.code, 'source-status');
  assert.equal(doc.suppressed[0].reason, 'the retraction is reported in the next paragraph');
  assert.deepEqual(doc.suppressions.map((s) => [s.kind, s.codes, s.suppressed.length]), [['disable-next-line', ['source-status'], 1]]);
});

test('a status name suppresses source-status findings of that status only', () => {
  assert.deepEqual(codes(check(`<!-- source-check-disable-next-line retracted -- reviewed by the desk -->\n${RETRACTED}\n`)), []);
  const other = check(`<!-- source-check-disable-next-line disputed -- reviewed by the desk -->\n${RETRACTED}\n`);
  assert.deepEqual(codes(other), ['unused-suppression', 'source-status']);
  assert.equal(other.findings[0].severity, 'hint');
});

test('disable-next-line applies to the next non-blank line, and only to it', () => {
  assert.deepEqual(codes(check(`<!-- source-check-disable-next-line retracted -- reviewed -->\n\n  \n${RETRACTED}\n`)), []);
  const doc = check(`<!-- source-check-disable-next-line misquote -- reviewed -->\n${RETRACTED}\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(doc), ['unused-suppression', 'source-status', 'misquote']);
  assert.match(doc.findings[0].message, /suppresses nothing: no `misquote` finding on the next non-blank line/);
});

test('several codes, comma separated; a code that suppressed nothing is a hint at that code', () => {
  const text = `<!-- source-check-disable-next-line source-status, misquote -- reviewed -->\n${RETRACTED}\n`;
  const doc = check(text);
  assert.deepEqual(codes(doc), ['unused-suppression']);
  assert.equal(text.slice(doc.findings[0].start, doc.findings[0].end), 'misquote');
  const both = check(`<!-- source-check-disable source-status,misquote -- reviewed -->\n${RETRACTED}\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(both), []);
  assert.equal(both.suppressed.length, 2);
});

test('disable … enable covers the stretch between; disable without enable runs to the end of the file', () => {
  const stretch = check(`<!-- source-check-disable misquote -- a reader's letter, quoted as sent -->\n\n${MISQUOTED}\n\n<!-- source-check-enable -->\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(stretch), ['misquote']);
  assert.ok(stretch.findings[0].start > stretch.text.indexOf('source-check-enable'));
  const toEnd = check(`Intro.\n\n<!-- source-check-disable misquote -- reviewed -->\n\n${MISQUOTED}\n\n${MISQUOTED}\n`);
  assert.deepEqual(codes(toEnd), []);
  assert.equal(toEnd.suppressed.length, 2);
  assert.equal(toEnd.suppressions[0].scope.end, toEnd.text.length);
});

test('a suppression without a reason is not honoured and is itself a warning', () => {
  for (const comment of ['<!-- source-check-disable-next-line retracted -->', '<!-- source-check-disable-next-line retracted --  -->']) {
    const doc = check(`${comment}\n${RETRACTED}\n`);
    assert.deepEqual(codes(doc), ['suppression-without-reason', 'source-status'], comment);
    assert.equal(doc.findings[0].severity, 'warning');
    assert.match(doc.findings[0].message, /gives no reason, so it is not honoured; expected the reason after ` -- `/);
    assert.equal(doc.suppressed.length, 0);
  }
});

test('an unknown code is a warning naming the closest known code; the known codes beside it still apply', () => {
  const text = `<!-- source-check-disable-next-line retracetd, misqoute, source-status -- reviewed -->\n${RETRACTED}\n`;
  const doc = check(text);
  const unknown = doc.findings.filter((f) => f.code === 'unknown-suppression-code');
  assert.deepEqual(unknown.map((f) => f.message), ['unknown code `retracetd`; did you mean `retracted`?', 'unknown code `misqoute`; did you mean `misquote`?']);
  assert.ok(unknown.every((f) => f.severity === 'warning'));
  assert.equal(text.slice(unknown[0].start, unknown[0].end), 'retracetd');
  assert.ok(!codes(doc).includes('source-status'));
  const far = check(`<!-- source-check-disable-next-line zzzzzz -- reviewed -->\n${RETRACTED}\n`);
  assert.match(far.findings[0].message, /^unknown code `zzzzzz`; expected a code or status: source-status, misquote/);
  assert.ok(codes(far).includes('source-status'));
});

test('registry-error cannot be suppressed from a draft; a misspelt directive names the right one', () => {
  const doc = check(`<!-- source-check-disable-next-line registry-error -- x -->\n<!-- source-check-disable-nextline retracted -- x -->\n${RETRACTED}\n`);
  assert.match(doc.findings[0].message, /`registry-error` findings are on registry files and cannot be suppressed from a draft/);
  assert.equal(doc.findings[1].message, 'unknown directive `source-check-disable-nextline`; did you mean `source-check-disable-next-line`?');
  assert.ok(codes(doc).includes('source-status'));
});

test('a status that gives no findings is named as such; a line that merely starts with source-check- is prose', () => {
  const doc = check(`<!-- source-check-disable-next-line verified -- x -->\n${RETRACTED}\n`);
  assert.match(doc.findings[0].message, /^a `verified` source gives no findings, so there is nothing to suppress; expected a code or a status that does: source-status, /);
  const plain = check(`source-check-docs.example.org explains it.\n\n${RETRACTED}\n`, 'plaintext');
  assert.deepEqual(codes(plain), ['source-status']);
});

test('a comment inside a fenced code block or a code span is not a suppression', () => {
  const fenced = check(`\`\`\`\n<!-- source-check-disable-next-line retracted -- reviewed -->\n\`\`\`\n${RETRACTED}\n`);
  assert.deepEqual(codes(fenced), ['source-status']);
  const tilde = check(`~~~~ html\n<!-- source-check-disable retracted -- reviewed -->\n~~~~\n\n${RETRACTED}\n`);
  assert.deepEqual(codes(tilde), ['source-status']);
  const indented = check(`Example:\n\n    <!-- source-check-disable retracted -- reviewed -->\n\n${RETRACTED}\n`);
  assert.deepEqual(codes(indented), ['source-status'], 'indented code at the top level');
  const frontMatter = check(`---\nnote: <!-- source-check-disable retracted -- reviewed -->\n<!-- source-check-disable retracted -- reviewed -->\n---\n\n${RETRACTED}\n`);
  assert.deepEqual(codes(frontMatter), ['source-status'], 'front matter');
  const inList = check(`- A point.\n\n    <!-- source-check-disable-next-line retracted -- reviewed -->\n    ${RETRACTED}\n`);
  assert.deepEqual(codes(inList), [], 'indented inside a list item it is a comment');
  const span = check(`Write \`<!-- source-check-disable retracted -- reviewed -->\` to suppress.\n\n${RETRACTED}\n`);
  assert.deepEqual(codes(span), ['source-status']);
});

test('plain text: the same words on a line of their own; the comment line is not read as prose', () => {
  const doc = check(`source-check-disable-next-line retracted -- the desk confirmed the "retraction" story\n${RETRACTED}\n\n${MISQUOTED}\n`, 'plaintext');
  assert.deepEqual(codes(doc), ['misquote']);
  assert.equal(doc.suppressed[0].reason, 'the desk confirmed the "retraction" story');
  assert.ok(!doc.extraction.quotes.some((q) => q.text === 'retraction'));
  const inMarkdownBare = check(`source-check-disable-next-line retracted -- reviewed\n\n${RETRACTED}\n`);
  assert.deepEqual(codes(inMarkdownBare), ['source-status'], 'Markdown honours HTML comments only');
});

test('CRLF line ends, and a suppression on the last line of the file', () => {
  const crlf = check(`<!-- source-check-disable-next-line retracted -- reviewed -->\r\n\r\n${RETRACTED}\r\n\r\n${MISQUOTED}\r\n`);
  assert.deepEqual(codes(crlf), ['misquote']);
  const last = `${RETRACTED}\n\n<!-- source-check-disable-next-line retracted -- reviewed -->`;
  const doc = check(last);
  assert.deepEqual(codes(doc), ['source-status', 'unused-suppression']);
  assert.deepEqual(doc.findings.map((f) => f.severity), ['error', 'hint']);
  assert.deepEqual(codes(check(`${RETRACTED}\r\n<!-- source-check-enable -->`)), ['source-status', 'unused-suppression']);
});

test('the suppression findings follow their severity settings', () => {
  const settings = { ...DEFAULT_SETTINGS, severity: { 'unused-suppression': 'off', 'suppression-without-reason': 'error' } as const };
  const doc = checkDocument({ path: '/ws/d.md', text: `<!-- source-check-disable-next-line misquote -->\n${RETRACTED}\n\n<!-- source-check-disable-next-line misquote -- x -->\nNothing.\n`, language: 'markdown' }, registry, settings);
  assert.deepEqual(doc.findings.map((f) => `${f.code}:${f.severity}`), ['suppression-without-reason:error', 'source-status:error']);
});

test('20,000 disable comments and 40,000 findings are applied in linear work', () => {
  // (how long it takes is measured by `npm run bench`, group 8)
  const n = 20000;
  let result: ReturnType<typeof applySuppressions> | undefined;
  assertLinearWork('suppressionProbes', (scale) => {
    const { text, findings } = manyDisables((n / 4) * scale);
    result = applySuppressions(text, 'markdown', findings);
  }, 'suppression scopes looked at per finding');
  result = result!;
  assert.equal(result.kept.length, n, 'the unclosed-quote findings no comment names stay');
  assert.equal(result.suppressed.length, n);
  assert.equal(result.suppressed[n - 1].reason, `reviewed ${n - 1}`, 'the innermost disable is the one that suppressed it');
  assert.equal(result.reports.length, n, 'misquote suppressed nothing, once per comment');
});
