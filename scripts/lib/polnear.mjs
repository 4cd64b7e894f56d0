// What the evaluation scripts share: reading a PolNeAR annotation file the
// way ../shared's scorer does, and running `source-check extract` on drafts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The attributions of one brat file: each event's roles (Source, Cue, Content …) as lists of [start, end] ranges. */
export function readAttributions(annFile) {
  const spans = new Map();
  const events = [];
  for (const line of fs.readFileSync(annFile, 'utf8').split('\n')) {
    const [id, mid] = line.split('\t');
    if (!id || !mid) continue;
    if (id[0] === 'T') spans.set(id, mid.slice(mid.indexOf(' ') + 1).split(';').map((r) => r.split(' ').map(Number)));
    else if (id[0] === 'E') events.push(Object.fromEntries(mid.split(' ').map((p) => p.split(':'))));
  }
  return events.map((roles) => Object.fromEntries(Object.entries(roles).map(([role, id]) => [role, spans.get(id)]).filter(([, ranges]) => ranges)));
}

/** The annotation file the scorer reads for an article: the first by name. */
export function annotationFileOf(splitDir, textFile) {
  const base = path.basename(textFile, '.txt');
  const name = fs.readdirSync(path.join(splitDir, 'attributions')).sort().find((a) => a.startsWith(base + '_'));
  return name && path.join(splitDir, 'attributions', name);
}

/** `source-check extract --format json` over `files` (100 a process): its files by absolute path; exits on failure. */
export function extractAll(root, files) {
  const out = new Map();
  for (let i = 0; i < files.length; i += 100) {
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'source-check.js'), 'extract', '--format', 'json', ...files.slice(i, i + 100)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (!r.stdout) {
      console.error(`extract failed (exit ${r.status}):\n${r.stderr}`);
      process.exit(1);
    }
    for (const f of JSON.parse(r.stdout).files) out.set(path.resolve(f.path), f);
  }
  return out;
}
