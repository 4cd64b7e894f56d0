/**
 * Weights of the speaker choice for quotes without a cue (speakerChoice.ts),
 * one per feature of speakerFeatures.ts FEATURES, in that order. Written by
 * scripts/fit-speakers.mjs (do not edit by hand): a conditional logit over
 * each quote's options and "nobody", L2 0.01, fitted on PolNeAR train only
 * (2023 quotes without a cue). Right/wrong/none on train: the rules
 * 1800/200/23, the model 1812/209/2; each half of train scored by
 * the weights fitted on the other: 1807/210/6.
 */

/** The weight of each feature (FEATURES order). */
export const SPEAKER_WEIGHTS: readonly number[] = [
  1.176, // rule:previous
  1.17, // rule:subject
  0.473, // rule:continued
  0.174, // rule:first
  0.104, // rule:clause
  0.147, // rule:lead-in
  0.3, // rule:other
  0.074, // previous speaker
  -0.27, // sentence subject
  -0.799, // nearest name
  -0.059, // pronoun
  -0.233, // possessive pronoun
  -0.526, // paragraph first
  -0.452, // next name
  1.136, // finders
  -0.452, // after quote
  0.121, // log distance
  -0.674, // sentences between
  0.705, // same sentence
  -0.853, // previous paragraph
  0.053, // is pronoun
  -0.053, // lower case
  -0.222, // possessive
  0.122, // subject position
  -0.375, // after preposition
  -0.037, // opens sentence
  -0.588, // clause breaks between
  0.116, // two capitalised words
  0.173, // description
  0.216, // spoke before
  0.137, // last speaker
  0.028, // quote opens paragraph
  0.447, // log quote words
  0.185, // previous quote near
  0.364, // last speaker x previous quote near
];

/** The least probability the chosen speaker needs; below it the quote stays unattributed (right − 0.5·wrong at its best on train). */
export const SPEAKER_THRESHOLD = 0.2;
