// Cue precision/recall over all PolNeAR attributions (direct and indirect):
// a predicted cue (of a quote, or found in the prose) is right when it
// overlaps an annotated Cue span; an annotated cue is found when one of ours
// overlaps it. Reads ../shared; prints nothing but a notice when it is absent.
//   node scripts/eval-cues.mjs [dev|train]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const split = process.argv[2] || 'dev';
const corpus = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear', split);
if (!fs.existsSync(corpus)) {
  console.log(`eval-cues: ${corpus} is absent; nothing to score`);
  process.exit(0);
}
const texts = fs.readdirSync(path.join(corpus, 'text')).sort();
const anns = fs.readdirSync(path.join(corpus, 'attributions')).sort();
const gold = new Map();
for (const f of texts) {
  const base = f.replace(/\.txt$/, '');
  const ann = anns.find((a) => a.startsWith(base + '_'));
  if (!ann) continue;
  const spans = new Map();
  const cues = [];
  for (const line of fs.readFileSync(path.join(corpus, 'attributions', ann), 'utf8').split('\n')) {
    const [id, mid] = line.split('\t');
    if (!id || !mid) continue;
    if (id[0] === 'T') spans.set(id, mid.slice(mid.indexOf(' ') + 1).split(';').map((r) => r.split(' ').map(Number)));
    else if (id[0] === 'E') {
      const cue = mid.split(' ').find((p) => p.startsWith('Cue:'));
      if (cue) cues.push(cue.slice(4));
    }
  }
  gold.set(path.join(corpus, 'text', f), cues.map((c) => spans.get(c)).filter(Boolean));
}
const files = [...gold.keys()];
const predicted = new Map();
for (let i = 0; i < files.length; i += 100) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'source-check.js'), 'extract', '--format', 'json', ...files.slice(i, i + 100)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const f of JSON.parse(r.stdout).files) {
    const spans = [...f.quotes.filter((q) => q.cue).map((q) => [q.cue.start, q.cue.end]), ...(f.cues ?? []).map((c) => [c.start, c.end])];
    // a quote's cue is usually also found in the prose: count each place once
    const unique = spans.filter((s, i) => !spans.slice(0, i).some((t) => Math.min(s[1], t[1]) > Math.max(s[0], t[0])));
    predicted.set(path.resolve(f.path), unique);
  }
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
