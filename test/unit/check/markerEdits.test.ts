import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { ExtractCache } from '../../../src/core/extract/cache.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';

const FILLER = 'Plain reporting with nothing quoted in it, long enough to keep one paragraph away from the next. '.repeat(5);
const QUOTE = '"CJTF-OIR will be repositioning forces over the course of the coming days," Milley said.';

test('a suppression comment an edit completes (typed in two halves, or joined by a deletion) is honoured as a full check honours it', () => {
  const registry = registryOf();
  const cache = new ExtractCache();
  const path = '/ws/d.md';
  const draft = (comment: string) => `# A story\n\n${Array.from({ length: 6 }, () => FILLER).join('\n\n')}\n\n${comment}\n${QUOTE}\n\n${FILLER}\n`;
  const check = (text: string) => {
    const kept = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS, cache);
    const full = checkDocument({ path, text, language: 'markdown' }, registry, DEFAULT_SETTINGS);
    assert.deepEqual(kept.findings, full.findings);
    assert.deepEqual(kept.suppressed, full.suppressed);
    assert.deepEqual(kept.suppressions, full.suppressions);
    return kept;
  };
  const codes = check(draft('')).findings.map((f) => f.code);
  assert.ok(codes.length > 0, 'the quote has findings to suppress');
  const comment = `<!-- source-check-disable-next-line ${[...new Set(codes)].join(', ')} -- tested -->`;
  const half = comment.indexOf('check-');
  check(draft(comment.slice(0, half)));
  const whole = check(draft(comment));
  assert.ok(whole.suppressed.length > 0, 'the completed comment sets the findings aside');
  check(draft(comment.slice(0, half) + 'XY' + comment.slice(half)));
  const joined = check(draft(comment));
  assert.equal(joined.suppressed.length, whole.suppressed.length, 'the comment joined by a deletion sets them aside again');
  assert.equal(check(draft('')).suppressed.length, 0);
});
