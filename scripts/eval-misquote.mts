/**
 * The misquote cross-check on real news: every annotated PolNeAR quote of a
 * split is registered (in memory, never on disk) as a statement of its
 * annotated speaker, then each article is checked as it is and with one word
 * of four letters or more changed in each quote (seeded, same length, so
 * offsets stay). Prints the share of altered quotes flagged `misquote`, the
 * share given `unverified-quote` instead, and false `misquote` on the
 * unaltered quotes. The target is on quotes of six words or more (as matching
 * counts words); shorter ones are printed by length, for study: a changed word
 * in a quote of one or two words leaves nothing to tell it from another quote.
 * Reads ../shared; prints a notice when it is absent.
 *   node --import tsx scripts/eval-misquote.mts [dev|train] [--errors N]
 *
 * Speakers: a Source span's last capitalised word (titles and articles left
 * out) names a person across the split ("Donald Trump", "Mr. Trump" and
 * "Trump" are one); a span without one ("he", "the campaign") stands for the
 * last named Source before it in the article, else the statement has no speaker.
 * A statement is the whole quotation a gold quote lies in (out to its marks:
 * an annotated Content may end inside a quotation); overlapping quotations,
 * and all those of one Source ("A," he said, "B."), are one statement, joined
 * by spaces. Words in [brackets] and transcript labels are not altered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDocument } from '../src/core/check/checkDocument.ts';
import { Registry } from '../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { quoteLength } from '../src/core/match/quoteLength.ts';
import { words } from '../src/core/text/normalize.ts';
import type { Finding } from '../src/core/types.ts';

const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dev';
const errorsAt = process.argv.indexOf('--errors');
const showErrors = errorsAt > 0 ? Number(process.argv[errorsAt + 1] ?? 20) : 0;
const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const CORPUS = path.join(SHARED, 'corpora', 'polnear');
if (!fs.existsSync(path.join(CORPUS, split))) {
  console.log(`eval-misquote: ${path.join(CORPUS, split)} is absent; nothing to check`);
  process.exit(0);
}
const { loadGold } = await import(pathToFileURL(path.join(SHARED, 'tools', 'lib', 'polnear.mjs')).href);

interface GoldQuote { start: number; end: number; source: [number, number][] | null }
interface GoldDoc { file: string; text: string; quotes: GoldQuote[] }
/** One annotated quote: where it is, the statement (Content) it belongs to, who said it. */
interface Quote { start: number; end: number; statement: string; speaker: string | null }

