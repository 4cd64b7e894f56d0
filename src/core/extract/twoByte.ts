/**
 * Windows in their draft's string representation. V8 compiles a regular
 * expression to machine code once for each representation of the strings it
 * runs on: Latin-1 text (one byte a character) and the rest (two bytes). A
 * draft with curly quotes is two-byte and so are the windows sliced from it,
 * but a window rebuilt of Latin-1 pieces only (an earlier “quote” blanked to
 * "#…#. ") was one-byte, and its first search compiled each large attribution
 * pattern a second time (~35 ms a process on the 1 MB draft). Such windows
 * are handed on two-byte; a Latin-1 draft's windows stay one-byte (two-byte
 * code runs its \p{L} classes slower on them).
 */

/** A character outside Latin-1: a string holding it is two-byte. */
const WIDE = '\u0100';

/** The same text held two-byte (a string of one or two characters excepted: V8 keeps those one-byte whatever they are made from). */
export function twoByte(text: string): string {
  // (a slice of a two-byte string is two-byte: a view of it from 13 characters, a two-byte copy below)
  return text.length < 3 ? text : (WIDE + text).slice(1);
}

/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[^\0-\xff]/;

/** `made`, two-byte when the window it was made from holds a character beyond Latin-1 (and so is two-byte). */
export function keepWidth(made: string, from: string): string {
  return BEYOND_LATIN1.test(from) ? twoByte(made) : made;
}

/** Whether a window of `length` characters is long enough to be searched: shorter ones are one-byte and no attribution pattern matches them. */
export function searchable(length: number): boolean {
  return length >= 3;
}
