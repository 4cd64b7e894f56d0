#!/usr/bin/env node
// Fails (exit 1) when the TypeScript/JavaScript files under a folder import each other in a circle,
// listing each circle (a strongly connected group of files, type-only imports included); exit 0 when
// there is none. Relative imports only. Run by `npm run typecheck` over src/.
//   node scripts/import-cycles.mjs [DIR]   (default: src)
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'src');
if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
  console.error(`import-cycles: ${root} is not a folder`);
  process.exit(2);
}
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
  }
})(root);
const known = new Set(files);
/** The file a relative specifier names: as written, .js for .ts, without extension, or a folder's index. */
const target = (from, spec) => {
  const base = path.resolve(path.dirname(from), spec);
  const tries = [base, base.replace(/\.(m|c)?js$/, '.$1ts'), `${base}.ts`, `${base}.js`, path.join(base, 'index.ts'), path.join(base, 'index.js')];
  return tries.find((c) => known.has(c));
};
// import … from './x', export … from './x', import './x', import('./x'); comments are skipped
const IMPORT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|(?:\bimport|\bexport)\s[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]|\bimport\s*['"](\.{1,2}\/[^'"]*)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g;
const edges = new Map();
for (const f of files) {
  const out = new Set();
  for (const m of fs.readFileSync(f, 'utf8').matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const t = spec && target(f, spec);
    if (t && t !== f) out.add(t);
  }
  edges.set(f, [...out]);
}
// Tarjan's strongly connected components, iteratively (a deep import chain must not overflow the stack)
let counter = 0;
const index = new Map(), low = new Map(), onStack = new Set(), stack = [], circles = [];
for (const start of files) {
  if (index.has(start)) continue;
  const work = [[start, 0]];
  index.set(start, counter); low.set(start, counter++); stack.push(start); onStack.add(start);
  while (work.length) {
    const frame = work[work.length - 1];
    const [v, i] = frame;
    const next = edges.get(v)[i];
    if (next !== undefined) {
      frame[1]++;
      if (!index.has(next)) {
        index.set(next, counter); low.set(next, counter++); stack.push(next); onStack.add(next);
        work.push([next, 0]);
      } else if (onStack.has(next)) low.set(v, Math.min(low.get(v), index.get(next)));
      continue;
    }
    work.pop();
    if (work.length) { const u = work[work.length - 1][0]; low.set(u, Math.min(low.get(u), low.get(v))); }
    if (low.get(v) !== index.get(v)) continue;
    const group = [];
    let w;
    do { w = stack.pop(); onStack.delete(w); group.push(w); } while (w !== v);
    if (group.length > 1) circles.push(group);
  }
}
const shown = (p) => { const r = path.relative(process.cwd(), p); return (r.startsWith('..') ? path.relative(root, p) : r) || '.'; };
/** One circle through a group's first file, found breadth-first inside the group: a.ts -> b.ts -> a.ts. */
const loopOf = (group) => {
  const inGroup = new Set(group), from = new Map(), first = [...group].sort()[0], queue = [first];
  for (let k = 0; k < queue.length; k++) {
    for (const w of edges.get(queue[k])) {
      if (!inGroup.has(w) || from.has(w)) continue;
      from.set(w, queue[k]);
      if (w === first) { const loop = [first]; for (let x = queue[k]; x !== first; x = from.get(x)) loop.unshift(x); return [first, ...loop]; }
      queue.push(w);
    }
  }
  return group;
};
/** The folder as given on the command line, relative to the current one when inside it. */
const where = path.relative(process.cwd(), root).startsWith('..') ? root : path.relative(process.cwd(), root) || '.';
for (const g of circles) console.error(`import circle of ${g.length} files: ${g.map(shown).sort().join(', ')}\n  for example ${loopOf(g).map(shown).join(' -> ')}`);
if (circles.length) {
  console.error(`${circles.length} import circle(s) in ${where}: make the imports one-way (move what both sides need into a lower module)`);
  process.exit(1);
}
console.log(`no import circle in ${where} (${files.length} files)`);
