/**
 * The attribution patterns: regular expressions built from the grammar,
 * compiled once for every lexicon. Registry names reach them only as
 * stand-ins (standIns.ts), never as pattern text.
 */
import { ABBREV_DOT, ADVERB, BARE_DESCRIPTION, CUE, DESCRIPTION, DETERMINER, IN_SENTENCE, NAME, PRONOUN_SOURCE, SENTENCE_END, SHARE_SOURCE, SPOKEN_CUE, JUDGING_CUE } from './grammar.ts';
import { isNarrow, narrowSource } from './narrowClasses.ts';
import { KNOWN_NAME } from './standIns.ts';

/** The compiled attribution patterns, and the registry names of one lexicon as stand-ins. */
export interface AttributionPatterns {
  /** A window as the patterns read it: the lexicon's names masked by stand-ins (same offsets). */
  standIns(window: string): string;
  /**
   * These patterns, or the same ones for text without astral characters when `text` (a window of a draft
   * `draftLength` long) has none, for the first NARROW_WINDOWS windows of a process and no LONG_DRAFT (they compile several times faster: narrowClasses.ts).
   */
  forText(text: string, draftLength?: number): AttributionPatterns;
  after: RegExp[];
  before: RegExp[];
  /** The subject at the start of the sentence holding the quote, when no cue names a speaker. */
  subject: RegExp;
  /** A relative clause the quote sits in, with no comma before it: “… Ervin, who thinks the staff “need to …”” */
  relative: RegExp;
  /** A name closing a sentence with a colon before the quote: "… surprise pollster Daron Shaw: “…”" */
  colonName: RegExp;
  /** The subject of the last clause a conjunction opens before the quote: "Clinton backed the deal, although she said she had “…”". */
  clauseSubject: RegExp;
  /** The first name or description in the sentence before the quote: the last resort. */
  first: RegExp;
  /** A whole sentence of attribution after a quote that closes its own: “… the end.” Esper said. */
  closed: RegExp;
  /** A relay after an attribution: “…,” Sanders said, according to CNN. */
  relayed: RegExp;
  /** An attribution closing the sentence a partial quote sits in. */
  sentenceEnd: RegExp[];
  /** A source closing the sentence a partial quote sits in: “…” are up, according to the poll. */
  accordingEnd: RegExp;
  /** A speaker in a "with" clause before the quote: "…, with Sen. Ann Roe calling it “…”". */
  withGerund: RegExp;
  /** A gerund clause with its own subject before the quote: "…, Ryan saying he was “…” and Trump calling it “…”". */
  absolute: RegExp;
  /** The asker of a passive question before the quote: "Rubio was asked by moderator Ann Roe whether “…”". */
  askedBy: RegExp;
  /** The agent right after a quote that a passive naming verb before it holds: "… has been called “…” by Ann Roe, a historian". */
  namedBy: RegExp;
  /** A possessive before a noun of saying that holds the quote: "Trump’s claim that there have been “…”". */
  saying: RegExp;
  /** An inverted attribution set off by commas in the quote's sentence: "The paradox, says Carl Roe, a historian, is that “…”". */
  inverted: RegExp;
}

