// Speaker share on PolNeAR, for quotes we give a cue and for those we give
// none, and the same figures with every article hard-wrapped at 72 columns
// (the wrapped copies go to a temporary folder, never into the repository).
// Reads ../shared; prints nothing but a notice when it is absent.
//   node scripts/eval-speakers.mjs [dev|train]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractAll } from './lib/polnear.mjs';
import { speakerShareByCue, wrapAt } from './lib/speakerShare.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpora', 'polnear');
const split = process.argv[2] || 'dev';
if (!fs.existsSync(path.join(CORPUS, split))) {
  console.log(`eval-speakers: ${path.join(CORPUS, split)} is absent; nothing to score`);
  process.exit(0);
}
const { loadGold, score } = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);
const docs = loadGold(CORPUS, split);

/** Our quotes of each article, extracted from `fileOf(doc)`, keyed by the article's own path. */
function predictions(fileOf) {
  const files = docs.map(fileOf);
  const found = extractAll(ROOT, files);
  return new Map(docs.map((d, i) => [d.file, found.get(path.resolve(files[i]))?.quotes ?? []]));
}
const pct = (x) => (100 * x).toFixed(1) + '%';
const line = (label, preds) => {
  const s = score(docs, preds);
  const by = speakerShareByCue(docs, preds);
  console.log(`${label}: quote F1 ${s.f1.toFixed(3)} (P ${pct(s.precision)}, R ${pct(s.recall)}) · speaker ${by.all.share.toFixed(3)} · with a cue ${by.cue.share.toFixed(3)} (${by.cue.quotes}) · without ${by.noCue.share.toFixed(3)} (${by.noCue.quotes}) · wrong speaker ${by.wrong}, none ${by.none}`);
};

line(`speakers on PolNeAR ${split}`, predictions((d) => d.file));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-wrapped-'));
try {
  line(`wrapped at 72 columns`, predictions((d) => {
    const file = path.join(dir, path.basename(d.file));
    fs.writeFileSync(file, wrapAt(d.text, 72));
    return file;
  }));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
