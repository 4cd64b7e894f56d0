// Annotated quotations that the PolNeAR scorer cannot see, and what our
// figures are when they count. The scorer makes a gold quote only of a
// stretch whose opening “ or " lies inside an annotated Content span; two
// kinds of annotated quotation fall outside that:
//   - quoted transcript turns ("WALLACE: …): the Content starts after the
//     label, the mark before it;
//   - quotations opened by a right mark (”Mr. Trump embodies …” ― Karen …).
// (A turn holding a nested title is left as the scorer reads it: the title
// is its gold quote.) This lists them, says how many we extract (with the annotated speaker),
// and scores dev with them added to the gold, beside the official figure.
// It also scores a third way: annotators often split one Content into ranges
// at the space between two sentences ("…Republicans. George W. Bush …"); the
// scorer reads each range alone, so the gold quote stops at the first range's
// end and the whole quotation extracted counts as a false positive and a miss.
// Joined, that stretch runs on to its closing mark.
// And a fourth: some Sources are annotated on the speech verb alone
// ("…,” Ann Roe ⟦said⟧), so a speaker found at the name beside it counts as
// wrong. Widened to the capitalised words right before or after the verb
// (one space between), the Source holds the name it stands for.
// And a fifth: a Content that ends inside its quotation marks, often after the
// first of several quoted sentences, makes a gold quote that stops there; the
// quotation extracted to its closing mark then counts as a false positive and
// a miss; so do later sentences of the quotation annotated as attributions of
// their own. Run on to the closing mark on the same paragraph, taking in the
// gold quotes that start before it, the gold quote is the quotation as printed.
// Reads ../shared; prints nothing but a notice when it is absent.
//   node scripts/eval-scorer-gaps.mjs [dev|train]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { annotationFileOf, extractAll, readAttributions } from './lib/polnear.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpora', 'polnear');
const split = process.argv[2] || 'dev';
if (!fs.existsSync(path.join(CORPUS, split))) {
  console.log(`eval-scorer-gaps: ${path.join(CORPUS, split)} is absent; nothing to score`);
  process.exit(0);
}
const { loadGold, score } = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);

/** Content spans and their sources, as the scorer reads them (the first annotation file of each article). */
function contents(textFile) {
  return readAttributions(annotationFileOf(path.join(CORPUS, split), textFile))
    .filter((e) => e.Content)
    .map((e) => ({ ranges: e.Content, source: e.Source ?? null }));
}

const TURN_LEAD = /(?:^|\n)\s*"[A-Z][A-Za-z.' ]{0,30}:\s*$/;
const RIGHT_OPEN = /^\u201D(?:[\p{L}\p{N}…]|[ \u00A0]?(?:…|\.\.\.))/u;

