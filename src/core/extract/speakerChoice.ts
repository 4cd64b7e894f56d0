/**
 * Stage 6 for quotes no cue links to a speaker: a scored choice among the
 * possible speakers (speakerFeatures.ts). Each option's score is the sum of
 * its features times the fitted weights (speakerWeights.ts); leaving the
 * quote unattributed scores 0. The best option is taken when its share of
 * the probability (softmax over the options and "nobody") reaches the
 * threshold; else the quote stays unattributed.
 */
import type { TextSpan } from '../types.ts';
import { resolve } from './resolution.ts';
import type { SpeakerMention } from './model.ts';
import { FEATURES, speakerOptions, type SpeakerOption, type UncuedQuote } from './speakerFeatures.ts';
import { SPEAKER_THRESHOLD, SPEAKER_WEIGHTS } from './speakerWeights.ts';
import type { LexiconMatcher } from './stageTypes.ts';

/** A choice made, as the fitting script records it. */
export interface RecordedChoice {
  quote: { start: number; end: number };
  options: SpeakerOption[];
}

let recorder: ((choice: RecordedChoice) => void) | undefined;

/** Calls `record` with every choice's options until called again without one (scripts/fit-speakers.mjs). */
export function recordChoices(record?: (choice: RecordedChoice) => void): void {
  recorder = record;
}

/** The score of an option under `weights`. */
export function scoreOf(features: readonly number[], weights: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += features[i] * (weights[i] ?? 0);
  return s;
}

/** The speaker of a quote without a cue, and the finders of the option chosen; null when no option is likely enough. */
export function chooseSpeaker(u: UncuedQuote, matcher: LexiconMatcher): { speaker: SpeakerMention; kinds: string[] } | null {
  const fitted = SPEAKER_WEIGHTS.length === FEATURES.length;
  if (!fitted && !recorder) return u.proposal && { speaker: u.proposal, kinds: [] };
  const options = speakerOptions(u);
  if (recorder) recorder({ quote: { start: u.q.outer.start, end: u.q.outer.end }, options });
  if (!fitted) return u.proposal && { speaker: u.proposal, kinds: [] };
  if (!options.length) return null;
  const scores = options.map((o) => scoreOf(o.features, SPEAKER_WEIGHTS));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  const top = Math.max(0, scores[best]);
  const total = Math.exp(-top) + scores.reduce((n, s) => n + Math.exp(s - top), 0);
  if (Math.exp(scores[best] - top) / total < SPEAKER_THRESHOLD) return null;
  const chosen = options[best];
  return { speaker: chosen.mention ?? mentionOf(chosen.span, u, matcher), kinds: chosen.kinds };
}

/** Possessive pronouns stand for the same person as the subject ones: "his" as "he". */
const POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** What a span resolves to: a name to its registry id, a pronoun (possessive or not) to the person before it. */
function mentionOf(span: TextSpan, u: UncuedQuote, matcher: LexiconMatcher): SpeakerMention {
  const as = POSSESSIVE[span.text.toLowerCase()];
  if (!as) return resolve(span, matcher, u.state, u.masked, u.q.outer.start);
  return { ...resolve({ ...span, text: as }, matcher, u.state, u.masked, u.q.outer.start), text: span.text };
}
