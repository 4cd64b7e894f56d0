/**
 * Finds registry names and aliases in prose through one name dictionary per
 * lexicon (built once, cached): whole words only, longest first, any case.
 */
import type { KnownSource, KnownSpeaker, Lexicon } from './model.ts';
import { stripTitles } from './grammar.ts';
import { NameDictionary, SOURCE_ALIAS, SPEAKER_NAME } from './nameDictionary.ts';
import { maskNames } from './standIns.ts';
import type { LexiconMatcher } from './stageTypes.ts';

const cache = new WeakMap<Lexicon, LexiconMatcher>();

/** The matcher for a lexicon (built once per lexicon object). */
export function matcherFor(lexicon: Lexicon): LexiconMatcher {
  let m = cache.get(lexicon);
  if (!m) {
    const dictionary = new NameDictionary();
    for (const name of lexicon.speakerNames()) dictionary.add(name, SPEAKER_NAME);
    for (const alias of lexicon.sourceAliases()) dictionary.add(alias, SOURCE_ALIAS);
    const known = new Map<string, KnownSpeaker | undefined>();
    const sourceKnown = new Map<string, KnownSource | undefined>();
    // the last window masked and its masked text: a quote's windows after it are often one text twice (the rest of its sentence is what follows it)
    let lastWindow: string | undefined;
    let lastMasked = '';
    m = {
      speakers: (text) => dictionary.find(text, 'speaker'),
      sources: (text) => dictionary.find(text, 'source'),
      names: (text) => dictionary.findSpeakersAndSources(text),
      masked: (text) => {
        if (text !== lastWindow) {
          lastMasked = maskNames(text, dictionary.find(text, 'exact'));
          lastWindow = text;
        }
        return lastMasked;
      },
      speaker: (name) => {
        // (one lookup for a name known to be a speaker's, the most looked up)
        const seen = known.get(name);
        if (seen !== undefined || known.has(name)) return seen;
        const bare = stripTitles(name.trim());
        const surname = bare.split(/\s+/).filter((w) => !/^(?:Jr\.|Sr\.|III|II|IV)$/.test(w)).pop() ?? bare;
        const found = lexicon.lookupSpeaker(name) ?? lexicon.lookupSpeaker(bare) ?? lexicon.lookupSpeaker(surname);
        if (known.size > 10_000) known.clear();
        // a copy: `name` is a slice of the draft and would keep the whole draft's text alive after it closes
        known.set((' ' + name).slice(1), found);
        return found;
      },
      source: (alias) => {
        const seen = sourceKnown.get(alias);
        if (seen !== undefined || sourceKnown.has(alias)) return seen;
        const found = lexicon.lookupSource(alias);
        if (sourceKnown.size > 10_000) sourceKnown.clear();
        sourceKnown.set((' ' + alias).slice(1), found);
        return found;
      },
    };
    cache.set(lexicon, m);
  }
  return m;
}

/** A matcher that knows no names. */
export const EMPTY_MATCHER: LexiconMatcher = {
  speakers: () => [],
  sources: () => [],
  names: () => ({ speakers: [], sources: [] }),
  masked: (text) => maskNames(text, []),
  speaker: () => undefined,
  source: () => undefined,
};
