import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { extract } from '../../src/core/extract/index.ts';
import { quotedStretches } from '../../src/core/extract/stretches.ts';
import { ROOT } from '../support/lspClient.ts';
import { POLNEAR, SHARED } from '../support/shared.ts';

/** Floors that guard against regressions on PolNeAR dev: what is reached minus one point (targets are higher; see `npm run eval`). */
const MIN_QUOTE_F1 = 0.962;
const MIN_SPEAKER_SHARE = 0.940;
/** Speaker share for the quotes we give a cue, and for those we give none. */
const MIN_SPEAKER_WITH_CUE = 0.960;
const MIN_SPEAKER_WITHOUT_CUE = 0.897;
/** Dev hard-wrapped at 72 columns. */
const MIN_WRAPPED_QUOTE_F1 = 0.962;
const MIN_WRAPPED_SPEAKER_SHARE = 0.940;

type Doc = { file: string; text: string };
type Prediction = { start: number; end: number; speaker: { start: number; end: number } | null; cue: { start: number; end: number } | null };

/** Our quotes of each article, scored as `extract` lists them (`npm run eval`): a stretch of quoted words per paragraph. */
function predict(docs: Doc[], textOf: (doc: Doc) => string): Map<string, Prediction[]> {
  const preds = new Map<string, Prediction[]>();
  for (const doc of docs) {
    const found = extract(textOf(doc), { language: 'plaintext' });
    preds.set(doc.file, quotedStretches(found.quotes).map(({ start, end, quote: q }) => ({ start, end, speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end }, cue: q.cue && { start: q.cue.start, end: q.cue.end } })));
  }
  return preds;
}

test('PolNeAR dev: quote F1 and speaker share (with a cue, without one, hard-wrapped) stay above their floors', async (t) => {
  if (!POLNEAR) return t.skip('../shared/corpora/polnear is absent: PolNeAR floors not checked');
  const lib = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);
  const shares = await import(pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'speakerShare.mjs')).href);
  const docs = lib.loadGold(POLNEAR, 'dev') as Doc[];
  const preds = predict(docs, (d) => d.text);
  const s = lib.score(docs, preds) as { f1: number; precision: number; recall: number; attribution: number };
  const by = shares.speakerShareByCue(docs, preds) as { cue: { share: number }; noCue: { share: number } };
  t.diagnostic(`quote F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}), speaker share ${s.attribution.toFixed(3)} (with a cue ${by.cue.share.toFixed(3)}, without ${by.noCue.share.toFixed(3)})`);
  assert.ok(s.f1 >= MIN_QUOTE_F1, `quote F1 ${s.f1.toFixed(3)} is below the floor ${MIN_QUOTE_F1}`);
  assert.ok(s.attribution >= MIN_SPEAKER_SHARE, `speaker share ${s.attribution.toFixed(3)} is below the floor ${MIN_SPEAKER_SHARE}`);
  assert.ok(by.cue.share >= MIN_SPEAKER_WITH_CUE, `speaker share with a cue ${by.cue.share.toFixed(3)} is below the floor ${MIN_SPEAKER_WITH_CUE}`);
  assert.ok(by.noCue.share >= MIN_SPEAKER_WITHOUT_CUE, `speaker share without a cue ${by.noCue.share.toFixed(3)} is below the floor ${MIN_SPEAKER_WITHOUT_CUE}`);
  const wrapped = lib.score(docs, predict(docs, (d) => shares.wrapAt(d.text, 72))) as { f1: number; attribution: number };
  t.diagnostic(`wrapped at 72 columns: quote F1 ${wrapped.f1.toFixed(3)}, speaker share ${wrapped.attribution.toFixed(3)}`);
  assert.ok(wrapped.f1 >= MIN_WRAPPED_QUOTE_F1, `wrapped quote F1 ${wrapped.f1.toFixed(3)} is below the floor ${MIN_WRAPPED_QUOTE_F1}`);
  assert.ok(wrapped.attribution >= MIN_WRAPPED_SPEAKER_SHARE, `wrapped speaker share ${wrapped.attribution.toFixed(3)} is below the floor ${MIN_WRAPPED_SPEAKER_SHARE}`);
});
