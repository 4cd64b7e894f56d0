/**
 * Stage 4, cues: the poll behind a share of respondents. "In a new Harbour
 * Institute poll, 42 percent of voters said the levy was “…”" — the cue's
 * subject is the share, but the words are the poll's finding: the poll that
 * names the share in the same sentence is the source.
 */
import { SENTENCE_END } from './grammar.ts';

/** A share of people as a speaker: "42 percent of voters", "31% of Republicans", "six in 10 voters", "a majority of members". */
const SHARE = /^(?:(?:only|just|about|nearly|almost|roughly|some|more\s+than|fewer\s+than|less\s+than|an?\s+average\s+of)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)|(?:a|the)\s+(?:slim\s+|narrow\s+|large\s+)?(?:majority|minority|plurality)|half)(?![\p{L}\p{N}])/iu;

/**
 * A poll, survey or study named by a determiner and up to six words ("a
 * national CNN/ORC poll", "The Q poll", "a new survey by the institute").
 */
const POLL = /(?<![\p{L}\p{N}])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\p{L}\p{N}'’./&-]+\s+){0,6}?(?:poll|survey|study)(?![\p{L}\p{N}])/gu;

/** The end of a sentence in the text before a speaker. */
const LAST_SENTENCE_END = new RegExp(`${SENTENCE_END}["”’)]?\\s+`, 'gu');

/**
 * The poll a share speaks for: `speaker` is the cue's subject, `before` the
 * text that precedes it; the last poll named in its sentence before it, as
 * its text and offset in `before`, or undefined when the speaker is no share
 * or the sentence names no poll.
 */
export function pollOfShare(before: string, speaker: string): { text: string; at: number } | undefined {
  if (!SHARE.test(speaker)) return undefined;
  let from = 0;
  LAST_SENTENCE_END.lastIndex = 0;
  for (let m = LAST_SENTENCE_END.exec(before); m; m = LAST_SENTENCE_END.exec(before)) from = m.index + m[0].length;
  let found: { text: string; at: number } | undefined;
  POLL.lastIndex = from;
  for (let m = POLL.exec(before); m; m = POLL.exec(before)) found = { text: m[0], at: m.index };
  return found;
}
