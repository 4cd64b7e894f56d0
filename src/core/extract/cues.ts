/**
 * Attribution cues anywhere in prose, not only next to quotations: a cue
 * verb right after something that can be a source ("officials said", "the
 * senator, a Democrat, told"), "according to", reporting words, verbs of
 * showing after records ("polls show"), participles of saying ("…, insisting"),
 * verbs of believing after who holds the view ("Democrats fear") and colons
 * that introduce quoted words; none inside quotations. Reported by `extract`
 * when asked, for measuring attribution cues on annotated news.
 */
import type { Span, TextSpan } from '../types.ts';
import { firstFrom } from '../sorted.ts';
import { CUE } from './grammar.ts';
import { GERUND_CUE } from './patterns.ts';

/**
 * A pattern for any of `words` (a regular-expression alternation) right
 * after what `before` matches; the look-ahead lets the look-behind be tried
 * only where one of the words starts, not at every character of a long draft.
 */
function after(before: string, words: string, flags: string): RegExp {
  return new RegExp(`\\b(?=(?:${words})\\b)(?<=${before})(?:${words})\\b`, flags);
}

/** A cue after a capitalised word, a pronoun or a person-like noun, possibly past an apposition. */
const INDIRECT_CUE = new RegExp(
  `${after(
    `\\b(?:\\p{Lu}[\\p{L}’'-]+|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|\\p{Ll}+(?:man|woman|men|ers|or|ors|ist|ists|ent|ents|ion|ions|paper|agency|ment|ments|ee|ees))(?:,[^,.\\n]{1,60},)?\\s+(?:(?:also|later|has|had|have|would|will)\\s+)?`,
    CUE,
    'u',
  ).source}|\\b[Aa]ccording\\s+to\\b`,
  'gu',
);

/**
 * Reporting words that are cues wherever they stand in news prose: on
 * PolNeAR train each of them is part of an annotated cue at least 55% of the
 * times it occurs ("said" 92%, "noting" 95%, "called" 57%).
 */
const REPORTING_WORDS = [
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'asked', 'saying', 'added', 'adding', 'noted', 'noting', 'announced',
  'suggested', 'argued', 'arguing', 'tweeted', 'described', 'declined', 'accused', 'criticized', 'declared', 'responded',
  'acknowledged', 'expressed', 'cited', 'citing', 'stated', 'defended', 'referring\\s+to', 'concluded', 'praised', 'urged',
  'vowed', 'recalled', 'claimed', 'warned', 'promised', 'explained', 'endorsed', 'refused', 'revealed', 'calling', 'telling',
  'insisted', 'insists', 'contended', 'predicted', 'reiterated', 'emphasized', 'stressed', 'lamented', 'complained',
  'conceded', 'pointed', 'pledged', 'testified', 'confirmed', 'denied', 'admitted', 'called', 'showed', 'seemed', 'expected',
  'appears', 'offered', 'agreed', 'reported',
];
const REPORTING = new RegExp(`\\b(?:${REPORTING_WORDS.join('|')})\\b`, 'giu');

/** Records and research that can stand as a source: "the poll", "campaign finance records", "a new study". */
const EVIDENCE_NOUNS = [
  'polls?', 'surveys?', 'stud(?:y|ies)', 'records?', 'reports?', 'data', 'analys[ie]s', 'research', 'figures', 'numbers',
  'results', 'documents?', 'filings?', 'e-?mails?', 'statistics', 'estimates?', 'findings', 'investigations?', 'audits?',
  'reviews?', 'projections?', 'forecasts?', 'evidence', 'tests?',
];

/** Verbs by which records and research attribute: "polls show", "the study found", "the data suggest". */
const EVIDENTIAL_VERBS = [
  'show', 'shows', 'showed', 'showing', 'find', 'finds', 'found', 'suggest', 'suggests', 'suggested', 'suggesting',
  'indicate', 'indicates', 'indicated', 'indicating', 'reveal', 'reveals', 'revealed', 'conclude', 'concludes',
  'concluded', 'estimate', 'estimates', 'estimated', 'predict', 'predicts', 'predicted', 'confirm', 'confirms', 'confirmed',
];

/** An evidential verb right after a record or study, possibly past an apposition or an adverb: "recent polls have consistently shown". */
const EVIDENCE_CUE = after(
  `\\b(?:${EVIDENCE_NOUNS.join('|')})(?:,[^,.\\n]{1,60},)?\\s+(?:(?:also|now|still|all|both|consistently|repeatedly|generally|previously|recently)\\s+)?`,
  EVIDENTIAL_VERBS.join('|'),
  'giu',
);

/** Participles of saying beyond the gerunds the speaker finder knows: "…, acknowledging", "…, criticizing". */
const MORE_SAYING_PARTICIPLES = [
  'announcing', 'acknowledging', 'admitting', 'denying', 'confirming', 'revealing', 'complaining', 'conceding',
  'contending', 'charging', 'praising', 'criticizing', 'blaming', 'dismissing', 'questioning', 'lamenting', 'boasting',
  'bragging', 'reiterating', 'echoing', 'asserting', 'alleging', 'maintaining', 'emphasizing', 'stressing', 'pledging',
  'threatening', 'demanding', 'reminding', 'declining', 'rejecting', 'defending', 'mocking', 'touting',
];

/** Words after which an -ing form names an act ("for criticizing", "the questioning") instead of reporting one. */
const BEFORE_NOMINAL_GERUND = [
  'the', 'a', 'an', 'for', 'of', 'from', 'on', 'than', 'with', 'without', 'since', 'over', 'about', 'into', 'against',
  'toward', 'towards', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'any', 'no', 'this', 'that', 'these',
  'those', 'whose',
];

/** Every participle of saying, as a regular-expression alternation. */
const SAYING_PARTICIPLE_WORDS = `${GERUND_CUE}|${MORE_SAYING_PARTICIPLES.join('|')}`;

/** A participle of saying that reports, as in "…, saying", "while insisting", "Trump, questioning": not one named as an act. */
const SAYING_PARTICIPLE = new RegExp(
  `\\b(?=(?:${SAYING_PARTICIPLE_WORDS})\\b)(?<!\\b(?:${BEFORE_NOMINAL_GERUND.join('|')})\\s+)(?:${SAYING_PARTICIPLE_WORDS})\\b`,
  'giu',
);

/** Verbs that attribute a view to their subject: of saying (bare forms), believing, seeming and taking a stand. */
const ATTITUDE_VERBS = [
  'say', 'argue', 'argues', 'insist', 'suggest', 'agree', 'agrees', 'disagree', 'disagrees', 'predict', 'warn',
  'acknowledge', 'concede', 'deny', 'denies', 'admit', 'claim', 'contend', 'think', 'thinks', 'believe', 'believes',
  'believed', 'expect', 'expects', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'doubt', 'doubts', 'doubted',
  'worry', 'worries', 'worried', 'see', 'sees', 'feel', 'feels', 'felt', 'know', 'knows', 'suspect', 'suspects',
  'suspected', 'assume', 'assumes', 'wonder', 'wonders', 'wondered', 'seem', 'seems', 'appear', 'appeared', 'rejected',
  'blamed', 'dismissed', 'questioned', 'attacked', 'proposed', 'sought',
];

/** Capitalised words that start clauses without naming anyone: "It seems", "What appears". */
const NOT_SUBJECTS = ['It', 'There', 'This', 'That', 'These', 'Those', 'What', 'Which', 'So', 'But', 'And', 'Or', 'Yet', 'Let', 'You', 'I', 'We', 'They', 'He', 'She'];

/** Lower-case words in -s that are no plural nouns: "he always thinks", "she has felt". */
const NOT_PLURALS = ['was', 'has', 'does', 'is', 'his', 'its', 'this', 'thus', 'yes', 'as', 'less', 'always', 'perhaps', 'sometimes', 'whereas', 'unless', 'besides', 'nevertheless', 'afterwards'];

/**
 * Who can hold a view: a name (no possessive), a plural noun ("aides",
 * "economists"), a count or share ("five", "52 percent") or "who".
 */
const VIEW_HOLDER = `(?:(?!(?:${NOT_SUBJECTS.join('|')})\\b)\\p{Lu}[\\p{L}-]*|(?!(?:${NOT_PLURALS.join('|')})\\b)\\p{Ll}[\\p{L}-]*[^\\Wsu]s|\\d[\\d.,]*%?|percent|who)`;

/** Words that may stand between the holder of a view and its verb: "voters still believe", "aides do not expect". */
const BEFORE_ATTITUDE = `(?:also|still|now|clearly|really|genuinely|strongly|firmly|privately|publicly|apparently|reportedly|openly|already|often|generally|largely|mostly|increasingly|overwhelmingly|do|does|did|don['’]t|doesn['’]t|didn['’]t|not|never)`;

/** A verb of saying, believing or seeming right after who holds the view: "aides say", "Democrats fear", "five believe". */
const ATTITUDE_CUE = after(`\\b${VIEW_HOLDER}\\s+(?:${BEFORE_ATTITUDE}\\s+){0,2}`, ATTITUDE_VERBS.join('|'), 'gu');

/** A speaker's label opening a line, up to five capitalised words: "Sanders", "CNN President On Trump" (headlines, transcripts). */
const SPEAKER_LABEL = `^[ \\t]*\\p{Lu}[\\p{L}.’'-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}.’'-]*|of|the|on|and|&)){0,4}[ \\t]*`;

/** A colon that introduces quoted words: after a speaker's label ("Kasich: We will go on"), or before a quotation mark. */
const QUOTING_COLON = new RegExp(`(?=:)(?:(?<=${SPEAKER_LABEL}):(?=[ \\t]+\\S)|(?<=[\\p{L}.)][ \\t]*):(?=[ \\t]*["“'‘]))`, 'gmu');

/** The patterns whose matches are cues, the most telling first: it keeps a place where two overlap. */
const CUE_PATTERNS = [INDIRECT_CUE, EVIDENCE_CUE, REPORTING, SAYING_PARTICIPLE, ATTITUDE_CUE, QUOTING_COLON];

/** What may stand between a cue word and the colon that belongs to it: "said: “…”", "said : “…”". */
const BETWEEN_CUE_AND_COLON = /^[ \t]{0,2}$/;

/**
 * Every attribution cue in a masked text, in order, as the patterns find
 * them, except inside the `quoted` words (sorted by start): a cue there
 * belongs to the quoted words, not to the reporter's attribution.
 */
export function findCues(masked: string, quoted: readonly Span[]): TextSpan[] {
  const isQuoted = (at: number) => {
    const k = firstFrom(quoted, at + 1) - 1;
    return k >= 0 && quoted[k].end > at;
  };
  return allCues(masked).filter((cue) => !isQuoted(cue.start));
}

/** Every cue any pattern finds, quoted or not, in order; where two overlap, the one of the earlier pattern. */
function allCues(masked: string): TextSpan[] {
  const found: { span: TextSpan; rank: number }[] = [];
  CUE_PATTERNS.forEach((pattern, rank) => {
    for (const m of masked.matchAll(pattern)) found.push({ span: { text: m[0], start: m.index, end: m.index + m[0].length }, rank });
  });
  found.sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
  const out: TextSpan[] = [];
  for (const { span } of found) {
    const last = out[out.length - 1];
    if (last && last.end > span.start) continue;
    // (a colon right after a cue word is part of that cue, no cue of its own)
    if (last && span.text === ':' && span.start - last.end <= 2 && BETWEEN_CUE_AND_COLON.test(masked.slice(last.end, span.start))) continue;
    out.push(span);
  }
  return out;
}
