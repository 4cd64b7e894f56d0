/**
 * Attribution patterns for windows of text without astral characters. V8
 * compiles each `\p{L}` (`\p{Lu}`, `\p{Ll}`, `\p{N}`) of a pattern on its own,
 * looking the property up and building code for the surrogate pairs of its
 * astral letters: the attribution patterns hold 700 of them, most of the
 * ~270 ms a process spent compiling those patterns. On a string with no
 * surrogate, a class of the property's characters below U+10000 matches
 * exactly where the property does; such a class, written out as the
 * characters themselves, compiles in a fraction of the time. The classes are
 * read off the running engine's own `\p{…}`, so that they are its Unicode version's.
 * Written out, the patterns are longer than the 20 KB of source past which V8
 * compiles a pattern without its optimisations, and they run several times
 * slower than the full ones: they read only the first windows of a process
 * (patterns.ts, NARROW_WINDOWS).
 */

/** The property escapes written out: those the attribution patterns use. */
const NARROWED = /\\p\{(L|Lu|Ll|N)\}|\\.|\[|\]/g;

/** A surrogate code unit: a string holding one has an astral character (or a lone surrogate). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether the patterns for text without astral characters read `text` as the full ones do: it holds no surrogate. */
export function isNarrow(text: string): boolean {
  return !SURROGATE.test(text);
}

/** Class bodies by property name, made once. */
const bodies = new Map<string, string>();

/** Every character below U+10000 but the surrogates, in order (made once, when first needed). */
let bmp: string | undefined;

function bmpCharacters(): string {
  if (bmp === undefined) {
    const parts: string[] = [];
    const codes: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      codes.push(c);
      if (codes.length === 4096) parts.push(String.fromCharCode(...codes.splice(0)));
    }
    parts.push(String.fromCharCode(...codes));
    bmp = parts.join('');
  }
  return bmp;
}

/** A character as a class member: itself, escaped where a class would read it as syntax. */
function member(code: number): string {
  const c = String.fromCharCode(code);
  return c === '\\' || c === ']' || c === '[' || c === '^' || c === '-' ? `\\${c}` : c;
}

/** The members of a class (no brackets) of the characters below U+10000 that have property `name`. */
export function bmpClassBody(name: string): string {
  let body = bodies.get(name);
  if (body === undefined) {
    const all = bmpCharacters();
    // (the text skips the surrogates: from U+E000 on, a character's code is its index plus their 2,048)
    const code = (index: number) => (index < 0xd800 ? index : index + 0x800);
    body = '';
    for (const run of all.matchAll(new RegExp(`\\p{${name}}+`, 'gu'))) {
      const first = code(run.index);
      const last = code(run.index + run[0].length - 1);
      body += last === first ? member(first) : last === first + 1 ? member(first) + member(last) : `${member(first)}-${member(last)}`;
    }
    bodies.set(name, body);
  }
  return body;
}

/**
 * `source` (a pattern with the `u` flag) with each `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}`
 * written out as its characters below U+10000: on text without astral characters it
 * matches exactly where `source` does. (A property escape may stand inside a class or alone.)
 */
export function narrowSource(source: string): string {
  let inClass = false;
  return source.replace(NARROWED, (token, name: string | undefined) => {
    if (name !== undefined) return inClass ? bmpClassBody(name) : `[${bmpClassBody(name)}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}
