/**
 * Finds registry names and aliases in prose: one compiled pattern per
 * lexicon (cached), longest names first, whole words only, any case.
 */
import type { KnownSource, KnownSpeaker, Lexicon } from './model.ts';
import { stripTitles } from './grammar.ts';

/** A lexicon name found in the text. */
export interface LexiconHit {
  start: number;
  end: number;
  text: string;
}

/** Compiled finders for one lexicon. */
export interface LexiconMatcher {
  speakers(text: string): LexiconHit[];
  sources(text: string): LexiconHit[];
  /** The speaker a written name denotes: as written, without titles, or by surname. */
  speaker(name: string): KnownSpeaker | undefined;
  source(alias: string): KnownSource | undefined;
}

const cache = new WeakMap<Lexicon, LexiconMatcher>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

function finder(names: Iterable<string>): (text: string) => LexiconHit[] {
  const list = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  if (!list.length) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const hits: LexiconHit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return hits;
  };
}

/** The matcher for a lexicon (built once per lexicon object). */
export function matcherFor(lexicon: Lexicon): LexiconMatcher {
  let m = cache.get(lexicon);
  if (!m) {
    const speakers = finder(lexicon.speakerNames());
    const sources = finder(lexicon.sourceAliases());
    const known = new Map<string, KnownSpeaker | undefined>();
    const sourceKnown = new Map<string, KnownSource | undefined>();
    m = {
      speakers,
      sources,
      speaker: (name) => {
        if (known.has(name)) return known.get(name);
        const bare = stripTitles(name.trim());
        const surname = bare.split(/\s+/).filter((w) => !/^(?:Jr\.|Sr\.|III|II|IV)$/.test(w)).pop() ?? bare;
        const found = lexicon.lookupSpeaker(name) ?? lexicon.lookupSpeaker(bare) ?? lexicon.lookupSpeaker(surname);
        if (known.size > 10_000) known.clear();
        // a copy: `name` is a slice of the draft and would keep the whole draft's text alive after it closes
        known.set((' ' + name).slice(1), found);
        return found;
      },
      source: (alias) => {
        if (sourceKnown.has(alias)) return sourceKnown.get(alias);
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
  speaker: () => undefined,
  source: () => undefined,
};
