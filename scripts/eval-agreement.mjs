// How far two PolNeAR annotators agree on direct quotes, as a ceiling for
// our own figures: on every article (dev and train) that two annotators
// marked, the second annotator's quotes are scored against the first's with
// the yardstick's own scorer, and so are ours. Reads ../shared; prints nothing
// but a notice when it is absent.
//   node scripts/eval-agreement.mjs
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractAll } from './lib/polnear.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpora', 'polnear');
if (!fs.existsSync(CORPUS)) {
  console.log(`eval-agreement: ${CORPUS} is absent; nothing to score`);
  process.exit(0);
}
const { loadGold, score } = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);

/** The gold quotes one annotation file gives an article: a one-article corpus of links, loaded by the scorer. */
function goldOf(split, base, annFile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-agreement-'));
  try {
    fs.mkdirSync(path.join(dir, split, 'text'), { recursive: true });
    fs.mkdirSync(path.join(dir, split, 'attributions'));
    fs.symlinkSync(path.join(CORPUS, split, 'text', base + '.txt'), path.join(dir, split, 'text', base + '.txt'));
    fs.symlinkSync(path.join(CORPUS, split, 'attributions', annFile), path.join(dir, split, 'attributions', annFile));
    const [doc] = loadGold(dir, split);
    return { ...doc, file: path.join(CORPUS, split, 'text', base + '.txt') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const first = [], second = new Map(), secondDocs = [];
for (const split of ['dev', 'train']) {
  const byArticle = new Map();
  for (const ann of fs.readdirSync(path.join(CORPUS, split, 'attributions')).sort()) {
    const base = ann.replace(/_[^_]+\.ann$/, '');
    byArticle.set(base, [...(byArticle.get(base) ?? []), ann]);
  }
  for (const [base, anns] of byArticle) {
    if (anns.length < 2) continue;
    const a = goldOf(split, base, anns[0]), b = goldOf(split, base, anns[1]);
    first.push(a);
    secondDocs.push(b);
    second.set(a.file, b.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.source ? { start: q.source[0][0], end: q.source[0][1] } : null })));
  }
}
const ours = new Map([...extractAll(ROOT, first.map((d) => d.file))].map(([file, f]) => [file, f.quotes]));
const line = (who, s) => `${who}: precision ${(100 * s.precision).toFixed(1)}%  recall ${(100 * s.recall).toFixed(1)}%  F1 ${(100 * s.f1).toFixed(1)}%  speaker ${(100 * s.attribution).toFixed(1)}%`;
const people = score(first, second), machine = score(first, ours);
console.log(`annotator agreement: ${first.length} articles (dev and train) marked by two annotators, ${people.gold} quotes by the first`);
console.log(line('second annotator against the first', people));
console.log(line('source-check against the first', machine));
console.log(line('source-check against the second', score(secondDocs, ours)));
