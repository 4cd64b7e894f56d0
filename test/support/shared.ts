/**
 * Access to ../shared beside the repository (corpora, scorer), which CI has
 * and a fresh clone elsewhere may not: tests skip with a message when absent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lspClient.ts';

/** The shared folder beside the repository. */
export const SHARED = path.resolve(ROOT, '..', 'shared');
/** The PolNeAR corpus, or undefined when ../shared is absent. */
export const POLNEAR = fs.existsSync(path.join(SHARED, 'corpora', 'polnear')) ? path.join(SHARED, 'corpora', 'polnear') : undefined;

/** The article texts of a PolNeAR split (empty when the corpus is absent). */
export function polnearTexts(split: 'train' | 'dev', limit = Infinity): string[] {
  if (!POLNEAR) return [];
  const dir = path.join(POLNEAR, split, 'text');
  return fs.readdirSync(dir).sort().slice(0, limit).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
