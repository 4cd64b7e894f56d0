// Deterministic benchmark inputs, cached in bench/.cache: a 1 MB news-prose
// Markdown draft (PolNeAR train articles from ../shared when present, else
// generated prose) with a few hundred attributed quotes, registries of 1k,
// 10k and 100k sources whose texts include the draft's quotes (some exact,
// some altered), and 1,000 drafts of about 5 KB for the workspace run.
import * as fs from 'node:fs';
import * as path from 'node:path';

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

function sentence(r, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

/** The 1 MB draft: corpus prose when ../shared is there, else generated; returns its text and the quotes it holds. */
function makeDraft(root, r) {
  const corpus = path.resolve(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text');
  let body = '';
  let source = 'generated';
  if (fs.existsSync(corpus)) {
    source = 'PolNeAR train';
    for (const f of fs.readdirSync(corpus).sort()) {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8').replace(/^\uFEFF/, '');
      const [title, ...rest] = text.split('\n').filter((l) => l.trim());
      body += `## ${title.replace(/[#*_`]/g, '')}\n\n${rest.join('\n\n')}\n\n`;
      if (body.length > 900_000) break;
    }
  } else {
    while (body.length < 900_000) {
      body += `## ${sentence(r, 6)}\n\n`;
      for (let p = 0; p < 6; p++) body += `${sentence(r, 25)}. ${sentence(r, 18)}.\n\n`;
    }
  }
  // a few hundred quotes of our own, attributed, spread through the text
  const quotes = [];
  const paragraphs = body.split('\n\n');
  for (let i = 0; i < 300; i++) {
    const q = `${sentence(r, 12 + Math.floor(r() * 10))}`;
    const who = NAMES[i % NAMES.length];
    quotes.push({ text: q, speaker: who });
    const at = Math.floor(((i + 0.5) / 300) * paragraphs.length);
    paragraphs[at] = `${paragraphs[at]}\n\n“${q},” ${who} said.`;
  }
  let text = paragraphs.join('\n\n');
  if (text.length < 1_000_000) text += '\n\n' + Array.from({ length: Math.ceil((1_000_000 - text.length) / 200) }, () => sentence(r, 34) + '.').join('\n\n');
  return { text: text.slice(0, 1_050_000), quotes, source };
}

