/**
 * Finds who a quote is attributed to and by which cue: after the quote
 * ("…," said Milley / "…," Milley said) or before it (Milley said: "…",
 * according to Reuters, "…"; PENCE: "…").
 */
import type { TextSpan } from '../types.ts';
import { clausesOf, laterClauseAfterSubject, nearestClauseSubject, nearestSubject } from './clauseSubjects.ts';
import { CUE, PLURAL_SPEAKER_NOUN, SENTENCE_END } from './grammar.ts';
import { AFTER_CUE_NEEDS, GERUND, GERUND_CUE, OPENERS, SAYING_NOUN, type AttributionPatterns } from './patterns.ts';
import type { RawAttribution, RawQuote } from './stageTypes.ts';
import { ANY_CUE, beforeCue, PRONOUN_WORD, REPORTED_PRONOUN } from './beforeCues.ts';
import { refineCued } from './cueRefinements.ts';
import { namedOwner, possessiveSpeaker } from './possessiveSpeakers.ts';
import { relativeSpeaker } from './relativeSpeakers.ts';
import { CROSSES_SENTENCE, HIDDEN, hideQuotes, lastSentenceOf, lastWordChar, prefix, restoreText, span, type Window } from './windowText.ts';
import { searchable } from './twoByte.ts';
import { execFromTail } from './sentenceTail.ts';

/** Lower-case speakers that need no separator after the quote: pronouns and descriptions. */
const LOWER_SPEAKER = /^(?:he|she|they|it|we|the|a|an|one|another|this|that|his|her|their|its)\b/;

/** The text before a quote that opens its sentence: nothing, a sentence end or a colon. */
const OPENS_OWN_SENTENCE = new RegExp(`(?:^|(?:${SENTENCE_END}|:)["”’]?)\\s*$`, 'u');

/** Lower-case words that open a clause, not a speaker phrase. */
const CLAUSE_START = /^(?:that|but|and|or|as|when|while|if|because|since|so|although|though|until|after|before)\s/;

/** How far around a quote an attribution is looked for. */
const AFTER = 160;
const BEFORE = 260;

/** Finds the speaker and cue of one quote within its paragraph(s). */
export function attribute(masked: string, quote: RawQuote, blockStart: number, blockEnd: number, patterns: AttributionPatterns): RawAttribution {
  return placeAttribution(attributeAround(masked, quote, blockStart, blockEnd, patterns), quote);
}

/** An attribution found by attributeAround placed in the draft, beside its quote. */
export function placeAttribution(found: RawAttribution, quote: RawQuote): RawAttribution {
  // window-relative offsets: negative = in the text before the quote (from its start), else after its end
  const place = (s: TextSpan | null): TextSpan | null =>
    s && { text: s.text, start: s.start < 0 ? quote.outer.start + s.start : quote.outer.end + s.start, end: (s.start < 0 ? quote.outer.start + s.start : quote.outer.end + s.start) + s.text.length };
  return { speaker: place(found.speaker), cue: place(found.cue), ...(found.weak ? { weak: true } : {}), rule: found.rule };
}

