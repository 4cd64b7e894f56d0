/**
 * Stage 5 for quotes no cue links to a speaker: the people who may have said
 * them (the rules' choice, the previous quote's speaker, the sentence's
 * subject, the nearest name before the quote, a pronoun, the first name in
 * the paragraph, a name after the quote), each described by a few numbers
 * (kind, distance, shape, history) that speakerChoice.ts weighs. Everything
 * is read within the quote's paragraph and the one before it, at most
 * SUBJECT_REACH characters back, so an incremental re-scan sees the same.
 */
import type { TextSpan } from '../types.ts';
import { DESCRIPTION, NAME, PRONOUN, SENTENCE_END } from './grammar.ts';
import type { SpeakerMention } from './model.ts';
import { SUBJECT_REACH, subjectBefore } from './pronouns.ts';
import { NEARER_REACH, nearerMention } from './resolution.ts';
import type { Candidate, ProseBlock, ScanState } from './stageTypes.ts';

/** What the choice reads about one quote without a cue. */
export interface UncuedQuote {
  masked: string;
  blocks: readonly ProseBlock[];
  q: Candidate;
  state: ScanState;
  /** The speaker the ordered rules found (before the choice), and by which rule. */
  proposal: SpeakerMention | null;
  rule: string | undefined;
}

/** A possible speaker: where it is written, what found it, and its features (FEATURES order). */
export interface SpeakerOption {
  span: TextSpan;
  /** The finders that proposed this span (RULE_KINDS / OPTION_KINDS names). */
  kinds: string[];
  /** The mention as resolved already: the rules' own, or the previous speaker's. */
  mention?: SpeakerMention;
  features: number[];
}

/** The rules' names grouped into the kinds the features tell apart. */
const RULE_GROUPS: Record<string, string> = {
  previous: 'rule:previous', subject: 'rule:subject', 'subject past quote': 'rule:subject', continued: 'rule:continued',
  first: 'rule:first', 'nearest clause': 'rule:clause', 'clause subject': 'rule:clause', 'previous subject': 'rule:subject',
};

/** Finders beside the rules. */
const OPTION_KINDS = ['previous speaker', 'sentence subject', 'nearest name', 'pronoun', 'possessive pronoun', 'paragraph first', 'next name'] as const;

/** The features, in the order of the weights (speakerWeights.ts). */
export const FEATURES = [
  'rule:previous', 'rule:subject', 'rule:continued', 'rule:first', 'rule:clause', 'rule:lead-in', 'rule:other',
  ...OPTION_KINDS,
  'finders', 'after quote', 'log distance', 'sentences between', 'same sentence', 'previous paragraph',
  'is pronoun', 'lower case', 'possessive', 'subject position', 'after preposition', 'opens sentence', 'clause breaks between', 'two capitalised words', 'description', 'spoke before', 'last speaker',
  'quote opens paragraph', 'log quote words', 'previous quote near', 'last speaker x previous quote near',
] as const;

