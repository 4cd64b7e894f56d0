/**
 * Extraction throughput on the whole PolNeAR train split in one process,
 * beside remark-parse alone on the same texts (as Markdown).
 *   node --import tsx scripts/throughput.ts [train|dev]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extract } from '../src/core/extract/index.ts';

const split = process.argv[2] ?? 'train';
const dir = path.resolve(__dirname, '..', '..', 'shared', 'corpora', 'polnear', split, 'text');
if (!fs.existsSync(dir)) {
  console.log(`throughput: ${dir} is absent`);
  process.exit(0);
}
const texts = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const parse = unified().use(remarkParse);
const run = (fn: (t: string) => void) => {
  for (const t of texts.slice(0, 50)) fn(t); // warm up
  const started = performance.now();
  for (const t of texts) fn(t);
  return (performance.now() - started) / 1000;
};
const markdown = run((t) => void extract(t, { language: 'markdown' }));
const plain = run((t) => void extract(t, { language: 'plaintext' }));
const remark = run((t) => void parse.parse(t));
const mbs = (s: number) => (bytes / 1e6 / s).toFixed(2);
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${split})`);
console.log(`extract as Markdown: ${markdown.toFixed(2)} s = ${mbs(markdown)} MB/s`);
console.log(`extract as plain text: ${plain.toFixed(2)} s = ${mbs(plain)} MB/s`);
console.log(`remark-parse alone: ${remark.toFixed(2)} s = ${mbs(remark)} MB/s`);