/** Sentences of real prose for filler statements (corpus sentences when ../shared is there). */
function sentencePool(root, r) {
  const corpus = path.resolve(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text');
  if (!fs.existsSync(corpus)) return Array.from({ length: 5000 }, () => sentence(r, 30) + '.');
  const pool = [];
  for (const f of fs.readdirSync(corpus).sort()) {
    for (const s of fs.readFileSync(path.join(corpus, f), 'utf8').split(/(?<=[.!?])\s+/)) {
      if (s.split(/\s+/).length >= 12 && !/["“”]/.test(s)) pool.push(s.replace(/\s+/g, ' ').replace(/[:#>]/g, ','));
    }
  }
  return pool;
}

/** Registry YAML for `n` sources (1,000 a file), including every draft quote; one in four altered by a word. */
function writeRegistry(dir, n, quotes, r, pool) {
  fs.rmSync(dir, { recursive: true, force: true });
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(sources, { recursive: true });
  let yaml = NAMES.map((name, i) => `- id: speaker-${i}\n  type: person\n  name: ${name}\n  aliases: [${name.split(' ')[1]}]\n`).join('');
  let file = 0;
  for (let i = 0; i < n; i++) {
    const q = quotes[i % quotes.length];
    let text = `${pool[Math.floor(r() * pool.length)]} ${pool[Math.floor(r() * pool.length)]}`;
    if (i < quotes.length) {
      const words = q.text.split(' ');
      if (i % 4 === 3) words[Math.floor(words.length / 2)] = 'altered';
      text = `${sentence(r, 8)}. ${words.join(' ')}. ${sentence(r, 8)}.`;
    }
    yaml += `- id: s${i}\n  type: statement\n  title: Statement ${i}\n  speaker: speaker-${i % NAMES.length}\n  date: 2016-0${1 + (i % 9)}-1${i % 10}\n  status: ${i % 50 === 0 ? 'disputed' : 'verified'}\n  text: ${JSON.stringify(text)}\n`;
    if ((i + 1) % 1000 === 0 || i === n - 1) {
      fs.writeFileSync(path.join(sources, `part-${String(file++).padStart(3, '0')}.yaml`), yaml);
      yaml = '';
    }
  }
}

const SYLLABLES = 'ka lo mi ren sa to vel da ni bor el fa gu ha ir jo ke li ma no pe qu ri se ta ul vi wo xa yo ze an be ce di en fi go hu is'.split(' ');
const ENDINGS = ['sen', 'ova', 'ez', 'ski', 'dottir', 'berg', 'ani', 'ucci', 'escu', 'idis'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

/**
 * Registry files (in memory) of `people` registered people, each with 2-3
 * aliases: the draft's 10 speakers, then generated names ("Kalo Renberg",
 * aliases "Renberg", "K. Renberg", some "Dr. Kalo Renberg"), and the
 * draft's quotes as statements of its speakers, as writeRegistry has them.
 */
export function peopleRegistry(people, quotes) {
  const r = prng(4242 + people);
  const word = (n) => cap(Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
  let yaml = NAMES.map((name, i) => `- id: speaker-${i}\n  type: person\n  name: ${name}\n  aliases: [${name.split(' ')[1]}, ${name[0]}. ${name.split(' ')[1]}]\n`).join('');
  for (let i = NAMES.length; i < people; i++) {
    const first = word(2);
    // (a surname ending that makes no English word: "Been", "Make" would be names in every paragraph)
    const last = word(1 + Math.floor(r() * 2)) + ENDINGS[Math.floor(r() * ENDINGS.length)];
    const aliases = [last, `${first[0]}. ${last}`, ...(i % 3 === 0 ? [`Dr. ${first} ${last}`] : [])];
    yaml += `- id: person-${i}\n  type: person\n  name: ${first} ${last}\n  aliases: [${aliases.join(', ')}]\n`;
  }
  quotes.forEach((q, i) => {
    yaml += `- id: s${i}\n  type: statement\n  title: Statement ${i}\n  speaker: speaker-${i % NAMES.length}\n  date: 2016-0${1 + (i % 9)}-1${i % 10}\n  status: verified\n  text: ${JSON.stringify(q)}\n`;
  });
  return [{ path: `people-${people}/sources/people.yaml`, text: yaml }];
}

/** Builds (or reuses) every input; returns their paths. */
export function inputs(root) {
  const cache = path.join(root, 'bench', '.cache');
  const stamp = path.join(cache, 'inputs-v2.json');
  if (fs.existsSync(stamp)) return JSON.parse(fs.readFileSync(stamp, 'utf8'));
  const r = prng(20200106);
  fs.mkdirSync(cache, { recursive: true });
  const draft = makeDraft(root, r);
  const draftPath = path.join(cache, 'draft-1mb.md');
  fs.writeFileSync(draftPath, draft.text);
  const registries = {};
  const pool = sentencePool(root, r);
  for (const [name, n] of [['1k', 1000], ['10k', 10000], ['100k', 100000]]) {
    registries[name] = path.join(cache, `registry-${name}`);
    writeRegistry(registries[name], n, draft.quotes, r, pool);
  }
  const drafts = path.join(cache, 'workspace', 'drafts');
  fs.rmSync(path.dirname(drafts), { recursive: true, force: true });
  fs.mkdirSync(drafts, { recursive: true });
  for (let i = 0; i < 1000; i++) {
    const start = Math.floor(r() * (draft.text.length - 6000));
    const from = draft.text.indexOf('\n\n', start) + 2;
    fs.writeFileSync(path.join(drafts, `draft-${String(i).padStart(4, '0')}.md`), draft.text.slice(from, draft.text.indexOf('\n\n', from + 5000)) + '\n');
  }
  const result = { draft: draftPath, draftSource: draft.source, draftBytes: Buffer.byteLength(draft.text), quotes: draft.quotes.map((q) => q.text), registries, workspace: path.dirname(drafts) };
  fs.writeFileSync(stamp, JSON.stringify(result, null, 2));
  return result;
}
