import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { capturableQuotes, captureQuote, NEW_FILE_HEADER } from '../../../src/core/registryEdits/capture.ts';
import { applyOffsetEdits } from '../../../src/core/registryEdits/textEdits.ts';
import { draftSymbols } from '../../../src/core/registryFeatures/symbols.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { STORY_REGISTRY } from '../../support/drafts.ts';

const REGISTRY_PATH = '/ws/sources/registry.yaml';
const TODAY = '2026-12-01';

function check(text: string, registryFiles = [{ path: REGISTRY_PATH, text: STORY_REGISTRY }]) {
  const registry = new Registry(registryFiles);
  return { registry, doc: checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS) };
}

/** Captures the draft's first capturable quote into `target`, writes it, checks the draft again against the registry with it. */
function captureAndRecheck(draft: string, target: { path: string; text: string }) {
  const { registry, doc } = check(draft);
  const [m] = capturableQuotes(doc, { start: 0, end: draft.length });
  assert.ok(m, `a capturable quote in: ${JSON.stringify(doc.findings.map((f) => f.code))}`);
  const capture = captureQuote(draft, m, registry, target, TODAY);
  assert.ok(!('problem' in capture), JSON.stringify(capture));
  const written = applyOffsetEdits(target.text, capture.edits);
  const again = check(draft, [{ path: REGISTRY_PATH, text: STORY_REGISTRY }, { path: target.path, text: written }]);
  return { capture, written, before: doc.findings.map((f) => f.code), after: again.doc.findings.map((f) => f.code), registry: again.registry };
}

test('an unverified quote of a registered speaker becomes a statement by that speaker in a new file; the quote then verifies', () => {
  const { capture, written, before, after, registry } = captureAndRecheck('Milley said: "We will hold the river crossing for as long as it takes."\n', { path: '/ws/sources/statements.yaml', text: '' });
  assert.deepEqual(before, ['unverified-quote']);
  assert.equal(written, `${NEW_FILE_HEADER}\n- id: mark-milley-${TODAY}\n  type: statement\n  speaker: mark-milley\n  date: ${TODAY}\n  status: unverified\n  text: We will hold the river crossing for as long as it takes.\n`);
  assert.equal(capture.statementId, `mark-milley-${TODAY}`);
  assert.equal(written.slice(capture.statementAt.start, capture.statementAt.end), capture.statementId);
  assert.deepEqual(after, []);
  assert.equal(registry.sources.get(capture.statementId)?.status, 'unverified');
});

test('appended to an existing registry file, with a fresh id when the first one is taken, everything before it kept', () => {
  const taken = `${STORY_REGISTRY}- id: mark-milley-${TODAY}\n  type: statement\n  speaker: mark-milley\n  text: Something else entirely was said that day.\n`;
  const draft = 'Milley said: "We will hold the river crossing for as long as it takes."\n';
  const { registry, doc } = check(draft, [{ path: REGISTRY_PATH, text: taken }]);
  const [m] = capturableQuotes(doc, { start: 0, end: draft.length });
  const capture = captureQuote(draft, m, registry, { path: REGISTRY_PATH, text: taken }, TODAY);
  assert.ok(!('problem' in capture));
  assert.equal(capture.statementId, `mark-milley-${TODAY}-2`);
  const written = applyOffsetEdits(taken, capture.edits);
  assert.ok(written.startsWith(taken), 'only appended');
  assert.deepEqual(check(draft, [{ path: REGISTRY_PATH, text: written }]).doc.findings.map((f) => f.code), []);
});

test('an unattributed quote becomes a statement without a speaker; into a JSON file', () => {
  const draft = 'The harbour closes.\n\n"The harbour will close at noon on Friday, and it will stay closed."\n';
  const { registry, doc } = check(draft);
  const quotes = capturableQuotes(doc, { start: 0, end: draft.length });
  if (!quotes.length) return assert.fail(`no capturable quote: ${JSON.stringify(doc.findings.map((f) => f.code))}`);
  const capture = captureQuote(draft, quotes[0], registry, { path: '/ws/sources/notes.json', text: '[]\n' }, TODAY);
  assert.ok(!('problem' in capture));
  const written = JSON.parse(applyOffsetEdits('[]\n', capture.edits));
  assert.deepEqual(written, [{ id: `statement-${TODAY}`, type: 'statement', date: TODAY, status: 'unverified', text: 'The harbour will close at noon on Friday, and it will stay closed.' }]);
});

test('a speaker the registry does not know gets a person entry of its own with a valid id', () => {
  const { registry } = check('x');
  const draft = 'Ána Ruiz-Pérez said: "the harbour will close."\n';
  const m = { quote: { text: 'the harbour will close.', start: 23, end: 46, outer: { start: 22, end: 47 }, parts: [{ start: 23, end: 46 }], kind: 'inline' as const, speaker: { text: 'Ána Ruiz-Pérez', start: 0, end: 14, name: 'Ána Ruiz-Pérez', id: null }, cue: null, source: null }, verbatim: false };
  const capture = captureQuote(draft, m, registry, { path: REGISTRY_PATH, text: STORY_REGISTRY }, TODAY);
  assert.ok(!('problem' in capture));
  assert.equal(capture.newSpeakerId, 'ana-ruiz-perez');
  const after = new Registry([{ path: REGISTRY_PATH, text: applyOffsetEdits(STORY_REGISTRY, capture.edits) }]);
  assert.deepEqual(after.problems, []);
  assert.equal(after.speakers.get('ana-ruiz-perez')?.name, 'Ána Ruiz-Pérez');
  assert.equal(after.sources.get(`ana-ruiz-perez-${TODAY}`)?.speaker?.id, 'ana-ruiz-perez');
});

test('a target that does not parse is a problem, never an edit', () => {
  const draft = 'Milley said: "We will hold the river crossing for as long as it takes."\n';
  const { registry, doc } = check(draft);
  const [m] = capturableQuotes(doc, { start: 0, end: draft.length });
  assert.match(JSON.stringify(captureQuote(draft, m, registry, { path: '/ws/sources/bad.yaml', text: '- id: [\n' }, TODAY)), /cannot add to \/ws\/sources\/bad\.yaml: the file has a YAML syntax error/);
});

test('a draft’s outline: each quotation with its speaker and source', () => {
  const { doc } = check('Milley said: "It was a mistake, it was unsigned." Later: "The bridge is closed," a spokesman said nothing.\n');
  const symbols = draftSymbols(doc);
  assert.equal(symbols[0].name, '“It was a mistake, it was unsigned.”');
  assert.equal(symbols[0].detail, 'Mark Milley · milley-remarks');
  assert.ok(symbols.length >= 1 && symbols.every((s) => s.type === 'quotation'));
});