const NAME_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(?:${NAME})`, 'gu');
const DESCRIPTION_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${DESCRIPTION})`, 'gu');
const SUBJECT_PRONOUN = /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)(?=\s+\p{Ll})/gu;
const POSSESSIVE_PRONOUN = /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)(?![\p{L}])/gu;
/** A word after a name that makes it a clause's subject: a lower-case word that is no preposition or conjunction ("Roe will", "Roe, …" excluded). */
const VERB_AFTER = /^\s+(?!(?:of|and|or|in|on|at|for|to|from|with|by|as|the|a|an|who|which|that)\b)\p{Ll}/u;
const PREPOSITION_BEFORE = /(?:^|\s)(?:of|in|on|at|for|to|from|with|by|about|against|than|like|over|under|between)\s+(?:the\s+)?$/;
const CLAUSE_BREAK = /[,;:\u2013\u2014(]|\s(?:and|but|while|although|though|because|when|as|after|before)\s/g;
const SENTENCE_ENDS = new RegExp(`${SENTENCE_END}["”’]?\\s`, 'gu');
/** How far after a quote a name may be taken ("“…” Roe, a farmer, …"). */
const AFTER_REACH = 160;

/** The possible speakers of a quote without a cue, deduplicated by span, with their features. */
export function speakerOptions(u: UncuedQuote): SpeakerOption[] {
  const { masked, blocks, q, state } = u;
  const first = blocks[q.firstBlock];
  const last = blocks[q.lastBlock];
  const lead = blocks[q.firstBlock - 1];
  const windowStart = Math.max((lead ?? first).start, q.outer.start - SUBJECT_REACH);
  const found: { span: TextSpan; kind: string; mention?: SpeakerMention }[] = [];
  if (u.proposal) found.push({ span: u.proposal, kind: ruleKind(u.rule), mention: u.proposal });
  const previous = state.previous;
  if (previous?.speaker && previous.end <= q.outer.start) {
    const from = Math.max(previous.end, q.outer.start - NEARER_REACH, windowStart);
    const nearer = nearerMention(masked, previous.speaker, from, q.outer.start);
    found.push({ span: nearer, kind: 'previous speaker', mention: nearer });
  }
  const subject = subjectBefore(masked, windowStart, q.outer.start);
  if (subject) found.push({ span: subject, kind: 'sentence subject' });
  const before = hideQuoted(masked.slice(windowStart, q.outer.start));
  const names = spansIn(before, windowStart, NAME_ANYWHERE).concat(spansIn(before, windowStart, DESCRIPTION_ANYWHERE));
  const nearest = names.reduce<TextSpan | undefined>((a, b) => (!a || b.end > a.end ? b : a), undefined);
  if (nearest) found.push({ span: nearest, kind: 'nearest name' });
  const pronoun = spansIn(before, windowStart, SUBJECT_PRONOUN).pop();
  if (pronoun) found.push({ span: pronoun, kind: 'pronoun' });
  const possessive = spansIn(before, windowStart, POSSESSIVE_PRONOUN).pop();
  if (possessive) found.push({ span: possessive, kind: 'possessive pronoun' });
  const inParagraph = names.filter((n) => n.start >= first.start).sort((a, b) => a.start - b.start)[0];
  if (inParagraph) found.push({ span: inParagraph, kind: 'paragraph first' });
  const afterEnd = Math.min(last.end, q.outer.end + AFTER_REACH);
  const next = spansIn(hideQuoted(masked.slice(q.outer.end, afterEnd)), q.outer.end, NAME_ANYWHERE)[0];
  if (next) found.push({ span: next, kind: 'next name' });

  const options: SpeakerOption[] = [];
  for (const f of found) {
    const same = options.find((o) => o.span.start < f.span.end && f.span.start < o.span.end);
    if (same) {
      if (!same.kinds.includes(f.kind)) same.kinds.push(f.kind);
      if (f.mention && !same.mention) (same.mention = f.mention), (same.span = f.span);
    } else options.push({ span: f.span, kinds: [f.kind], ...(f.mention ? { mention: f.mention } : {}), features: [] });
  }
  const quoteWords = q.parts.reduce((n, p) => n + (masked.slice(p.start, p.end).match(/\S+/g)?.length ?? 0), 0);
  const opensParagraph = !/\S/.test(masked.slice(first.start, q.outer.start));
  const previousNear = !!previous && q.firstBlock - state.previousBlock <= 1;
  const spokeBefore = new Set(state.added.map((m) => surname(m.name)));
  if (previous?.speaker) spokeBefore.add(surname(previous.speaker.name));
  for (const o of options) {
    const text = o.span.text;
    const after = o.span.start >= q.outer.end;
    const between = after ? masked.slice(q.outer.end, o.span.start) : masked.slice(o.span.end, q.outer.start);
    const sentences = between.match(SENTENCE_ENDS)?.length ?? 0;
    const lastSpeaker = !!previous?.speaker && surname(previous.speaker.name) === surname(text) && !PRONOUN.test(text);
    const f: Record<string, number> = {
      finders: o.kinds.length - 1,
      'after quote': after ? 1 : 0,
      'log distance': Math.log1p(between.length) / 5,
      'sentences between': Math.min(sentences, 4) / 2,
      'same sentence': sentences === 0 ? 1 : 0,
      'previous paragraph': o.span.end <= first.start ? 1 : 0,
      'is pronoun': /^(?:he|she|his|her|they|their|it|we|i)$/i.test(text) ? 1 : 0,
      'lower case': /^\p{Ll}/u.test(text) ? 1 : 0,
      possessive: /['’]s?$/.test(text) ? 1 : 0,
      'subject position': VERB_AFTER.test(masked.slice(o.span.end, o.span.end + 20)) ? 1 : 0,
      'after preposition': PREPOSITION_BEFORE.test(masked.slice(Math.max(0, o.span.start - 20), o.span.start)) ? 1 : 0,
      'opens sentence': /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(masked.slice(Math.max(0, o.span.start - 4), o.span.start)) ? 1 : 0,
      'clause breaks between': Math.min(between.match(CLAUSE_BREAK)?.length ?? 0, 4) / 2,
      'two capitalised words': /^\p{Lu}\S*\s+\p{Lu}/u.test(text) ? 1 : 0,
      description: /^(?:the|a|an)\s/i.test(text) ? 1 : 0,
      'spoke before': !PRONOUN.test(text) && spokeBefore.has(surname(text)) ? 1 : 0,
      'last speaker': lastSpeaker ? 1 : 0,
      'quote opens paragraph': opensParagraph ? 1 : 0,
      'log quote words': Math.log1p(quoteWords) / 3,
      'previous quote near': previousNear ? 1 : 0,
      'last speaker x previous quote near': lastSpeaker && previousNear ? 1 : 0,
    };
    for (const k of o.kinds) f[k] = 1;
    o.features = FEATURES.map((name) => f[name] ?? 0);
  }
  return options;
}

/** The feature kind of a rule's name. */
function ruleKind(rule: string | undefined): string {
  if (!rule) return 'rule:other';
  if (rule.startsWith('lead-in')) return 'rule:lead-in';
  return RULE_GROUPS[rule] ?? 'rule:other';
}

/** The last word of a name, lower case, without a possessive: what two mentions of one person share. */
function surname(name: string): string {
  const words = name.replace(/['’]s?$/, '').trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** Every match of a global pattern in `window`, as spans at `offset` in the draft. */
function spansIn(window: string, offset: number, re: RegExp): TextSpan[] {
  const out: TextSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    const text = m[0].replace(/\s+$/, '');
    out.push({ text, start: offset + m.index, end: offset + m.index + text.length });
  }
  return out;
}

/** Quoted words blanked (same length): a name inside a quote speaks no quote. */
function hideQuoted(window: string): string {
  return window.replace(/“[^“”]*”|«[^«»]*»|"[^"]*"/g, (m) => '#'.repeat(m.length));
}
