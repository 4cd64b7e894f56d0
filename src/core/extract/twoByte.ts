/**
 * Windows in one string representation. V8 compiles a regular expression to
 * machine code once for each representation of the strings it runs on: Latin-1
 * text (one byte a character) and the rest (two bytes). A draft with curly
 * quotes is two-byte, but a window built only of Latin-1 pieces (an earlier
 * quote blanked to "#…#. ", a registry-less window of an ASCII draft) is
 * one-byte, and its first search compiled each large attribution pattern a
 * second time (~35 ms a process on the 1 MB draft). Windows read by the
 * patterns are handed on two-byte, so each pattern is compiled once.
 */

/** A character outside Latin-1: a string holding it is two-byte. */
const WIDE = '\u0100';

/** The same text held two-byte (a string of one or two characters excepted: V8 keeps those one-byte whatever they are made from). */
export function twoByte(text: string): string {
  // (a slice of a two-byte string is two-byte: a view of it from 13 characters, a two-byte copy below)
  return text.length < 3 ? text : (WIDE + text).slice(1);
}

/** Whether a window of `length` characters is long enough to be searched: shorter ones are one-byte and no attribution pattern matches them. */
export function searchable(length: number): boolean {
  return length >= 3;
}
