/**
 * Registry names as the attribution patterns read them: each name found in a
 * window is replaced, in a copy, by a stand-in of the same length that the
 * generic patterns take as one known name (KNOWN_NAME) or, failing that, as
 * one capitalised word of a NAME ("Donald Trump Jr." when only "Donald Trump"
 * is registered). Offsets do not move, so what the patterns capture is read
 * back from the original window.
 */
import { CUE, ENDS_IN_SPEAKER_NOUN, NAME } from './grammar.ts';
import type { DictionaryHit } from './nameDictionary.ts';

/** The letter a stand-in is made of after its capital: lower case, and in no language's ordinary prose (Latin small letter omega). */
const FILL = '\uA7B7';
const FILL_ANYWHERE = new RegExp(FILL, 'g');

/** A registry name masked by its stand-in (needs the `u` flag). */
export const KNOWN_NAME = `[Qq]${FILL}+(?![\\p{L}])`;

/** A name NAME takes from its start: its stand-in opens with a capital, so NAME may go on past it ("Donald Trump Jr."); others (the Pentagon, police, 3M) open with a small q. */
const STARTS_NAME = new RegExp(`^(?:${NAME})`, 'u');
/** A name that is one cue ("Will", "calls"): left as written, so the patterns still read the cue. */
const IS_CUE = new RegExp(`^(?:${CUE})$`, 'u');

/** Names the patterns find as written: cues, and names ending in a speaker noun (the Pentagon, Washington Post, police), which the descriptions take ("the Washington Post"). */
function asWritten(name: string): boolean {
  return IS_CUE.test(name) || ENDS_IN_SPEAKER_NOUN.test(name);
}

/** How names are masked, by their text as written: the capital of their stand-in, or '' for a name left as written (a window holds the same names again and again). */
const standInCapitals = new Map<string, string>();

/** The capital a name's stand-in opens with ('Q' or 'q'), or '' for a name the patterns find as written. */
function standInCapital(name: string): string {
  let capital = standInCapitals.get(name);
  if (capital === undefined) {
    capital = asWritten(name) ? '' : STARTS_NAME.test(name) ? 'Q' : 'q';
    if (standInCapitals.size > 10_000) standInCapitals.clear();
    // (a copy: `name` is a slice of the draft and would keep the whole draft's text alive)
    standInCapitals.set((' ' + name).slice(1), capital);
  }
  return capital;
}

/** The window with every hit replaced by its stand-in; a fill letter already in the window becomes an x, so no text passes for a name. */
export function maskNames(window: string, hits: readonly DictionaryHit[]): string {
  const text = window.includes(FILL) ? window.replace(FILL_ANYWHERE, 'x') : window;
  if (!hits.length) return text;
  let out = '';
  let done = 0;
  for (const hit of hits) {
    const capital = standInCapital(hit.text);
    if (!capital) continue;
    out += text.slice(done, hit.start) + capital + FILL.repeat(hit.end - hit.start - 1);
    done = hit.end;
  }
  return out + text.slice(done);
}
