/**
 * The character classes shared by the one-pass tokenisers of source texts
 * (wordKeys.ts hashes words, sourceWords.ts slices them): which characters
 * the pass knows, which join or make words, and where an [insertion] ends.
 * Text with any other character goes through the reference tokenisers.
 */

/** The ASCII apostrophe, which typographic apostrophes become. */
export const APOSTROPHE = 0x27;

/** Non-ASCII characters the fast pass knows: apostrophes (→ '), the ellipsis, and separators. */
const KNOWN_NON_ASCII: Record<number, 'apostrophe' | 'ellipsis' | 'separator'> = {
  0x2018: 'apostrophe', 0x2019: 'apostrophe', 0x02bc: 'apostrophe', 0x2032: 'apostrophe',
  0x2026: 'ellipsis',
  0x201c: 'separator', 0x201d: 'separator', 0x00ab: 'separator', 0x00bb: 'separator',
  0x2013: 'separator', 0x2014: 'separator', 0x00a0: 'separator',
};

/** Whether every character of `text` is one the fast pass knows (ASCII or KNOWN_NON_ASCII). */
export function fastPassKnows(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && KNOWN_NON_ASCII[c] === undefined) return false;
  }
  return true;
}

/** 0 = separator, 1 = ASCII letter or digit, 2 = apostrophe (' ` ‘ ’ ʼ ′), for a character code. */
export function charKind(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return 1;
  if (c === APOSTROPHE || c === 0x60) return 2;
  if (c < 0x80) return 0;
  return KNOWN_NON_ASCII[c] === 'apostrophe' ? 2 : 0;
}

/** Where an [insertion] opening at `i` ends (after its `]`: up to 200 characters other than ] and a line break), or -1 when none does. */
export function insertionEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && j - i - 1 <= 200 && text.charCodeAt(j) !== 0x5d && text.charCodeAt(j) !== 10) j++;
  return j < n && text.charCodeAt(j) === 0x5d && j - i - 1 <= 200 ? j + 1 : -1;
}
