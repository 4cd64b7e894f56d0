import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { extract } from '../../src/core/extract/index.ts';
import { quotedStretches } from '../../src/core/extract/stretches.ts';
import { POLNEAR, SHARED } from '../support/shared.ts';

/** Floors that guard against regressions on PolNeAR dev (targets are higher; see `npm run eval`). */
const MIN_QUOTE_F1 = 0.95;
const MIN_SPEAKER_SHARE = 0.88;

test('PolNeAR dev: quote F1 and speaker share stay above their floors', async (t) => {
  if (!POLNEAR) return t.skip('../shared/corpora/polnear is absent: PolNeAR floors not checked');
  const lib = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);
  const docs = lib.loadGold(POLNEAR, 'dev') as { file: string; text: string }[];
  const preds = new Map<string, { start: number; end: number; speaker: { start: number; end: number } | null }[]>();
  for (const doc of docs) {
    const found = extract(doc.text, { language: 'plaintext' });
    // scored as `extract` lists them (`npm run eval`): a stretch of quoted words per paragraph
    preds.set(doc.file, quotedStretches(found.quotes).map(({ start, end, quote: q }) => ({ start, end, speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end } })));
  }
  const s = lib.score(docs, preds) as { f1: number; precision: number; recall: number; attribution: number };
  t.diagnostic(`quote F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}), speaker share ${s.attribution.toFixed(3)}`);
  assert.ok(s.f1 >= MIN_QUOTE_F1, `quote F1 ${s.f1.toFixed(3)} is below the floor ${MIN_QUOTE_F1}`);
  assert.ok(s.attribution >= MIN_SPEAKER_SHARE, `speaker share ${s.attribution.toFixed(3)} is below the floor ${MIN_SPEAKER_SHARE}`);
});