/** One character inside a sentence that may run over a line break. */
const IN_SENTENCE_NL = `(?:[^.!?"“”«»]|${ABBREV_DOT})`;
/** Where a sentence starts: the window's start, after a sentence end or colon, or a line break. */
const SENTENCE_START = `(?:^|(?:${SENTENCE_END}|:)["”’]?\\s+|\\n\\s*)`;
/** Cues that make a sentence of their own after a quote: “…” Esper said. */
const CLOSING_CUE = '(?:said|says|added|adds|wrote|writes|tweeted|explained|continued|noted|recalled|told reporters)';
/** Cues in a "with" clause: "with Trump calling it …". */
/** Cues in the plain form, after a plural speaker right after a quote: “…,” the Saudis state. */
const PLURAL_CUE = '\\b(?:state|conclude|write|add|note|argue|explain|insist|warn|claim|tell|recall|contend|assert|suggest|predict|agree|acknowledge|admit|complain|point\\s+out|maintain|observe|reply|respond|concede|caution)\\b';
/** A cue word after a space anywhere in a text: what the cue-last `after` pattern needs, a cheap test that spares it. */
export const AFTER_CUE_NEEDS = new RegExp(`\\s(?:${SPOKEN_CUE}|${PLURAL_CUE})`, 'u');
/** A lower-case role before a name: "campaign manager Jeff Weaver". */
const ROLE_NAME = `(?:[a-z][\\p{L}-]*\\s+){1,4}?${NAME}`;
/** Present forms of cues that stand only inverted right after a quote: "“…,” agrees Ann Roe" (before one, "Japan agrees to" is no cue). */
const INVERTED_PRESENT = '\\b(?:agrees|disagrees|cautions|complains|asserts|observes|emphasizes|exclaims|confirms|retorts|scoffs|chides|pleads)\\b';
/** Gerunds of saying: "with Trump calling it …". */
export const GERUND_CUE = '(?:saying|calling|telling|tweeting|writing|noting|arguing|adding|warning|describing|claiming|declaring|insisting|suggesting|predicting|asking|urging|promising|vowing|accusing|dubbing|labeling|yelling|shouting|chanting|responding|replying|explaining|stating|joking|quipping|remarking|recalling|tweeting|posting|pointing\\s+out)';
/** A judging verb whose own clause holds the quote: not one a participle of saying follows ("defended the plan, saying, “…”" is the participle's). */
const JUDGED_HERE = `${JUDGING_CUE}(?!${IN_SENTENCE_NL}*?,\\s+${GERUND_CUE}\\b)`;
const cache = new WeakMap<(window: string) => string, AttributionPatterns>();
/** One character of an apposition: no comma, quote mark, line break or sentence end ("Calif.," is no end). */
const APPOSED = `(?:(?!${SENTENCE_END}\\s)[^,"“”«»\\n])`;
const APPOSITION = `(?:,\\s${APPOSED}{1,90}(?:,\\s${APPOSED}{1,60}){0,3},)?`;
/** An apposition after a name that runs into the cue without a closing comma: "Nate Silver, the polling guru who founded the site tweeted". */
const OPEN_APPOSITION = `(?:,\\s(?:the|a|an)\\s${APPOSED}{1,90}?(?=\\s+(?:${SPOKEN_CUE})))?`;
/** Opening quote marks: the window after a quote stops at the next one. */
export const OPENERS = /["“«„»「『‹‚]/;
/**
 * Right after a quote, any short phrase before a cue is its speaker: "…,"
 * Republican National Committee chairman Reince Priebus said; "…," the investor said.
 */
const ROLE_PHRASE = `(?!(?:When|After|Before|As|In|On|At|Since|While|If|Though|Although|Because|Some|Many|According|Despite|Amid|During|Until|Once|Unless|From|With|For|By|Of|To|And|But|Or|So|Yet|Still|Then|Also|Now|Meanwhile|However|Later|Earlier|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|Ever|Even)\\b)(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\\s+(?:[\\p{L}\\p{N}'’.()&$-]+(?<=\\p{Ll}),?\\s+(?=\\p{Ll}|\\d)|[\\p{L}\\p{N}'’.()&$-]+\\s+){0,7}?[\\p{L}\\p{N}'’.()&$-]+|(?:[\\p{L}\\p{N}'’.()&$-]+\\s+){0,6}?\\p{Lu}[\\p{L}\\p{N}'’.()&$-]*(?:\\s\\(\\p{Lu}[\\w.\\- ]{0,20}\\))?|(?=\\p{Lu})(?:[\\p{L}\\p{N}'’.()&$-]+\\s+){1,6}?[\\p{L}\\p{N}'’.()&$-]+,\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'’.-]*(?=,\\s))`;
/** A word of a speaker phrase, and one that is capitalised: "council", "leader", "Ann". */
const PHRASE_WORD = `[\\p{L}\\p{N}'’.()&-]+`;
const CAPITALISED_WORD = `\\p{Lu}[\\p{L}\\p{N}'’.()&-]*`;
/** Two speakers joined by "and" right after a quote, each a role and a name: "council leader Ann Roe and harbour master Bo Li". */
const SPEAKER_PAIR = `(?!(?:When|After|Before|As|In|On|At|Since|While|If|Because|And|But|Or|So)\\b)(?:${PHRASE_WORD}\\s+){0,4}?${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*\\s+and\\s+(?:${PHRASE_WORD}\\s+){0,4}?${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`;
/** Words that end a determiner-led subject phrase: prepositions and verbs ("The lack of …", "The talks will …"). */
const NOT_IN_SUBJECT = '(?:of|for|to|in|on|at|with|by|from|about|being|will|would|could|can|may|might|should|must|is|are|was|were|be|been|has|have|had)\\b';
/** Nouns of saying whose possessor is the speaker of what they hold: "Trump’s claim that …". */
export const SAYING_NOUN = '(?:claim|claims|assertion|remark|remarks|statement|comment|comments|words|pledge|promise|vow|warning|insistence|contention|argument|suggestion|accusation|quip|boast|prediction|response|reply|retort|message|tweet|description|characterization|assessment)';
/** Cues of an inverted attribution set off by commas: "…, says Carl Roe, a historian, …". */
export const INVERTED_CUE = 'says|said|writes|wrote|notes|noted|adds|added|argues|argued|explains|explained|insists|insisted|recalls|recalled|observes|observed';
/** A lone capitalised -ing word opens a clause ("Reprising one of her lines, …"); it names nobody. */
export const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
/** A document relayed by someone: "a letter seen by Reuters", "a memo obtained by AP". */
const RELAY = `(?:\\s+(?:seen|obtained|reviewed|sent|signed|written|published|released|issued|quoted|cited)\\s+by\\s+[^,.!?"“”«»\\n]{1,60}?)?`;

/** A capitalised word of a name after "the": no possessive ("the Post’s Ann Roe" is Ann Roe), no sentence's period. */
const THE_NAME_WORD = `\\p{Lu}(?:[\\p{L}&-]|['’](?!s(?!\\p{L}))|\\.(?=\\p{L}))*(?!['’.]?\\p{L})`;
/** A name after "the": a paper, an agency, a party ("the Chicago Tribune", "the Associated Press"). */
const THE_NAME = `[Tt]he\\s+(?:${THE_NAME_WORD}\\s+){0,3}${THE_NAME_WORD}(?!['’])`;

/** The body a speaker speaks for, after the name: "Ann Roe of the Harbour Institute for Coastal Studies" (not part of the name the registry is asked about). */
const AFFILIATION = `(?:\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:for|of|and|on|the)\\s+){0,2}\\p{Lu}[\\p{L}'’&-]*){0,7})?`;

/** Conjunctions that open a clause with a subject of its own. */
const CLAUSE_OPENER = '(?:and|but|although|though|while|whereas|as|yet)';
/** A finite verb after a clause's subject: an -s or -ed form, an auxiliary or a common irregular past. */
const CLAUSE_VERB = '(?:[a-z]{2,}(?:s|ed)|is|are|was|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|made|said|told|gave|took|got|went|came|saw|thought|felt|kept|left|put|ran|wrote|spoke|knew|found|heard|meant|held|brought|began|sent)\\b';

/** The patterns, each made by `make` from its source and flags. */
function compile(make: (source: string, flags: string) => RegExp): Compiled {
  const speakerAlternatives = `${KNOWN_NAME}|${DESCRIPTION}|${PRONOUN_SOURCE}|${SHARE_SOURCE}|${NAME}|${THE_NAME}`;
  const speaker = `(${speakerAlternatives})`;
  return {
    after: [
      make(`^[\\s,;:\\u2014\\u2013-]*(${SPOKEN_CUE}|${INVERTED_PRESENT})\\s+(${speakerAlternatives}|(?:[a-z][\\p{L}-]*\\s+){1,4}?${NAME}|${DETERMINER}\\s+[^,.!?"“”«»\\n]{1,40}?(?=[,.!?;]|$|\\s+(?:who|that|of|from|at|in|with)\\b)|(?:[Aa]nother|[Oo]ne)(?=\\s*[,.!?;]|$)|[\\p{Lu}\\d][^,.!?"“”«»\\n]{0,60}?(?=\\s*(?:[,;]|${SENTENCE_END})|$))`, 'u'),
      make(`^[\\s,;:\\u2014\\u2013-]*(${speakerAlternatives}|${ROLE_PHRASE}|${BARE_DESCRIPTION}|${SPEAKER_PAIR})${RELAY}${AFFILIATION}(?:${APPOSITION}|${OPEN_APPOSITION}),?${ADVERB}\\s+(?![Aa]ccording\\s)(${SPOKEN_CUE}|${PLURAL_CUE})`, 'u'),
      // “…,” Trump barked: any verb right after a name that follows a quote is its attribution
      make(`^[\\s,;:\\u2014\\u2013-]*${speaker}${APPOSITION}${ADVERB}\\s+([a-z]{3,}(?:ed|es|s))\\b`, 'u'),
      // “…,” as Cruz said on the radio: a clause with "as" that names the speaker
      make(`^[\\s,;:\\u2014\\u2013-]*as\\s+(${speakerAlternatives}|(?=\\p{Lu})(?:[\\p{L}\\p{N}'’.()&-]+\\s+){0,4}?[\\p{L}\\p{N}'’.()&-]+)${ADVERB}\\s+(${CUE})`, 'u'),
    ],
    closed: make(`^\\s+(?:${speaker}\\s+(${CLOSING_CUE})|(${CLOSING_CUE})\\s+${speaker})\\s*[.]`, 'du'),
    relayed: make(`^${IN_SENTENCE}{0,80}?(?:,\\s+|\\s+(?=[Aa]ccording\\s))([Aa]ccording\\s+to|reports|reported)\\s+(${speakerAlternatives}|${DETERMINER}\\s+${IN_SENTENCE}{1,50}?|\\p{Lu}${IN_SENTENCE}{0,40}?|(?<=ccording\\s+to\\s+)\\p{Ll}${IN_SENTENCE}{2,60}?)(?=\\s*(?:[,;]|${SENTENCE_END})|$)`, 'du'),
    sentenceEnd: [
      // a partial quote inside a sentence that ends “…, DFA spokesman Neil Sroka said.”
      make(`^${IN_SENTENCE}*?,\\s+(${speakerAlternatives}|(?=\\p{Lu})${ROLE_PHRASE})${APPOSITION}${ADVERB}\\s+(${SPOKEN_CUE})${IN_SENTENCE}{0,60}?(?:${SENTENCE_END}|,\\s+\\p{Ll}+ing\\s)`, 'du'),
      make(`^${IN_SENTENCE}*?,\\s+(${SPOKEN_CUE})\\s+${speaker}${IN_SENTENCE}{0,200}?${SENTENCE_END}`, 'du'),
    ],
    accordingEnd: make(`^${IN_SENTENCE}*?,\\s+([Aa]ccording\\s+to)\\s+(${speakerAlternatives}|${ROLE_NAME}|\\p{Lu}${IN_SENTENCE}{0,40}?)(?=\\s*(?:[,;]|${SENTENCE_END})|$)`, 'du'),
    askedBy: make(`\\b(?:was|were|been|being|is|are)\\s+(asked|questioned|pressed)\\s+by\\s+(${speakerAlternatives}|${ROLE_NAME}|${BARE_DESCRIPTION})${IN_SENTENCE_NL}{0,160}$`, 'du'),
    namedBy: make(`^,?\\s+by\\s+(${speakerAlternatives}|${ROLE_NAME}|${BARE_DESCRIPTION}|${DETERMINER}\\s+[^,.!?"“”«»\\n]{1,40}?(?=[,.!?;]|$|\\s+(?:who|that|of|from|at|in|with|on|for|and)\\b))`, 'du'),
    saying: make(`(?<![\\p{L}])(${KNOWN_NAME}|${NAME})['’]s?\\s+(?:[a-z][\\p{L}-]*\\s+){0,2}?(?:${SAYING_NOUN})(?:\\s+(?:that|of)\\b${IN_SENTENCE}{0,80})$`, 'du'),
    inverted: make(`(?<=[\\p{L}\\p{N})]),\\s+(${INVERTED_CUE})\\s+(${speakerAlternatives})${APPOSITION},${IN_SENTENCE_NL}{0,180}$`, 'du'),
    absolute: make(`^[\\s\\S]*(?:[,;\\u2013\\u2014]|\\band)\\s+(${speakerAlternatives})(?:\\s+[a-z]+ly)?\\s+(${GERUND_CUE})\\b${IN_SENTENCE_NL}{0,140}$`, 'du'),
    withGerund: make(`\\b[Ww]ith\\s+(${speakerAlternatives}|(?:[\\p{L}\\p{N}'’.-]+\\s+){0,6}?[\\p{L}\\p{N}'’.-]+)(?:\\s+[a-z]+ly)?\\s+(${GERUND_CUE})\\b${IN_SENTENCE_NL}{0,140}$`, 'du'),
    before: [
      // (not "In a statement, Brian Fallon … said": a document after "in" is where, not who)
      make(`(?<!\\b[Ii]n\\s)(${speakerAlternatives}|(?<=^|${SENTENCE_END}\\s+|\\n)${ROLE_PHRASE}|(?<=,\\s|\\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Uu]ntil|and|but|[Bb]ecause|[Ww]here)\\s)${DETERMINER}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?!(?:were|was|is|are|be|been|being|has|have|had|will|would|could|should|may|might|must)\\b)\\p{Ll}[\\p{L}-]*(?=,?${ADVERB}\\s+(?:${CUE}))|(?<![\\p{L}-]\\s)(?<=\\s)${BARE_DESCRIPTION})${RELAY}${APPOSITION},?${ADVERB}\\s+(${SPOKEN_CUE}|${JUDGED_HERE})${IN_SENTENCE_NL}{0,180}$`, 'gu'),
      make(`\\b([Aa]ccording\\s+to)\\s+(${speakerAlternatives}|${ROLE_NAME})${IN_SENTENCE_NL}{0,200}$`, 'gu'),
      make(`(?:^|\\n|${SENTENCE_END}\\s+|\\s[-\\u2013\\u2014]\\s+)${speaker}\\s*:\\s*$`, 'gu'),
      // a relative clause: “… Obama, who called the nominee “unfit to serve””
      // (not one whose "who" is the object: "Trump, who he blasted as “…”")
      make(`,\\s+(who)\\s+(?:(?!(?:he|she|they|we|I|you)\\s)[a-z0-9][\\w’'-]*\\s+){0,3}?(${CUE})\\b${IN_SENTENCE_NL}{0,140}$`, 'gu'),
    ],
    clauseSubject: make(`^[\\s\\S]*(?:,\\s+|\\s[\\u2014\\u2013]\\s*)${CLAUSE_OPENER}\\s+(${KNOWN_NAME}|${DESCRIPTION}|${PRONOUN_SOURCE}|${NAME})(?<!['’]s?)(?=${ADVERB}\\s+${CLAUSE_VERB})${IN_SENTENCE_NL}*$`, 'du'),
    first: make(`${SENTENCE_START}${IN_SENTENCE}*?\\b(?!\\p{Lu}\\p{Ll}*(?:an|ese|ic|ish)\\s+\\p{Ll})(${KNOWN_NAME}|${DESCRIPTION}|${NAME}|\\b[Ww]ho\\b)${IN_SENTENCE}*$`, 'du'),
    colonName: make(`(?<=\\s)(?<!\\b(?:to|on|in|at|with|by|for|of|about|into|against)\\s)(${KNOWN_NAME}|${NAME}(?:\\s+and\\s+${NAME})?)\\s*:\\s*$`, 'du'),
    relative: make(`\\b(who)\\s+(?:(?:also|has|had|have|is|was|would|will|[a-z]\\w*ly)\\s+)?(?:${CUE}|[a-z]{3,}(?:s|ed))\\b[^,.!?"“”«»\\n]{0,160}$`, 'du'),
    subject: make(`${SENTENCE_START}(?:(?:And|But|So|Then|Later|Earlier|Still|Yet|Now|Meanwhile|However|Hours later|On \\w+)[,\\s]+|${IN_SENTENCE}{1,200}[,\\u2014\\u2013]\\s+)?(${speakerAlternatives}|(?<=^|${SENTENCE_END}\\s+|\\n)(?:The|Their|His|Her|Its)\\s+(?:(?!${NOT_IN_SUBJECT})[\\p{L}'’-]+\\s+){0,2}?(?!${NOT_IN_SUBJECT})\\p{Ll}[\\p{L}-]*(?=\\s+(?:(?:also|has|had|then|later)\\s+)?\\p{Ll}{2,}(?:s|ed)\\b))${APPOSITION}(?=(?<=\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I))['’](?:s|d|ll|ve|re|m)\\s+[a-z]{2,}\\b|\\s+(?:(?:also|later|then|has|had|have|is|was|would|will|[a-z]\\w*ly)\\s+)?(?!(?:of|and|or|the|a|an|in|on|at|to|for|with|from|by|as|than|that|which|who|whose|said)\\b)[a-z]{2,}\\b)${IN_SENTENCE_NL}*$`, 'du'),
  };
}

/** The patterns without their lexicon. */
type Compiled = Omit<AttributionPatterns, 'standIns' | 'forText'>;

let compiled: Compiled | undefined;
/** The same patterns for text without astral characters (narrowClasses.ts), made when first needed. */
let narrowed: Compiled | undefined;

/**
 * How many windows without astral characters the narrow patterns read in a process before the full ones
 * read them too. The narrow ones compile faster (~0.8 G instructions less on news) but, past the 20 KB of
 * source beyond which V8 compiles a pattern without its optimisations, run several times slower (~0.8 M
 * instructions more a window): a short draft is read by them alone; a folder of drafts or a session of
 * the server by the full ones once this many windows have been read. Either reads a window alike.
 */
export const NARROW_WINDOWS = 500;
/** A draft this long (characters) has more windows than NARROW_WINDOWS: the full patterns read it from its first. */
export const LONG_DRAFT = 250_000;
let narrowWindows = 0;

/** Tells the patterns a process is about to read drafts of `characters` in all: at LONG_DRAFT or more, the full patterns read every window from the first (the CLI over a folder of drafts). */
export function expectDrafts(characters: number): void {
  if (characters >= LONG_DRAFT) narrowWindows = NARROW_WINDOWS;
}

/** The attribution patterns with a lexicon's names as stand-ins (its matcher's `masked`); the patterns are compiled once, for all lexicons. */
export function patternsFor(standIns: (window: string) => string): AttributionPatterns {
  let p = cache.get(standIns);
  if (!p) {
    let narrow: AttributionPatterns | undefined;
    const forText = (text: string, draftLength = 0): AttributionPatterns => {
      expectDrafts(draftLength);
      if (narrowWindows >= NARROW_WINDOWS || !isNarrow(text)) return full;
      narrowWindows++;
      return (narrow ??= { ...(narrowed ??= compile((source, flags) => new RegExp(narrowSource(source), flags))), standIns, forText });
    };
    const full: AttributionPatterns = { ...(compiled ??= compile((source, flags) => new RegExp(source, flags))), standIns, forText };
    p = full;
    cache.set(standIns, p);
  }
  return p;
}
