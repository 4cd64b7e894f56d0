/**
 * What `check` hands to its output formats: the findings of each file, and
 * how to show paths and place related locations (in registry files).
 */
import type { SuppressedFinding } from '../core/suppressions/suppress.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { DiagnosticCode, Finding } from '../core/types.ts';

/** Findings of one file, with its text for positions. */
export interface FileFindings {
  path: string;
  text: string;
  findings: Finding[];
  /** Findings suppression comments set aside (drafts only). */
  suppressed?: SuppressedFinding[];
  /** True for a registry file (its findings are registry errors), false or absent for a draft. */
  registry?: boolean;
}

/** One check's results, as every format receives them. */
export interface CheckReport {
  files: FileFindings[];
  /** Drafts checked. */
  checked: number;
  /** The drafts checked, as shown (with findings or not). */
  checkedPaths: string[];
  /** The registries the drafts were checked against. */
  registries: Registry[];
  /** The version of source-check that made the report. */
  version: string;
  /** The README the codes' documentation links point into (`<docsBase>#<code>`). */
  docsBase: string;
  /** The text of a file a related location points into (a registry file), for its lines and columns. */
  textOf(path: string): string | undefined;
  /** A path as shown: relative to the current folder when inside it. */
  display(path: string): string;
}

/** One line on what each code means (SARIF rules, JUnit and GitHub titles). */
export const CODE_DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'source-status': 'The quote comes from a source labelled draft, mistaken, retracted, disputed, superseded or fabricated.',
  misquote: 'The quote is close to a registered text but its words differ.',
  'misattributed-quote': 'The words belong to a source whose speaker is not the one the draft names.',
  'unverified-quote': 'The quote is attributed to a registered speaker, but none of their sources has these words.',
  'unattributed-quote': 'No speaker and no source found for the quote.',
  'unclosed-quote': 'An opening quotation mark that nothing closes in its paragraph.',
  'unopened-quote': 'A closing quotation mark that closes nothing.',
  'registry-error': 'A problem in a registry file.',
  'suppression-without-reason': 'A suppression comment without a reason; it is not honoured.',
  'unused-suppression': 'A suppression comment that sets nothing aside.',
  'unknown-suppression-code': 'A suppression comment naming a code or status that is not one.',
};
