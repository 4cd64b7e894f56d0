/**
 * Tells titles (of shows, books, campaigns) and other quoted names apart from
 * quotations: “Meet the Press”, “Orange is the New Black”, “Growth and
 * Opportunity Project”; and scare quotes, a phrase in marks that qualifies
 * a noun (the “establishment” candidate); and the words before a quote that
 * name it as an utterance (chants of “…”).
 */
import type { RawQuote } from './stageTypes.ts';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'is', 'from', 'as', 'vs', 'the', 'de', 'la', 'para']);
/**
 * Words before a quote that introduce a title rather than speech: a possessive or preposition
 * (ABC’s, on), the kind of work it names (the podcast, a web ad, the medical drama), and who
 * heard the words ("told", "an interview with": the show, not the words).
 */
const TITLE_INTRO = /(?:['’]s|\bon|\bof|\bin|\bthe|\btitled|\bentitled|\bdubbed|\bnamed|\bshow|\bprogram|\bseries|\bfilm|\bmovie|\bbook|\bmemoir|\bdocumentary|\bbiopic|\bnovel|\bsong|\balbum|\bplay|\bcalled|\bhost|\bpodcast|\bdrama|\bthriller|\bsitcom|\bmusical|\bcomedy|\bclassic|\bad|\bspot|\bvideo|\bcolumn|\bop-ed|\beditorial|\bessay|\banthem|\bnewsletter|\bblog|\bmagazine|\btold|\bwith)[,:]?\s*$/i;

/**
 * True when the quoted words read as a title: short, Title Case, no sentence punctuation but a
 * final comma (a title in a list or an apposition: “Low Tide,” and “Night Ward,”);
 * `endPunctuation` also allows a final period.
 */
export function isTitleLike(quoted: string, endPunctuation = false): boolean {
  let text = quoted.trim().replace(endPunctuation ? /[.,]$/ : /,$/, '');
  if (/[.!?,;:]["”’]?$/.test(text) || /[.!?;]\s/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  let capitals = 0;
  let counted = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
  }
  return counted === 0 || capitals / counted >= 0.75;
}

/** True when the text just before a quote introduces a title ("on ABC’s", "host of"). */
export function introducesTitle(before: string): boolean {
  // (searched from where a match can start: its word, eleven letters at most and no space, and a comma or colon before the closing spaces)
  TITLE_INTRO_FROM.lastIndex = Math.max(0, spacesStart(before, before.length) - 12);
  return TITLE_INTRO_FROM.test(before);
}

/** TITLE_INTRO and UTTERANCE_BEFORE as global patterns, searched from an offset. */
const TITLE_INTRO_FROM = new RegExp(TITLE_INTRO.source, `${TITLE_INTRO.flags}g`);

/** Where the run of white space (as `\s` reads it) ending at `end` starts. */
function spacesStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}

/** An article or demonstrative just before a quote: the words in marks stand inside a noun phrase (a possessive, “Roe’s”, “his”, would make them someone's). */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?<!\bas\s+)(?:the|a|an|this|that|these|those)\s+$/iu;
/** An article, then one or two lower-case words (its adjectives: the earlier, an unaligned, a short-lived), just before a quote; the words are captured. */
const ARTICLE_AND_ADJECTIVES_BEFORE = /(?<![\p{L}\p{N}])(?<!\bas\s+)(?:the|an?)\s+(\p{Ll}[\p{Ll}-]*)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?$/iu;
/** Words after a quote that do not make it a modifier: function words, verbs of being and having, pronouns. */
const NOT_A_HEAD = new Set([
  'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'for', 'of', 'as', 'by', 'from', 'with', 'into', 'onto', 'than', 'over',
  'since', 'after', 'before', 'while', 'when', 'if', 'because', 'about', 'against', 'under', 'during', 'without', 'through',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'would', 'will', 'could', 'can', 'may', 'might', 'should',
  'must', 'did', 'does', 'do', 'that', 'which', 'who', 'whom', 'whose', 'where', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
  'so', 'then', 'too', 'also', 'not', 'now', 'here', 'there', 'yet', 'even', 'just', 'only',
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
]);
/** Words of speech or of a stance taken in words, beyond the cue verbs: a short quote in their sentence may be someone's words. */
const SPEECH_WORDS = /\b(?:call(?:s|ed|ing)?|sa(?:y|ys|ying|id)|describ(?:e|es|ed|ing)|referr?(?:s|ed|ing)?|term(?:s|ed)?|brand(?:s|ed|ing)?|label(?:s|ed|led|ing)?|dub(?:s|bed)?|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|decr(?:y|ies|ied)|derid(?:e|es|ed)|denounc(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|herald(?:s|ed)?|not(?:e|es|ed|ing)|coin(?:s|ed)|phrase|slogan|words?|argu(?:e|es|ed|ing)|insist(?:s|ed|ing)?|claim(?:s|ed|ing)?|urg(?:e|es|ed|ing)|tell(?:s|ing)?|told|ask(?:s|ed|ing)?|warn(?:s|ed|ing)?|predict(?:s|ed|ing)?|suggest(?:s|ed|ing)?|prais(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|echo(?:es|ed|ing)?|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|declar(?:e|es|ed|ing)|lament(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)\b/i;

/**
 * True when a short quote stands as a modifier inside a noun phrase — after an
 * article (and maybe its adjectives) and before the noun it qualifies (the
 * “establishment” candidate, a “unity” lunch, the earlier “undercard” debate)
 * — in a sentence (`sentence`, the quote left out) with no word of speech: a
 * scare quote, not someone's words.
 */
export function isQuotedModifier(masked: string, q: RawQuote, sentence: string): boolean {
  if (q.parts.length !== 1 || !insideNounPhrase(masked.slice(Math.max(0, q.outer.start - 40), q.outer.start))) return false;
  if (/[.,;:!?]$/.test(masked.slice(q.parts[0].start, q.parts[0].end))) return false;
  const head = /^[ \u00A0\n]+(\p{Ll}[\p{Ll}-]*)\b/u.exec(masked.slice(q.outer.end, q.outer.end + 30));
  return !!head && !NOT_A_HEAD.has(head[1]) && !SPEECH_WORDS.test(sentence);
}

/** Whether the text before a quote ends in an article or demonstrative, or in an article and adjectives (not function words: "the plan that they"). */
function insideNounPhrase(before: string): boolean {
  if (DETERMINER_BEFORE.test(before)) return true;
  const m = ARTICLE_AND_ADJECTIVES_BEFORE.exec(before);
  return !!m && !NOT_A_HEAD.has(m[1].toLowerCase()) && !(m[2] && NOT_A_HEAD.has(m[2].toLowerCase()));
}

/** Words right before a quote that name an utterance as such: chants of “…”, a sign reading “…”, the phrase “…”, the slogan “…”. */
const UTTERANCE_BEFORE = /(?<![\p{L}-])(?:chant(?:s|ed|ing)?|cr(?:y|ies|ied)|calls|shouts?|shouted|shouting|chorus|reading|read|reads|saying|slogan|motto|mantra|catchphrase|phrase|words?|term|hashtag)(?:\s+of)?[,:]?\s*$/iu;

/** True when the text just before a quote names what follows as words said or written ("chanting", "the slogan", "a sign reading"). */
export function introducesWords(before: string): boolean {
  // (searched from where a match can start: its word, eleven letters at most, before a comma or colon, or before spaces and "of", and the closing spaces)
  let end = spacesStart(before, before.length);
  if (end > 0 && (before[end - 1] === ',' || before[end - 1] === ':')) end--;
  if (end > 2 && before.slice(end - 2, end).toLowerCase() === 'of') end = Math.min(end, spacesStart(before, end - 2));
  UTTERANCE_BEFORE_FROM.lastIndex = Math.max(0, end - 11);
  return UTTERANCE_BEFORE_FROM.test(before);
}
const UTTERANCE_BEFORE_FROM = new RegExp(UTTERANCE_BEFORE.source, `${UTTERANCE_BEFORE.flags}g`);
