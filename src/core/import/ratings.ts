/**
 * A fact-checker's rating as a registry status (README, "Import"): the
 * rating's name first, then its value on the review's own scale.
 */
import type { SourceStatus } from '../types.ts';

/** Rating names, compared without case and punctuation, and the status each gives. */
export const RATING_NAMES: readonly (readonly [SourceStatus, readonly string[]])[] = [
  ['verified', ['true', 'correct', 'accurate', 'mostly true', 'mostly correct', 'mostly accurate']],
  ['disputed', [
    'half true', 'mixture', 'mixed', 'misleading', 'mostly false', 'partly false', 'partly true', 'half truth',
    'missing context', 'needs context', 'lacks context', 'out of context', 'exaggerated', 'exaggeration',
    'unproven', 'unsupported', 'unsubstantiated', 'disputed', 'distorts the facts', 'spins the facts',
  ]],
  ['mistaken', ['false', 'incorrect', 'inaccurate', 'wrong', 'not true', 'untrue', 'baseless', 'debunked']],
  ['fabricated', ['pants on fire', 'fake', 'fabricated', 'made up', 'hoax']],
];

const BY_NAME = new Map<string, SourceStatus>(RATING_NAMES.flatMap(([status, names]) => names.map((n) => [n, status] as const)));

/** A rating as the review gives it. */
export interface Rating {
  alternateName?: unknown;
  ratingValue?: unknown;
  bestRating?: unknown;
  worstRating?: unknown;
}

/** The status a rating gives, or undefined when neither its name nor its value says (then the caller warns). */
export function statusOfRating(rating: Rating): SourceStatus | undefined {
  if (typeof rating.alternateName === 'string') {
    const byName = BY_NAME.get(rating.alternateName.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    if (byName) return byName;
  }
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  if (rating.ratingValue === undefined || !Number.isFinite(value) || !Number.isFinite(best) || !Number.isFinite(worst) || best === worst) return undefined;
  const share = (value - worst) / (best - worst); // 0 = worst, 1 = best
  if (share < 0 || share > 1) return undefined;
  if (share >= 0.75) return 'verified';
  if (share <= 0.25) return 'mistaken';
  return 'disputed';
}
