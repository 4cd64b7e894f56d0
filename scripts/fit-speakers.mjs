// Fits the speaker choice for quotes without a cue (src/core/extract/speakerChoice.ts) on
// PolNeAR TRAIN only and writes the weights, as numbers, to src/core/extract/speakerWeights.ts.
// Each quote's options (speakerFeatures.ts) are recorded while extracting; an option is right
// when it overlaps the annotated source, "nobody" when none does. The model is a conditional
// logit (softmax over the options, "nobody" scored 0) with L2, fitted by gradient descent.
// It prints the rules' and the model's figures on train, on a two-fold split of train (each
// half scored by the model fitted on the other), and the threshold chosen.
//   node --import tsx scripts/fit-speakers.mjs [--dry]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear');
const OUT = path.join(ROOT, 'src', 'core', 'extract', 'speakerWeights.ts');
if (!fs.existsSync(path.join(CORPUS, 'train'))) {
  console.log(`fit-speakers: ${path.join(CORPUS, 'train')} is absent; nothing to fit`);
  process.exit(0);
}
const { loadGold } = await import(pathToFileURL(path.resolve(ROOT, '..', 'shared', 'tools', 'lib', 'polnear.mjs')).href);
const { extract } = await import(pathToFileURL(path.join(ROOT, 'src', 'core', 'extract', 'index.ts')).href);
const { recordChoices, scoreOf } = await import(pathToFileURL(path.join(ROOT, 'src', 'core', 'extract', 'speakerChoice.ts')).href);
const { FEATURES } = await import(pathToFileURL(path.join(ROOT, 'src', 'core', 'extract', 'speakerFeatures.ts')).href);

/** L2 strength, learning rate and steps of the descent. */
const L2 = 0.01;
const RATE = 0.5;
const STEPS = 1500;
/** The value of a wrong speaker against none (a right one is 1): the threshold maximises right − COST·wrong on train. */
const WRONG_COST = 0.5;

