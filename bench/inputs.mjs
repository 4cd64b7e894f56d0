// Deterministic benchmark inputs, cached in bench/.cache (issue 15): a 1 MB
// and a 10 MB news-prose Markdown draft (PolNeAR train and dev articles from
// ../shared when present, else generated prose with planted quotes), the
// draft's own quotes as found by `source-check extract`, registries of
// people x statements (bench/registryInputs.mjs), and 1,000 drafts of about
// 5 KB for the workspace run. `npm run bench` builds dist/ first; the
// extraction needs it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftSpeakers, writeRegistry } from './registryInputs.mjs';

/** A seeded PRNG (mulberry32). */
export function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the of and to in a that is was he for it with as his on be at by this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three campaign voters senator election policy debate'.split(' ');
const NAMES = ['Alice Moreno', 'Ben Carter', 'Chloe Nguyen', 'Daniel Okafor', 'Elena Petrova', 'Farid Haddad', 'Grace Kim', 'Hugo Laurent', 'Ines Duarte', 'Jonas Berg'];
const MB = 1_000_000;

/** The registries: name → statements and people (1M only when asked for: it takes a while to write and read). */
export const REGISTRIES = {
  '10k-10': { statements: 10_000, people: 10 },
  '10k-5000': { statements: 10_000, people: 5_000 },
  '10k-50000': { statements: 10_000, people: 50_000 },
  '1k-5000': { statements: 1_000, people: 5_000 },
  '100k-5000': { statements: 100_000, people: 5_000 },
  '1m-5000': { statements: 1_000_000, people: 5_000, lazy: true },
};

function sentence(r, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

const corpusDir = (root, part) => path.resolve(root, '..', 'shared', 'corpora', 'polnear', part, 'text');

/** Up to `size` characters of news prose as Markdown: corpus articles when ../shared is there, else generated with planted quotes. */
function prose(root, r, size) {
  const dirs = ['train', 'dev'].map((p) => corpusDir(root, p)).filter((d) => fs.existsSync(d));
  const articles = [];
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
      const [title, ...rest] = text.split('\n').filter((l) => l.trim());
      articles.push(`## ${title.replace(/[#*_`]/g, '')}\n\n${rest.join('\n\n')}\n\n`);
    }
  }
  let body = '';
  if (articles.length) {
    // every article once, then again from the start: a 10 MB draft repeats the ~6 MB corpus once
    for (let i = 0; body.length < size; i++) body += articles[i % articles.length];
  } else {
    for (let i = 0; body.length < size; i++) {
      body += `## ${sentence(r, 6)}\n\n`;
      for (let p = 0; p < 6; p++) body += `${sentence(r, 25)}. ${sentence(r, 18)}.\n\n“${sentence(r, 12 + (i % 9))},” ${NAMES[(i + p) % NAMES.length]} said.\n\n`;
    }
  }
  return { text: body.slice(0, body.indexOf('\n\n', size) + 1), source: articles.length ? `PolNeAR ${dirs.map((d) => path.basename(path.dirname(d))).join(' + ')}` : 'generated' };
}

/** Sentences of real prose for filler statements (corpus sentences when ../shared is there). */
let pool;
function sentencePool(root, r) {
  if (pool) return pool;
  const corpus = corpusDir(root, 'train');
  if (!fs.existsSync(corpus)) return (pool = Array.from({ length: 5000 }, () => sentence(r, 30) + '.'));
  pool = [];
  for (const f of fs.readdirSync(corpus).sort()) {
    for (const s of fs.readFileSync(path.join(corpus, f), 'utf8').split(/(?<=[.!?])\s+/)) {
      if (s.split(/\s+/).length >= 12 && !/["“”]/.test(s)) pool.push(s.replace(/\s+/g, ' ').replace(/[:#>]/g, ','));
    }
  }
  return pool;
}

/** The quotes `source-check extract` finds in a draft, with their speakers' names. */
function extractQuotes(root, draftPath) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'source-check.js'), 'extract', draftPath, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`source-check extract failed (run npm run build first):\n${run.stderr}`);
  return JSON.parse(run.stdout).files[0].quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

/** The path of a registry, written the first time it is asked for. */
export function registryPath(root, name) {
  const cache = path.join(root, 'bench', '.cache');
  const dir = path.join(cache, `registry-${name}`);
  const stamp = path.join(dir, 'complete');
  if (fs.existsSync(stamp)) return dir;
  const draft = JSON.parse(fs.readFileSync(path.join(cache, 'draft-quotes.json'), 'utf8'));
  const r = prng(20200106 + REGISTRIES[name].statements + REGISTRIES[name].people);
  writeRegistry(dir, REGISTRIES[name], draft, r, sentencePool(root, r));
  fs.writeFileSync(stamp, '');
  return dir;
}

/** Builds (or reuses) every input; returns their paths. */
export function inputs(root) {
  const cache = path.join(root, 'bench', '.cache');
  const stamp = path.join(cache, 'inputs-v4.json');
  if (fs.existsSync(stamp)) return JSON.parse(fs.readFileSync(stamp, 'utf8'));
  const r = prng(20200106);
  fs.mkdirSync(cache, { recursive: true });
  const large = prose(root, r, 10 * MB);
  const text = large.text.slice(0, large.text.indexOf('\n\n', MB) + 1);
  // (each draft alone in its folder: the server opened on that folder indexes no other draft in the background)
  const draftPath = path.join(cache, 'draft-1mb', 'news-1mb.md');
  const draft10Path = path.join(cache, 'draft-10mb', 'news-10mb.md');
  for (const p of [draftPath, draft10Path]) fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(draftPath, text);
  fs.writeFileSync(draft10Path, large.text);
  const quotes = extractQuotes(root, draftPath);
  fs.writeFileSync(path.join(cache, 'draft-quotes.json'), JSON.stringify({ quotes, speakers: draftSpeakers(text, quotes).map((s) => ({ ...s, written: [...s.written] })) }));
  const registries = {};
  for (const [name, spec] of Object.entries(REGISTRIES)) if (!spec.lazy) registries[name] = registryPath(root, name);
  const drafts = path.join(cache, 'workspace-v3', 'drafts');
  fs.rmSync(path.dirname(drafts), { recursive: true, force: true });
  fs.mkdirSync(drafts, { recursive: true });
  for (let i = 0; i < 1000; i++) {
    const start = Math.floor(r() * (text.length - 6000));
    const from = text.indexOf('\n\n', start) + 2;
    fs.writeFileSync(path.join(drafts, `draft-${String(i).padStart(4, '0')}.md`), text.slice(from, text.indexOf('\n\n', from + 5000)) + '\n');
  }
  const speakers = JSON.parse(fs.readFileSync(path.join(cache, 'draft-quotes.json'), 'utf8')).speakers.length;
  const result = {
    draft: draftPath, draft10mb: draft10Path, draftSource: large.source, draftBytes: Buffer.byteLength(text), draft10mbBytes: Buffer.byteLength(large.text),
    quotes: quotes.map((q) => q.text), draftSpeakers: speakers, registries, workspace: path.dirname(drafts),
  };
  fs.writeFileSync(stamp, JSON.stringify(result, null, 2));
  return result;
}
