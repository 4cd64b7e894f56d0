/**
 * What a word is when quotes are matched to sources, shared by the tokeniser
 * that keeps offsets (normalize.ts `words`) and the one that builds the index
 * (match/wordKeys.ts `indexWords`), so the two always agree. In scripts
 * written without spaces between words each character is a word: Han,
 * Hiragana, Katakana and Hangul syllables one by one, Thai, Lao, Khmer and
 * Myanmar letters each with their vowel and tone marks. Character words make
 * a quote cut anywhere line up with its source word for word, which a
 * dictionary segmenter (Intl.Segmenter) does not: on invented Japanese,
 * Chinese and Thai sentences, 10 %, 5 % and 71 % of quotes cut between two
 * characters segmented differently alone than inside the sentence.
 */

/** Letters and digits that are each one word (with ー and 々, which these scripts share). */
const CHARACTER_WORDS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';
/** Scripts whose letters carry vowel and tone marks: each letter with its marks is one word. */
const CLUSTER_WORDS = '\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
/**
 * What stays with the letter before it: combining marks (so that NFC, which
 * reorders and joins marks, never moves one into another word), and for
 * Hangul the vowel and final jamo that NFC joins to the letter (ᄒ ᅡ ᆫ → 한).
 */
const AFTER_LETTER = '[\\p{M}\\u1160-\\u11FF\\uD7B0-\\uD7FF]*';
/** A run of letters, marks and digits of the spaced scripts (Latin, Greek, Cyrillic, Arabic, Devanagari …); ʼ is a letter to Unicode but an apostrophe here. */
const RUN = `[[\\p{L}\\p{M}\\p{N}]--[[\\p{L}\\p{N}]&&[${CHARACTER_WORDS}${CLUSTER_WORDS}]]--[\u02BC]]+`;

/**
 * The source of the word pattern (flags 'gv'): an [insertion] of up to 200
 * characters, an ellipsis, a character word, or a run of letters joined by
 * apostrophes (' ’ ‘ ʼ ′ `) into one word (don't).
 */
export const WORD_PATTERN = [
  '\\[[^\\]\\n]{0,200}\\]',
  '\\.\\.\\.',
  '\u2026',
  `[[\\p{L}\\p{N}]&&[${CHARACTER_WORDS}${CLUSTER_WORDS}]]${AFTER_LETTER}`,
  `${RUN}(?:['\u2019\u2018\u02BC\u2032\`]${RUN})*`,
].join('|');

/** Whether a word (as `WORD_PATTERN` reads it) is a single character of a script written without spaces. */
export const CHARACTER_WORD = new RegExp(`^[[\\p{L}\\p{N}]&&[${CHARACTER_WORDS}${CLUSTER_WORDS}]]`, 'v');