const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const trimSpan = (text, s, e) => {
  while (s < e && /[\s\u201C\u201D"'‘’,.;:!?]/.test(text[s])) s++;
  while (e > s && /[\s\u201C\u201D"'‘’,.;:!?]/.test(text[e - 1])) e--;
  return [s, e];
};

/** Every recorded choice of a split that the scorer matches to an annotated quote with a source, labelled. */
function examples(split) {
  const out = [];
  for (const [docIndex, d] of loadGold(CORPUS, split).entries()) {
    const recorded = new Map();
    recordChoices((c) => recorded.set(c.quote.start, c));
    const quotes = extract(d.text, { language: 'plaintext', cues: true }).quotes.map((q) => ({ q, used: false }));
    recordChoices(undefined);
    for (const g of d.quotes) {
      const [gs, ge] = trimSpan(d.text, g.start, g.end);
      let best = null;
      let most = 0;
      for (const p of quotes) {
        const o = p.used ? 0 : overlap(gs, ge, p.q.start, p.q.end);
        if (o > most) (most = o), (best = p);
      }
      if (!best || most < 0.5 * Math.max(ge - gs, best.q.end - best.q.start)) continue;
      best.used = true;
      const choice = !best.q.cue && g.source && recorded.get(best.q.outer.start);
      if (!choice) continue;
      const right = (o) => g.source.some(([s, e]) => overlap(s, e, o.span.start, o.span.end) > 0);
      const options = choice.options.map((o) => ({ x: o.features, right: right(o), rules: o.kinds.some((k) => k.startsWith('rule:')) }));
      out.push({ doc: docIndex, options });
    }
  }
  return out;
}

/** Softmax probabilities of the options and of "nobody" (last). */
function probabilities(ex, w) {
  const s = ex.options.map((o) => scoreOf(o.x, w));
  const top = Math.max(0, ...s);
  const e = s.map((v) => Math.exp(v - top));
  const none = Math.exp(-top);
  const z = none + e.reduce((a, b) => a + b, 0);
  return [...e.map((v) => v / z), none / z];
}

/** Weights fitted to `train` by full-batch gradient descent on the mean log-loss plus L2. */
function fit(train) {
  const w = new Array(FEATURES.length).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((v) => L2 * v);
    for (const ex of train) {
      const p = probabilities(ex, w);
      const target = ex.options.findIndex((o) => o.right);
      ex.options.forEach((o, i) => {
        const g = (p[i] - (i === target ? 1 : 0)) / train.length;
        for (let k = 0; k < w.length; k++) grad[k] += g * o.x[k];
      });
    }
    for (let k = 0; k < w.length; k++) w[k] -= RATE * grad[k];
  }
  return w;
}

/** Right, wrong and none among `set` when the model chooses with threshold `t` (w) or the rules do (no w). */
function tally(set, w, t = 0) {
  let right = 0;
  let wrong = 0;
  for (const ex of set) {
    let pick = -1;
    if (w) {
      const p = probabilities(ex, w);
      let best = 0;
      for (let i = 1; i < ex.options.length; i++) if (p[i] > p[best]) best = i;
      if (ex.options.length && p[best] >= t) pick = best;
    } else pick = ex.options.findIndex((o) => o.rules);
    if (pick < 0) continue;
    if (ex.options[pick].right) right++;
    else wrong++;
  }
  return { right, wrong, none: set.length - right - wrong, share: right / (set.length || 1) };
}

const show = (label, r) => `${label}: right ${r.right}, wrong ${r.wrong}, none ${r.none}, share ${r.share.toFixed(3)}`;
const all = examples('train');
console.log(`${all.length} train quotes without a cue; reachable (an option is right): ${all.filter((e) => e.options.some((o) => o.right)).length}`);
console.log(show('rules, train', tally(all)));
const w = fit(all);
const thresholds = [0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
let threshold = 0;
let bestValue = -Infinity;
for (const t of thresholds) {
  const r = tally(all, w, t);
  const value = r.right - WRONG_COST * r.wrong;
  console.log(show(`model, train, threshold ${t}`, r));
  if (value > bestValue) (bestValue = value), (threshold = t);
}
const fitted = tally(all, w, threshold);
// two folds by article: each half scored by the weights fitted on the other
const folds = [0, 1].map((k) => all.filter((e) => e.doc % 2 === k));
const crossed = [0, 1].map((k) => tally(folds[k], fit(folds[1 - k]), threshold));
const sum = (key) => crossed.reduce((n, r) => n + r[key], 0);
const cross = { right: sum('right'), wrong: sum('wrong'), none: sum('none'), share: sum('right') / all.length };
const rulesHalves = tally(all);
console.log(show(`model, train, threshold ${threshold} (chosen)`, fitted));
console.log(show('model, two folds of train (held out)', cross));
if (process.argv.includes('--dry')) process.exit(0);

const round = (v) => Math.round(v * 1000) / 1000;
fs.writeFileSync(OUT, `/**
 * Weights of the speaker choice for quotes without a cue (speakerChoice.ts),
 * one per feature of speakerFeatures.ts FEATURES, in that order. Written by
 * scripts/fit-speakers.mjs (do not edit by hand): a conditional logit over
 * each quote's options and "nobody", L2 ${L2}, fitted on PolNeAR train only
 * (${all.length} quotes without a cue). Right/wrong/none on train: the rules
 * ${rulesHalves.right}/${rulesHalves.wrong}/${rulesHalves.none}, the model ${fitted.right}/${fitted.wrong}/${fitted.none}; each half of train scored by
 * the weights fitted on the other: ${cross.right}/${cross.wrong}/${cross.none}.
 */

/** The weight of each feature (FEATURES order). */
export const SPEAKER_WEIGHTS: readonly number[] = [
${FEATURES.map((name, i) => `  ${round(w[i])}, // ${name}`).join('\n')}
];

/** The least probability the chosen speaker needs; below it the quote stays unattributed (right − ${WRONG_COST}·wrong at its best on train). */
export const SPEAKER_THRESHOLD = ${threshold};
`);
console.log(`wrote ${path.relative(ROOT, OUT)}`);