/** The quoted stretch of a Content span the scorer misses, with its kind; or null. */
function missedStretch(text, s, e) {
  let kind = null;
  let start = s;
  if (TURN_LEAD.test(text.slice(Math.max(0, s - 40), s))) kind = 'turn';
  else if (RIGHT_OPEN.test(text.slice(s, s + 5))) (kind = 'right mark'), (start = s + 1);
  if (!kind) return null;
  const close = text.slice(start, e + 1).search(/[\u201D"]/);
  return { kind, start, end: close >= 0 ? start + close : e };
}

const docs = loadGold(CORPUS, split);
const preds = new Map([...extractAll(ROOT, docs.map((d) => d.file))].map(([file, f]) => [file, f.quotes]));
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const counts = { turn: 0, 'right mark': 0 };
let found = 0, speakerRight = 0;
const extended = docs.map((d) => {
  const added = [];
  for (const c of contents(d.file)) {
    for (const [s, e] of c.ranges) {
      const m = missedStretch(d.text, s, e);
      if (!m || d.quotes.some((g) => overlap(g.start, g.end, m.start, m.end) > 0) || added.some((g) => g.start === m.start)) continue;
      counts[m.kind]++;
      const ours = (preds.get(d.file) ?? []).find((q) => overlap(q.start, q.end, m.start, m.end) >= 0.5 * Math.max(m.end - m.start, q.end - q.start));
      if (ours) found++;
      if (ours?.speaker && c.source?.some(([a, b]) => overlap(a, b, ours.speaker.start, ours.speaker.end) > 0)) speakerRight++;
      added.push({ start: m.start, end: m.end, source: c.source });
    }
  }
  return { ...d, quotes: [...d.quotes, ...added] };
});
/** A Content's ranges in order, each with the one after it when only spaces on one line lie between. */
function joinedPairs(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  return sorted.slice(1).map((next, k) => [sorted[k], next]);
}

/** The gold of `d` with each stretch the scorer cut at a range's end run on through the next range (split by a space) to its closing mark. */
function joinRanges(d) {
  const quotes = d.quotes.map((g) => ({ ...g }));
  let joined = 0;
  for (const c of contents(d.file)) {
    for (const [[, e1], [s2, e2]] of joinedPairs(c.ranges)) {
      if (!/^[ \t\u00A0]*$/.test(d.text.slice(e1, s2))) continue;
      const cut = quotes.find((g) => g.end === Math.min(d.text.length, e1 + 1));
      if (!cut) continue;
      const close = d.text.slice(s2, Math.min(d.text.length, e2 + 1)).search(/[\u201D"]/);
      cut.end = close >= 0 ? s2 + close : Math.min(d.text.length, e2 + 1);
      joined++;
    }
  }
  const kept = quotes.filter((g) => !quotes.some((o) => o !== g && o.start < g.start && g.start < o.end));
  return { doc: { ...d, quotes: kept }, joined };
}
const rejoined = docs.map(joinRanges);
const joinedCount = rejoined.reduce((n, r) => n + r.joined, 0);

/** A speech verb annotated alone as a Source. */
const LONE_VERB = /^(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|explained|continued|noted|stated|declared|recalled|argued|insisted)$/;
/** The capitalised words (one space apart, titles' periods kept) that end at `at` or start at `at`, as [start, end], or null. */
function namesBeside(text, at, forward) {
  const re = forward ? /^ ((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)*)/u : /((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)*) $/u;
  const m = forward ? re.exec(text.slice(at, at + 80)) : re.exec(text.slice(Math.max(0, at - 80), at));
  if (!m) return null;
  return forward ? [at + 1, at + 1 + m[1].length] : [at - 1 - m[1].length, at - 1];
}
/** The gold of `d` with each Source that is a lone speech verb widened to the name beside it. */
function widenVerbSources(d) {
  let widened = 0;
  const quotes = d.quotes.map((g) => {
    if (!g.source) return g;
    const source = g.source.flatMap(([s, e]) => {
      if (!LONE_VERB.test(d.text.slice(s, e).trim())) return [[s, e]];
      const names = [namesBeside(d.text, s, false), namesBeside(d.text, e, true)].filter(Boolean);
      if (names.length) widened++;
      return [[s, e], ...names];
    });
    return { ...g, source };
  });
  return { doc: { ...d, quotes }, widened };
}
const verbWidened = rejoined.map((r) => widenVerbSources(r.doc));

/**
 * The gold of `d` with each quote that stops inside its quotation marks run on
 * to the closing mark, taking in the gold quotes that start before it (the
 * annotators' later attributions inside the same quotation).
 */
function runToClosingMark(d) {
  let extended = 0;
  const gone = new Set();
  const sorted = [...d.quotes].sort((a, b) => a.start - b.start);
  const quotes = [];
  for (const g of sorted) {
    if (gone.has(g)) continue;
    if (g.end >= d.text.length || /[\u201D"]/.test(d.text[g.end])) {
      quotes.push(g);
      continue;
    }
    const rest = d.text.slice(g.end, g.end + 3000);
    const close = rest.search(/[\u201D"]/);
    if (close < 0 || /\n\s*\n|\u201C/.test(rest.slice(0, close))) {
      quotes.push(g);
      continue;
    }
    const end = g.end + close;
    for (const o of sorted) if (o !== g && o.start >= g.end && o.start < end) gone.add(o);
    extended++;
    quotes.push({ ...g, end });
  }
  return { doc: { ...d, quotes }, extended, merged: gone.size };
}
const runOn = verbWidened.map((r) => runToClosingMark(r.doc));
const runOnCount = runOn.reduce((n, r) => n + r.extended, 0);
const runOnMerged = runOn.reduce((n, r) => n + r.merged, 0);
const widenedCount = verbWidened.reduce((n, r) => n + r.widened, 0);

const official = score(docs, preds), counted = score(extended, preds), whole = score(rejoined.map((r) => r.doc), preds), verbs = score(verbWidened.map((r) => r.doc), preds), toMark = score(runOn.map((r) => r.doc), preds);
const total = counts.turn + counts['right mark'];
const fig = (s) => `precision ${(100 * s.precision).toFixed(1)}%  recall ${(100 * s.recall).toFixed(1)}%  F1 ${(100 * s.f1).toFixed(2)}%  speaker ${(100 * s.attribution).toFixed(1)}%`;
console.log(`scorer gaps on ${split}: ${total} annotated quotations the scorer cannot see (${counts.turn} transcript turns, ${counts['right mark']} opened by a right mark); source-check extracts ${found} of them, ${speakerRight} with the annotated speaker`);
console.log(`official scorer:            ${fig(official)}`);
console.log(`counting those quotations:  ${fig(counted)}`);
console.log(`Content ranges joined:      ${fig(whole)} (${joinedCount} gold stretches the scorer cuts at the space between two ranges of one Content)`);
console.log(`and verb Sources widened:   ${fig(verbs)} (${widenedCount} Sources annotated on the speech verb alone, widened to the name beside it)`);
console.log(`and run to the closing mark: ${fig(toMark)} (${runOnCount} gold quotes whose Content ends inside their quotation marks, run on to the closing mark, taking in ${runOnMerged} gold quotes that start before it)`);
