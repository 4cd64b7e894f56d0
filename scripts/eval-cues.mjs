// Cue precision/recall over all PolNeAR attributions (direct and indirect):
// a predicted cue (of a quote, or found in the prose) is right when it
// overlaps an annotated Cue span; an annotated cue is found when one of ours
// overlaps it. Reads ../shared; prints nothing but a notice when it is absent.
//   node scripts/eval-cues.mjs [dev|train]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotationFileOf, extractAll, readAttributions } from './lib/polnear.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const split = process.argv[2] || 'dev';
const corpus = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear', split);
if (!fs.existsSync(corpus)) {
  console.log(`eval-cues: ${corpus} is absent; nothing to score`);
  process.exit(0);
}
const gold = new Map();
for (const f of fs.readdirSync(path.join(corpus, 'text')).sort()) {
  const file = path.join(corpus, 'text', f);
  const ann = annotationFileOf(corpus, file);
  if (ann) gold.set(file, readAttributions(ann).map((e) => e.Cue).filter(Boolean));
}
const predicted = new Map();
for (const [file, f] of extractAll(ROOT, [...gold.keys()])) {
  const spans = [...f.quotes.filter((q) => q.cue).map((q) => [q.cue.start, q.cue.end]), ...(f.cues ?? []).map((c) => [c.start, c.end])];
  // a quote's cue is usually also found in the prose: count each place once
  predicted.set(file, spans.filter((s, i) => !spans.slice(0, i).some((t) => Math.min(s[1], t[1]) > Math.max(s[0], t[0]))));
}
const overlaps = (a, ranges) => ranges.some(([s, e]) => Math.min(a[1], e) > Math.max(a[0], s));
let tp = 0, ours = 0, found = 0, all = 0;
for (const [file, cues] of gold) {
  const mine = predicted.get(file) ?? [];
  ours += mine.length;
  tp += mine.filter((c) => cues.some((g) => overlaps(c, g))).length;
  all += cues.length;
  found += cues.filter((g) => mine.some((c) => overlaps(c, g))).length;
}
const p = tp / Math.max(1, ours), r = found / Math.max(1, all);
console.log(`cues on PolNeAR ${split}: ${all} annotated (direct and indirect), ${ours} predicted`);
console.log(`cue precision ${(100 * p).toFixed(1)}%  recall ${(100 * r).toFixed(1)}%  F1 ${(100 * (2 * p * r) / (p + r)).toFixed(1)}%`);
