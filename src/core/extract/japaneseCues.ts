/**
 * Attribution in Japanese copy, which the Latin-script patterns cannot read:
 * the cue follows the quote (「…」と述べた, と語った …) and the speaker is the
 * topic or subject of the sentence before it, up to は or が
 * (田中花子市長は記者団に「…」と述べた → 田中花子市長).
 */
import type { TextSpan } from '../types.ts';

/** A cue right after a closing bracket: と and a verb of saying. */
const CUE_AFTER = /^\s*(と(?:述べた|述べ|語った|語り|話した|話し|言った|説明した|強調した|指摘した|明かした|発表した|書いた|主張した|答えた|表示した|表示し|表明した|表明し))/u;

/** Where a sentence (or the run of text before a quote) starts: after 。！？, a line break or a closing bracket. */
const SENTENCE_START = /[。！？\n」』]/u;

/** The speaker (topic or subject before は / が) and cue of a quote in Japanese copy, or undefined. */
export function japaneseAttribution(masked: string, outerStart: number, outerEnd: number, blockStart: number, blockEnd: number): { speaker: TextSpan; cue: TextSpan } | undefined {
  const cue = CUE_AFTER.exec(masked.slice(outerEnd, Math.min(blockEnd, outerEnd + 16)));
  if (!cue) return undefined;
  let from = outerStart;
  while (from > blockStart && outerStart - from < 80 && !SENTENCE_START.test(masked[from - 1])) from--;
  const before = masked.slice(from, outerStart);
  const topic = /^(?:[^は が、]*、)?\s*([^\sは が、。「」]{1,24}?)(?:は|が)/u.exec(before);
  if (!topic) return undefined;
  const speakerAt = from + topic[0].length - 1 - topic[1].length;
  const cueAt = outerEnd + cue[0].length - cue[1].length;
  return { speaker: { text: topic[1], start: speakerAt, end: speakerAt + topic[1].length }, cue: { text: cue[1], start: cueAt, end: cueAt + cue[1].length } };
}