/** The attribution around one quote, in window-relative offsets: the same wherever its paragraph stands in the draft (what a memo may keep). */
export function attributeAround(masked: string, quote: RawQuote, blockStart: number, blockEnd: number, all: AttributionPatterns): RawAttribution {
  const from = Math.max(blockStart, quote.outer.start - BEFORE);
  const restEnd = Math.min(blockEnd, quote.outer.end + AFTER + 140);
  // (the patterns that compile faster, for windows without astral characters)
  const patterns = all.forText(masked.slice(from, restEnd), masked.length);
  // after the quote, up to the next quote mark or the end of the paragraph
  let afterEnd = Math.min(blockEnd, quote.outer.end + AFTER);
  // (one search of the stretch, not a pattern per character)
  const opener = quote.outer.end + 2 < afterEnd ? masked.slice(quote.outer.end + 2, afterEnd).search(OPENERS) : -1;
  if (opener >= 0) afterEnd = quote.outer.end + 2 + opener;
  // a quote closing its sentence (“… the end.” Next …) takes no attribution from what follows,
  // unless a question or exclamation runs on in lower case (“… why?” he asked)
  const lastPart = quote.parts[quote.parts.length - 1];
  const last = lastPart ? lastWordChar(masked, lastPart) : '';
  const closes = last === '.';
  const after = masked.slice(quote.outer.end, afterEnd);
  const original = masked.slice(from, quote.outer.start);
  const before = hideQuotes(original);
  if (closes && searchable(after.length)) {
    // …unless the next sentence is nothing but the attribution: “… the end.” Esper said.
    const m = patterns.closed.exec(patterns.standIns(after));
    if (m?.indices) {
      const [sp, cu] = m[1] ? [1, 2] : [4, 3];
      const written = (k: number) => span(after.slice(m.indices![k][0], m.indices![k][1]), m.indices![k][0]);
      return { speaker: written(sp), cue: written(cu), rule: 'closed' };
    }
  }
  const separated = /[,?!\u2014\u2013-]/.test(last) || /^["”’»]?\s*[,;:\u2014\u2013-]/.test(after);
  // the rest of the sentence, past any later quotes in it, for an attribution that closes it
  const restOriginal = closes ? '' : masked.slice(quote.outer.end, restEnd);
  const rest = hideQuotes(restOriginal);
  const read = (text: string): Window => ({ read: patterns.standIns(text), text });
  const found = restoreText(attributeWindows(read(before), read(closes ? '' : after), patterns, separated, read(rest), last === '?' || last === '!', opener >= 0), original, restOriginal);
  // a subject found only past an earlier quote, with no cue, is a guess: “…” and “…”
  if (found.rule === 'subject' && found.speaker && found.speaker.start < 0 && before !== original && /["“”]/.test(original.slice(original.length + found.speaker.end))) return { ...found, weak: true, rule: `${found.rule} past quote` };
  return found;
}


/**
 * The attribution in the text after and before a quote; offsets are relative:
 * into `after` (≥ 0), or from the end of `before` (< 0).
 */
function attributeWindows(before: Window, after: Window, patterns: AttributionPatterns, separated = true, rest = after, asks = false, quoteNext = false): RawAttribution {
  // a naming verb in the passive before the quote has its agent right after it: "… has been called “…” by Ann Roe, a historian"
  const naming = /^,?\s+by\s/.test(after.read) ? NAMING_PARTICIPLE.exec(before.read) : null;
  const agent = naming ? patterns.namedBy.exec(after.read) : null;
  if (naming && agent?.indices) return { speaker: span(agent[1], agent.indices[1][0]), cue: span(before.text.slice(naming.index, naming.index + naming[1].length), naming.index - before.read.length), rule: 'named by' };
  // a quote inside an opening subordinate clause with a cue of its own is that clause's, not the main clause's after it: "Though he said it found a “handful of names,” Roe said none were kept"
  const inOwnClause = before.read.length > 0 && SUBORDINATE_WITH_CUE.test(lastSentenceOf(before.read)) && beforeCue(before, patterns)?.rule === 'before0';
  // the text after the quote, then past later quotes (an apposition holding one: “…,” Bill Roe, wearing “Cruz” pins, said)
  after: for (const window of rest.read.length > after.read.length && /#/.test(rest.read.slice(after.read.length)) ? [after, rest] : [after])
  for (const re of searchable(window.read.length) && !inOwnClause ? patterns.after : []) {
    if (re === patterns.after[1] && !AFTER_CUE_NEEDS.test(window.read)) continue; // (it ends in a cue: spare it where none is)
    const m = re.exec(window.read);
    if (m) {
      const cueFirst = re === patterns.after[0];
      const cueText = cueFirst ? m[1] : m[m.length - 1];
      const speakerText = cueFirst ? m[2] : m[1];
      const cueAt = m.index + m[0].lastIndexOf(cueText, cueFirst ? m[0].length - speakerText.length : undefined);
      const speakerAt = m.index + (cueFirst ? m[0].length - speakerText.length : m[0].indexOf(speakerText));
      const speakerWritten = window.text.slice(speakerAt, speakerAt + speakerText.length);
      // a phrase running over a sentence end, or lower-case words straight after a quote, name nobody
      // (a mere verb after a name counts only when punctuation sets the quote off: “…,” Trump barked)
      if (CROSSES_SENTENCE.test(speakerWritten) || (!separated && !cueFirst && /^[a-z]/.test(speakerWritten) && !LOWER_SPEAKER.test(speakerWritten))) continue;
      // (a mere verb only after a quote that opens its sentence: in “…,” the crowd applauded, a partial quote ends a clause)
      if (re === patterns.after[2] && (!separated || !OPENS_OWN_SENTENCE.test(before.text))) continue;
      // (nor is a plural speaker noun a verb: in “…?” Several Republican leaders, including …, a sentence goes on)
      if (re === patterns.after[2] && PLURAL_SPEAKER_NOUN.test(cueText)) continue;
      // (after a question or exclamation a capitalised word may open the next sentence: a mere verb speaks only when nothing follows it, “…?” Roe pressed. — not “…?” Her critics cited it)
      if (re === patterns.after[2] && asks && /^\p{Lu}/u.test(speakerWritten) && !VERB_ENDS_ATTRIBUTION.test(window.read.slice(m.index + m[0].length))) continue;
      // (nor does a cue that reports a clause of its own: “…?” Roe conceded that the council …)
      if (asks && !cueFirst && /^\s+that\s/.test(window.read.slice(m.index + m[0].length))) continue;
      // an attribution that introduces the next quote is its, when a cue before this one reports it: When a man shouted, “…,” Roe joked, “…”
      if (quoteNext && before.read && window === after && INTRODUCES_NEXT.test(window.read.slice(m.index + m[0].length)) && !ANY_CUE.test(window.read.slice(m.index + m[0].length)) && ANY_CUE.test(lastSentenceOf(before.read)) && beforeCue(before, patterns)?.speaker) break after;
      // a clause after the quote names nobody: “…” that Sanders can catch up, “…” but Trump said
      if (CLAUSE_START.test(speakerWritten)) continue;
      // a verb that takes its object after a quote is no inverted cue: “…,” described the impact as “…” (its subject is the sentence's)
      if (cueFirst && (OBJECT_CUE.test(cueText) || ADDRESSEE_CUE.test(cueText))) continue;
      const relay = searchable(window.read.length - m.index - m[0].length) ? patterns.relayed.exec(window.read.slice(m.index + m[0].length)) : null;
      if (relay?.indices) {
        // the outlet that relays the words is their source: “…,” Sanders said, according to CNN
        const at = m.index + m[0].length;
        return { speaker: span(relay[2], at + relay.indices[2][0]), cue: span(relay[1], at + relay.indices[1][0]), rule: 'relayed' };
      }
      // a pronoun after the quote stands for the name that opens its sentence with a cue: "Roe said she felt … because “…,” she said"
      if (REPORTED_PRONOUN.test(speakerWritten.toLowerCase()) && before.text && ANY_CUE.test(lastSentenceOf(before.text))) {
        const named = beforeCue(before, patterns);
        const name = named?.rule === 'before0' && named.speaker && /^\p{Lu}/u.test(named.speaker.text) && !PRONOUN_WORD.test(named.speaker.text) ? named.speaker : null;
        // (in the quote's sentence, and not across a parenthetical dash: "Roe said … - “…,” she said - and …")
        if (named && name && !/[.!?]\s|\s[-\u2013\u2014]\s/.test(before.text.slice(before.text.length + name.start))) return { ...named, rule: 'after pronoun named' };
      }
      return { speaker: span(speakerText, speakerAt), cue: span(cueText, cueAt), rule: `after${patterns.after.indexOf(re)}` };
    }
  }
  // (no pattern matches an empty or tiny window, and running one on it would compile it for one-byte strings too: twoByte.ts)
  // (a question or exclamation before a capitalised word ended its sentence: “…?” Dalton Brody is a store, its website says)
  for (const re of searchable(rest.read.length) && !(asks && NEXT_SENTENCE.test(rest.read)) && !inOwnClause ? patterns.sentenceEnd : []) {
    const m = re.exec(rest.read);
    if (m?.indices?.[1] && m.indices[2]) {
      const cueFirst = re === patterns.sentenceEnd[1];
      // (whoever is told hears the words: “…,” Bo Li, an aide, told the Gazette)
      if (cueFirst && ADDRESSEE_CUE.test(m[1])) continue;
      const [sp, cu] = cueFirst ? [2, 1] : [1, 2];
      return { speaker: span(m[sp], m.indices[sp][0]), cue: span(m[cu], m.indices[cu][0]), rule: 'sentenceEnd' };
    }
  }
  const back = before.read.length;
  const written = (m: RegExpExecArray, k: number) => before.text.slice(m.indices![k][0], m.indices![k][1]);
  const cued = back ? beforeCue(before, patterns) : null;
  // the clause-subject stage: the sentence before the quote split into its clauses, once, on first use
  const clauses = clausesOf(before.read);
  // with no cue before it, a possessive before a noun of saying that holds the quote: "Roe seized on Trump’s claim that “…”"
  const saying = !cued && back && SAYING_NEEDS.test(before.read) ? patterns.saying.exec(before.read) : null;
  if (saying?.indices?.[1]) return { speaker: span(saying[1], saying.indices[1][0] - back), cue: null, rule: 'saying' };
  // or a possessive pronoun: "his call for “…”"
  const owner = !cued && back && /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s/.test(before.read) ? possessiveSpeaker(before.read) : undefined;
  // (the named subject whose words they are, when the pronoun is in its own clause: "Roe repeated his claim that “…”")
  const ownedBy = owner && searchable(before.read.length) ? namedOwner(before.read, owner.at, patterns.subject) : undefined;
  if (ownedBy) return { speaker: span(before.text.slice(ownedBy.at, ownedBy.at + ownedBy.length), ownedBy.at - back), cue: null, rule: 'possessive subject' };
  if (owner) return { speaker: span(owner.text, owner.at - back), cue: null, rule: 'possessive saying' };
  // a "with" clause of saying after the cue is nearer the quote: "…, the campaign denied it, with Roe telling reporters he saw it as “…”"
  const laterWith = cued?.cue && cued.rule === 'before0' && /\b[Ww]ith\s/.test(before.read) ? patterns.withGerund.exec(before.read) : null;
  if (laterWith?.indices && cued?.cue && laterWith.indices[1][0] - back > cued.cue.start) return { speaker: span(laterWith[1], laterWith.indices[1][0] - back), cue: span(laterWith[2], laterWith.indices[2][0] - back), rule: 'with after cue' };
  // a participle of saying right before the quote speaks with the subject of the clause it hangs on: "… even as he defended her, saying, “…”"
  const participle = cued?.speaker && cued.rule === 'before0' ? PARTICIPLE_BEFORE_QUOTE.exec(before.read) : null;
  if (participle && cued?.speaker) {
    const near = nearestClauseSubject(before.read.slice(0, participle.index));
    if (near && !GERUND.test(near.text) && near.at - back > cued.speaker.start) return { speaker: span(before.text.slice(near.at, near.at + near.text.length), near.at - back), cue: span(participle[1], participle.index + participle[0].indexOf(participle[1]) - back), rule: 'participle' };
  }
  if (cued) return cued.rule === 'before0' ? refineCued(before, cued, clauses, patterns) : cued;
  const according = rest.read && /ccording/.test(rest.read) && !(asks && NEXT_SENTENCE.test(rest.read)) ? patterns.accordingEnd.exec(rest.read) : null;
  if (according?.indices) return { speaker: span(according[2], according.indices[2][0]), cue: span(according[1], according.indices[1][0]), rule: 'accordingEnd' };
  if (!back) return { speaker: null, cue: null };
  const asked = /\sby\s/.test(before.read) ? patterns.askedBy.exec(before.read) : null;
  if (asked?.indices) return { speaker: span(asked[2], asked.indices[2][0] - back), cue: span(asked[1], asked.indices[1][0] - back), rule: 'askedBy' };
  const withClause = /\b[Ww]ith\s/.test(before.read) ? patterns.withGerund.exec(before.read) : null;
  if (withClause?.indices) return { speaker: span(withClause[1], withClause.indices[1][0] - back), cue: span(withClause[2], withClause.indices[2][0] - back), rule: 'with' };
  const absolute = GERUND_CUE_WORD.test(before.read) ? patterns.absolute.exec(before.read) : null;
  if (absolute?.indices && !PRONOUN_WORD.test(written(absolute, 1))) return { speaker: span(absolute[1], absolute.indices[1][0] - back), cue: span(absolute[2], absolute.indices[2][0] - back), rule: 'absolute' };
  const colon = /:\s*$/.test(before.read) ? patterns.colonName.exec(before.read) : null;
  if (colon?.indices?.[1]) return { speaker: span(colon[1], colon.indices[1][0] - back), cue: null, rule: 'colon' };
  const clauseOf = /\bwh(?:o|ich)\b/.test(before.read) ? relativeSpeaker(before.read) : undefined;
  if (clauseOf) return { speaker: span(clauseOf.text, clauseOf.at - back), cue: null, rule: 'relative clause' };
  const relative = /\bwho\b/.test(before.read) ? patterns.relative.exec(before.read) : null;
  if (relative?.indices?.[1]) return { speaker: span(relative[1], relative.indices[1][0] - back), cue: null, rule: 'relative' };
  // the subject of the nearest clause before the quote speaks in it: "Clinton backed the deal, although she said she had “…”"
  const clause = CLAUSE_NEEDS.test(before.read) ? patterns.clauseSubject.exec(before.read) : null;
  if (clause?.indices?.[1] && !GERUND.test(written(clause, 1)) && !OPENS_OWN_SENTENCE.test(before.text)) return { speaker: span(clause[1], clause.indices[1][0] - back), cue: null, rule: 'clause subject' };
  // or, before it, a later clause with a pronoun subject running up to the quote: "… and he has long faulted them for “…”"
  const clausal = clauses.pronounClause;
  if (clausal) return { speaker: span(clausal.text, clausal.at - back), cue: null, rule: 'clause pronoun' };
  const subject = searchable(before.read.length) ? execFromTail(patterns.subject, before.read, false) : null;
  // (not "It" as the dummy subject of "It is strange that …")
  if (subject?.indices?.[1] && !GERUND.test(written(subject, 1)) && !(written(subject, 1) === 'It' && DUMMY_IT.test(before.text.slice(subject.indices[1][1])))) {
    // a later clause joined to the sentence's has its own subject, a person, nearer the quote: "Cruz pledged …, and he has long used it to bludgeon them for “…”"
    const near = laterClauseAfterSubject(clauses, subject.indices[1][1]);
    if (near) return { speaker: span(before.text.slice(near.at, near.at + near.text.length), near.at - back), cue: null, rule: 'subject later clause' };
    return { speaker: span(subject[1], subject.indices[1][0] - back), cue: null, rule: 'subject' };
  }
  // with no subject opening the sentence, the subject of the clause the quote sits in, before the first name in it
  const near = nearestSubject(clauses);
  if (near && !GERUND.test(near.text)) return { speaker: span(before.text.slice(near.at, near.at + near.text.length), near.at - back), cue: null, weak: true, rule: 'nearest clause' };
  const first = execFromTail(patterns.first, before.read, false);
  if (first?.indices?.[1] && !GERUND.test(written(first, 1))) return { speaker: span(first[1], first.indices[1][0] - back), cue: null, weak: true, rule: 'first' };
  // a quote opening a sentence after one that names the speaker: "Bystrom agreed. “…”"
  const opens = OPENS_SENTENCE.exec(before.read);
  if (opens) {
    const previous = beforeCue(prefix(before, opens.index), patterns);
    // (not a relative clause on the last speaker: "“…,” said Ann Roe, who said she …. “…”")
    if (previous?.speaker && previous.rule !== 'before3') {
      const shift = (t: TextSpan | null) => t && span(t.text, t.start - (back - opens.index));
      return { speaker: shift(previous.speaker), cue: null, rule: 'previous' };
    }
    // with no cue there, a person named as the subject of the sentence before: "Ann Roe turned to the budget. “…”"
    const last = prefix(before, opens.index);
    const subject = previous ? null : execFromTail(patterns.subject, last.read, false);
    const named = subject?.indices?.[1] ? last.text.slice(subject.indices[1][0], subject.indices[1][1]) : '';
    // (not past a quote in that sentence: its speaker's words go on)
    if (subject?.indices?.[1] && /^\p{Lu}/u.test(named) && !PRONOUN_WORD.test(named) && !GERUND.test(named) && !last.text.includes(HIDDEN, subject.indices[1][0])) return { speaker: span(named, subject.indices[1][0] - back), cue: null, rule: 'previous subject' };
  }
  return { speaker: null, cue: null };
}

/** What may follow a mere verb of attribution after a question: a sentence end, a comma, or a particle ("screamed back"). */
const VERB_ENDS_ATTRIBUTION = /^(?:\s*(?:[.,;:!?\u2014\u2013]|$)|\s+(?:back|out|up|again)\b)/;

/** A naming verb's participle closing the text before a quote: "been called", "labeled as a", "described as the". */
const NAMING_PARTICIPLE = /(?<![\p{L}])(called|labell?ed|dubbed|branded|termed|described|characteri[sz]ed|deemed)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$/u;

/** A participle of saying closing the text before a quote, or with a few words of its report between: ", saying,", ", adding that", ", saying he is". */
const PARTICIPLE_BEFORE_QUOTE = new RegExp(`,\\s+(${GERUND_CUE})(?:(?:\\s+that)?[,:]?|(?:\\s+[^\\s,.;:!?"“”#]+){1,6})\\s*$`);

/** A subordinate clause opening the quote's sentence, not closed by a comma before the quote, with a cue in it: "Though he said it was a", "As Roe claimed that". */
const SUBORDINATE_WITH_CUE = new RegExp(`^\\s*["“”]?(?:(?:But|And|Yet)\\s+)?(?:[Ee]ven\\s+)?(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Ww]hereas|[Aa]s|[Ww]hen)\\s[^,;:\\u2014\\u2013]*?${CUE}[^,;:\\u2014\\u2013]*$`, 'u');

/** What a clause subject cannot match without: a conjunction. */
const CLAUSE_NEEDS = /[,\u2014\u2013]\s+(?:and|but|although|though|while|whereas|as|yet)\s/;
/** What follows a dummy "It": "It is strange that", "It wasn't just". */
const DUMMY_IT = /^\s+(?:is|was|isn['’]t|wasn['’]t|seems|seemed)\b/;

/** The end of the sentence before a quote that opens the next one. */
const OPENS_SENTENCE = new RegExp(`${SENTENCE_END}\\s+$`, 'u');

/** A gerund of saying: a clause of its own may hold the speaker ("Trump calling it “…”"). */
const GERUND_CUE_WORD = new RegExp(`\\b${GERUND_CUE}\\b`);

/** What a possessive before a noun of saying cannot match without. */
const SAYING_NEEDS = new RegExp(`['’]s?\\s+(?:[a-z][\\p{L}-]*\\s+){0,2}?${SAYING_NOUN}\\s+(?:that|of)\\b`, 'u');

/** The words after an attribution up to the next quote, when they lead into it: "…, again in a drawl, " or ": " (no sentence end). */
const INTRODUCES_NEXT = /^[^.!?]{0,80}[,:]\s*$/;

/** The text after a quote opening a new sentence: a capitalised word after the closing mark. */
const NEXT_SENTENCE = /^["”’»]*\s+\p{Lu}/u;

/** Cues whose object is who hears the words ("told the Gazette"): never inverted after a quote. */
const ADDRESSEE_CUE = /^(?:told|tells?)(?![\p{L}])/u;

/** Cues that name or judge someone or something they take as object ("described the plan as"): never inverted after a quote. */
const OBJECT_CUE = /^(?:called|calls|described|describes|labell?ed|dubbed|thanked|urged|urges|praised|critici[sz]ed|blasted|slammed|accused|mocked|charged|denied)$/;

/** The attribution in a lead-in paragraph ("Cruz continued:") for a quote that opens the next paragraph. */
export function attributeLeadIn(masked: string, leadStart: number, leadEnd: number, all: AttributionPatterns): RawAttribution {
  const from = Math.max(leadStart, leadEnd - BEFORE);
  const before = masked.slice(from, leadEnd).replace(/[\s.!?:]+$/, '');
  const patterns = all.forText(before, masked.length);
  const hidden = hideQuotes(before);
  const found = restoreText(attributeWindows({ read: patterns.standIns(hidden), text: hidden }, { read: '', text: '' }, patterns), before, '');
  const end = from + before.length;
  const place = (s: TextSpan | null): TextSpan | null => s && { text: s.text, start: end + s.start, end: end + s.start + s.text.length };
  return { speaker: place(found.speaker), cue: place(found.cue), weak: found.weak, rule: found.rule && `lead-in ${found.rule}` };
}
