/**
 * Shared data shapes of the Source Check language service. Pure data, no
 * behaviour: every other core module speaks in these terms.
 */

/** A half-open stretch [start, end) of JS string offsets into one text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A start/end pair of positions, as in LSP. */
export interface Range {
  start: Position;
  end: Position;
}

/** A span in a named file (a draft or a registry file). */
export interface FileSpan extends Span {
  path: string;
}

/** How loudly a finding is reported; `off` drops it. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A configured severity: a severity, or `off` to silence the finding. */
export type SeveritySetting = Severity | 'off';

/** Every diagnostic code Source Check reports. */
export const DIAGNOSTIC_CODES = [
  'source-status',
  'misquote',
  'misattributed-quote',
  'unverified-quote',
  'unattributed-quote',
  'unclosed-quote',
  'unopened-quote',
  'registry-error',
  'suppression-without-reason',
  'unused-suppression',
  'unknown-suppression-code',
] as const;

/** One diagnostic code. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** The labels a source can carry. */
export const SOURCE_STATUSES = [
  'verified',
  'unverified',
  'disputed',
  'draft',
  'mistaken',
  'retracted',
  'superseded',
  'fabricated',
] as const;

/** One source status. */
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Kinds of speaker entries. */
export const SPEAKER_TYPES = ['person', 'organization'] as const;

/** Kinds of source entries. */
export const SOURCE_TYPES = [
  'letter',
  'statement',
  'interview',
  'speech',
  'document',
  'report',
  'article',
  'post',
  'transcript',
] as const;

/** A speaker entry's type. */
export type SpeakerType = (typeof SPEAKER_TYPES)[number];

/** A source entry's type. */
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A text the draft or the registry lives in, handed to the core by its host. */
export interface TextFile {
  path: string;
  text: string;
}

/** A place in another file that explains a finding (LSP relatedInformation). */
export interface RelatedInfo extends FileSpan {
  message: string;
}

/** A text edit that a quick fix applies to the draft. */
export interface QuickFix {
  title: string;
  start: number;
  end: number;
  newText: string;
}

/** One finding of the checker, in offsets of the file it is about. */
export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  sourceId?: string;
  speakerId?: string;
  status?: SourceStatus;
  related?: RelatedInfo[];
  fixes?: QuickFix[];
}
