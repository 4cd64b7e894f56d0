/**
 * Tells titles (of shows, books, campaigns) and other quoted names apart from
 * quotations: “Meet the Press”, “Orange is the New Black”, “Growth and
 * Opportunity Project”.
 */

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'is', 'from', 'as', 'vs', 'the', 'de', 'la', 'para']);
/** Words before a quote that introduce a title rather than speech. */
const TITLE_INTRO = /(?:['’]s|\bon|\bof|\bin|\bthe|\btitled|\bentitled|\bdubbed|\bnamed|\bshow|\bprogram|\bseries|\bfilm|\bmovie|\bbook|\bmemoir|\bdocumentary|\bbiopic|\bnovel|\bsong|\balbum|\bplay|\bcalled|\bhost)[,:]?\s*$/i;

/** True when the quoted words read as a title: short, Title Case, no sentence punctuation (`endPunctuation` allows a final . or ,). */
export function isTitleLike(quoted: string, endPunctuation = false): boolean {
  let text = quoted.trim();
  if (endPunctuation) text = text.replace(/[.,]$/, '');
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
  return TITLE_INTRO.test(before);
}
