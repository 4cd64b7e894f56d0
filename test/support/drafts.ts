/**
 * Builders for in-memory drafts and extractions, so rule tests do not depend
 * on the extractor's heuristics.
 */
import type { ExtractedQuote, Extraction, SpeakerMention } from '../../src/core/extract/model.ts';
import { Registry } from '../../src/core/registry/registry.ts';

/** The example story's registry, in memory. */
export const STORY_REGISTRY = `
- id: william-seely
  type: person
  name: William H. Seely III
  aliases: [Brig. Gen. William H. Seely III, Seely]
- id: mark-milley
  type: person
  name: Mark Milley
  aliases: [Gen. Mark Milley, Milley]
- id: reuters
  type: organization
  name: Reuters
- id: seely-letter
  type: letter
  title: The Seely letter
  speaker: william-seely
  aliases: [the letter]
  seenBy: [reuters]
  text: CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement. We will ensure that the movement out of Iraq is conducted in a safe and efficient manner.
  status: draft
  statusBy: mark-milley
  statusDate: 2020-01-06
  statusNote: Unsigned draft.
  statusSource: milley-remarks
- id: milley-remarks
  type: statement
  title: Milley's remarks
  speaker: mark-milley
  status: verified
  text: That letter is a draft. It was a mistake, it was unsigned, it should not have been released.
`;

/** A registry from YAML text. */
export function registryOf(yaml = STORY_REGISTRY): Registry {
  return new Registry([{ path: '/ws/sources/registry.yaml', text: yaml }]);
}

/** A speaker mention of `written` at its first occurrence at or after `from`. */
export function mention(text: string, written: string, name: string, id: string | null, from = 0): SpeakerMention {
  const start = text.indexOf(written, from);
  if (start < 0) throw new Error(`"${written}" is not in the draft`);
  return { text: written, start, end: start + written.length, name, id };
}

/** A quote of `quoted` (its first occurrence) with an optional speaker. */
export function quote(text: string, quoted: string, speaker: SpeakerMention | null = null): ExtractedQuote {
  const start = text.indexOf(quoted);
  if (start < 0) throw new Error(`"${quoted}" is not in the draft`);
  const end = start + quoted.length;
  return { text: quoted, start, end, outer: { start: start - 1, end: end + 1 }, parts: [{ start, end }], kind: 'inline', speaker, cue: null, source: null };
}

/** An extraction from parts. */
export function extraction(quotes: ExtractedQuote[], speakerMentions: SpeakerMention[] = [], references: Extraction['references'] = []): Extraction {
  return { quotes, speakerMentions, references, unclosed: [], unopened: [] };
}