/** Words that open a Source span without naming anyone. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president', 'former', 'senator', 'secretary', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'our', 'both', 'but', 'and', 'democratic', 'republican', 'gop', 'vice']);

/** The whole quotation a gold stretch lies in: out to the marks around it within its paragraph, else the stretch. */
function quotationAround(text: string, g: { start: number; end: number }): { start: number; end: number } {
  let start = g.start;
  while (start > 0 && !/[\u201C"«]/.test(text[start - 1]) && !(text[start - 1] === '\n' && text[start - 2] === '\n')) start--;
  if (start === 0 || !/[\u201C"«]/.test(text[start - 1])) start = g.start;
  let end = g.end;
  while (end < text.length && !/[\u201D"»]/.test(text[end]) && !(text[end] === '\n' && text[end + 1] === '\n')) end++;
  if (end === text.length || !/[\u201D"»]/.test(text[end])) end = g.end;
  return { start, end };
}

/** The person a Source span names: its last capitalised word that is not a title, lower-cased; null when it names nobody. */
function personOf(span: string): string | null {
  const ws = span.replace(/['’]s\b/g, '').match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  const names = ws.filter((w) => !NOT_NAMES.has(w.toLowerCase().replace(/\.$/, '')) && isProperName(w));
  if (!names.length) return null;
  const key = names[names.length - 1].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return key || null;
}

/** A seeded generator (mulberry32) for one quote, from its article and position: the same change every run. */
function rng(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const docs: GoldDoc[] = loadGold(CORPUS, split);
// a capitalised word is a name when the split writes it in lower case less than a tenth as often ("Trump", not "Party")
const lowerCount = new Map<string, number>();
const capitalCount = new Map<string, number>();
for (const d of docs) {
  for (const m of d.text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const counts = w[0] === w[0].toLowerCase() ? lowerCount : capitalCount;
    counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  }
}
/** True when a capitalised word reads as a proper name in this split. */
function isProperName(word: string): boolean {
  const w = word.replace(/['’-].*$/, '').toLowerCase();
  return (lowerCount.get(w) ?? 0) * 10 < (capitalCount.get(w) ?? 0);
}
// replacement words: the split's own lower-case words, by length
const pool = new Map<number, string[]>();
for (const w of new Set(docs.flatMap((d) => d.text.match(/\b[a-z]{4,}\b/g) ?? []))) {
  if (!pool.has(w.length)) pool.set(w.length, []);
  pool.get(w.length)!.push(w);
}
for (const list of pool.values()) list.sort();

/** The quote with one word of four letters or more changed (same length, same capitals), or undefined when it has none. */
function alter(text: string, q: Quote, seed: string): { at: number; from: string; to: string } | undefined {
  const random = rng(seed);
  const quoted = text.slice(q.start, q.end);
  // the speaker's words only: not a [bracketed] insertion, nor a transcript label (RAMOS:)
  const inserted = [...quoted.matchAll(/\[[^\]]*\]/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const candidates = [...quoted.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}{4,}(?![\p{L}\p{N}'’-])/gu)];
  const fits = candidates.filter((m) => (pool.get(m[0].length)?.length ?? 0) > 1 && !inserted.some(([a, b]) => m.index! >= a && m.index! < b) && !/^\p{Lu}+:/u.test(quoted.slice(m.index!)));
  if (!fits.length) return undefined;
  const m = fits[Math.floor(random() * fits.length)];
  const list = pool.get(m[0].length)!;
  let to = list[Math.floor(random() * list.length)];
  while (to === m[0].toLowerCase()) to = list[Math.floor(random() * list.length)];
  if (m[0] === m[0].toUpperCase()) to = to.toUpperCase();
  else if (m[0][0] === m[0][0].toUpperCase()) to = to[0].toUpperCase() + to.slice(1);
  return { at: q.start + m.index!, from: m[0], to };
}

// the registry: a person per named speaker, a statement per quotation
const people = new Map<string, string[]>();
const statements: { id: string; speaker: string | null; text: string }[] = [];
const quotesOf = new Map<string, Quote[]>();
for (const [d, doc] of docs.entries()) {
  // a gold stretch may be part of a quotation (its Content ends inside it): the statement is the whole quotation
  const quotations = doc.quotes.map((g) => ({ g, ...quotationAround(doc.text, g) })).sort((a, b) => a.start - b.start || a.end - b.end);
  // one statement per run of overlapping quotations, and one for all of a Source's quotations ("A," he said, "B.")
  const groupOf = new Map<string, number>();
  const groups: (typeof quotations)[] = [];
  for (const [i, q] of quotations.entries()) {
    const bySource = q.g.source ? groupOf.get(q.g.source.map((r) => r.join('-')).join(',')) : undefined;
    const prev = i > 0 ? quotations[i - 1] : undefined;
    const overlapping = prev && q.start < prev.end ? groupOf.get(`at-${prev.start}`) : undefined;
    const k = bySource ?? overlapping ?? groups.push([]) - 1;
    groups[k].push(q);
    groupOf.set(`at-${q.start}`, k);
    if (q.g.source) groupOf.set(q.g.source.map((r) => r.join('-')).join(','), k);
  }
  let lastNamed: string | null = null;
  const quotes: Quote[] = [];
  for (const [k, group] of groups.entries()) {
    const source = group.find((q) => q.g.source)?.g.source ?? null;
    const span = source ? source.map(([s, e]) => doc.text.slice(s, e)).join(' ').trim() : '';
    const named = source ? personOf(span) : null;
    if (named) {
      lastNamed = named;
      if (!people.has(named)) people.set(named, []);
      const surname = span.replace(/['’]s\b/g, '').match(/\p{Lu}[\p{L}'’-]*/gu)!.filter((w) => personOf(w) === named).pop();
      for (const alias of [span, surname]) if (alias && !people.get(named)!.includes(alias)) people.get(named)!.push(alias);
    }
    const speaker = source ? named ?? lastNamed : null;
    const id = `q${d}-${k}`;
    const spans: { start: number; end: number }[] = [];
    for (const q of group) {
      const last = spans[spans.length - 1];
      if (last && q.start < last.end) last.end = Math.max(last.end, q.end);
      else spans.push({ start: q.start, end: q.end });
    }
    statements.push({ id, speaker, text: spans.map((x) => doc.text.slice(x.start, x.end)).join(' ') });
    for (const q of group) quotes.push({ start: q.g.start, end: q.g.end, statement: id, speaker });
  }
  quotesOf.set(doc.file, quotes.sort((a, b) => a.start - b.start));
}
const entries: unknown[] = [];
for (const [key, spans] of people) {
  const name = [...spans].sort((a, b) => b.length - a.length)[0];
  const aliases = [...new Set(spans)].filter((a) => a !== name && /\p{Lu}/u.test(a));
  entries.push({ id: `p-${key}`, type: 'person', name, aliases });
}
for (const s of statements) entries.push({ id: s.id, type: 'statement', ...(s.speaker ? { speaker: `p-${s.speaker}` } : {}), text: s.text });
const registry = new Registry([{ path: '/eval/sources/registry.json', text: JSON.stringify(entries) }]);
if (registry.problems.length) console.log(`eval-misquote: ${registry.problems.length} registry problems, first: ${registry.problems[0].message}`);

/** The codes of the findings overlapping [start, end). */
const codesAt = (findings: Finding[], start: number, end: number) => new Set(findings.filter((f) => f.start < end && f.end > start).map((f) => f.code));
/** A quote's length as matching counts it (the checker's own words, wildcards left out). */
const lengthOf = (s: string) => quoteLength(words(s));

const tally = { altered: 0, misquote: 0, unverified: 0, long: 0, longMisquote: 0, longUnverified: 0, unaltered: 0, falseMisquote: 0 };
/** Altered quotes by length in words: [quotes, misquote, unverified-quote]. */
const BUCKETS = [[0, 2], [3, 5], [6, 9], [10, Infinity]] as const;
const byLength = BUCKETS.map(() => [0, 0, 0]);
const misses: string[] = [];
const falses: string[] = [];
const started = performance.now();
for (const doc of docs) {
  const quotes = quotesOf.get(doc.file)!;
  const plain = checkDocument({ path: doc.file, text: doc.text, language: 'plaintext' }, registry, DEFAULT_SETTINGS).findings;
  let altered = doc.text;
  const changes: { q: Quote; from: string; to: string }[] = [];
  for (const q of quotes) {
    tally.unaltered++;
    if (codesAt(plain, q.start, q.end).has('misquote')) {
      tally.falseMisquote++;
      falses.push(`${path.basename(doc.file)}: “${doc.text.slice(q.start, q.end)}” (${q.speaker ?? 'no speaker'})`);
    }
    const change = alter(doc.text, q, `${path.basename(doc.file)}:${q.start}`);
    if (!change) continue;
    altered = altered.slice(0, change.at) + change.to + altered.slice(change.at + change.to.length);
    changes.push({ q, ...change });
  }
  const found = checkDocument({ path: doc.file, text: altered, language: 'plaintext' }, registry, DEFAULT_SETTINGS).findings;
  for (const { q, from, to } of changes) {
    const codes = codesAt(found, q.start, q.end);
    const n = lengthOf(doc.text.slice(q.start, q.end));
    const bucket = byLength[BUCKETS.findIndex(([lo, hi]) => Math.floor(n) >= lo && Math.floor(n) <= hi)];
    const long = n >= 6;
    tally.altered++;
    bucket[0]++;
    if (long) tally.long++;
    if (codes.has('misquote')) {
      tally.misquote++;
      bucket[1]++;
      if (long) tally.longMisquote++;
      continue;
    }
    if (codes.has('unverified-quote')) {
      tally.unverified++;
      bucket[2]++;
      if (long) tally.longUnverified++;
    }
    if (n >= 6) misses.push(`${path.basename(doc.file)}: [${[...codes].join(',') || 'nothing'}] “${altered.slice(q.start, q.end)}” (${from} → ${to}; ${q.speaker ?? 'no speaker'})`);
  }
}
const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}%`;
console.log(`misquote cross-check (${split}): ${tally.unaltered} quotes in ${docs.length} articles, ${statements.length} statements, ${people.size} speakers; ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`altered quotes of 6 words or more (one word of 4+ letters changed in each of ${tally.long}): misquote ${pct(tally.longMisquote, tally.long)} (target ≥ 97%), unverified-quote instead ${pct(tally.longUnverified, tally.long)}`);
console.log(`  all ${tally.altered} altered quotes: misquote ${pct(tally.misquote, tally.altered)}, unverified-quote ${pct(tally.unverified, tally.altered)}; by length: ` + BUCKETS.map(([lo, hi], i) => `${lo || 1}${hi === Infinity ? '+' : '-' + hi} words ${byLength[i][0]}: misquote ${pct(byLength[i][1], byLength[i][0])}, unverified ${pct(byLength[i][2], byLength[i][0])}`).join('; '));
console.log(`unaltered quotes: false misquote ${pct(tally.falseMisquote, tally.unaltered)} (${tally.falseMisquote} of ${tally.unaltered}; target ≤ 1%)`);
if (showErrors) {
  console.log(`\nmissed (${misses.length}):\n` + misses.slice(0, showErrors).join('\n'));
  console.log(`\nfalse misquotes (${falses.length}):\n` + falses.slice(0, showErrors).join('\n'));
}
