/**
 * Settings of the checker (the `sourceCheck.*` settings in VS Code, the same
 * keys in the CLI's settings file) and how a finding's severity is chosen.
 */
import {
  DIAGNOSTIC_CODES,
  SOURCE_STATUSES,
  type DiagnosticCode,
  type Severity,
  type SeveritySetting,
  type SourceStatus,
} from './types.ts';

/** What the checker needs to know of the user's settings. */
export interface Settings {
  /** Severity overrides by diagnostic code or by source status. */
  severity: Partial<Record<DiagnosticCode | SourceStatus, SeveritySetting>>;
  /** Where each code's documentation lives: `<docsBase>#<code>`. */
  docsBase: string;
}

/** Defaults: no overrides, documentation in the project README. */
export const DEFAULT_SETTINGS: Settings = {
  severity: {},
  docsBase: 'https://github.com/source-check/source-check/blob/main/README.md',
};

/** The severity each code has when nothing overrides it. */
const DEFAULT_CODE_SEVERITY: Record<DiagnosticCode, Severity> = {
  'source-status': 'warning',
  misquote: 'warning',
  'misattributed-quote': 'warning',
  'unverified-quote': 'information',
  'unattributed-quote': 'information',
  'unclosed-quote': 'warning',
  'unopened-quote': 'warning',
  'registry-error': 'error',
};

/** The severity of a source-status finding for each status, by default. */
const DEFAULT_STATUS_SEVERITY: Partial<Record<SourceStatus, Severity>> = {
  mistaken: 'error',
  retracted: 'error',
  fabricated: 'error',
  draft: 'warning',
  disputed: 'warning',
  superseded: 'warning',
};

const SEVERITY_VALUES = ['error', 'warning', 'information', 'hint', 'off'];

/** True for statuses that make quoting a source worth a finding. */
export function isFlaggedStatus(status: SourceStatus): boolean {
  return status !== 'verified' && status !== 'unverified';
}

/**
 * The severity of a finding: a status override beats a code override, which
 * beats the default; `off` means the finding is dropped.
 */
export function severityFor(settings: Settings, code: DiagnosticCode, status?: SourceStatus): SeveritySetting {
  if (code === 'source-status' && status) {
    return settings.severity[status] ?? settings.severity['source-status'] ?? DEFAULT_STATUS_SEVERITY[status] ?? 'warning';
  }
  return settings.severity[code] ?? DEFAULT_CODE_SEVERITY[code];
}

/** The documentation link of a diagnostic code. */
export function docsLink(settings: Settings, code: DiagnosticCode): string {
  return `${settings.docsBase}#${code}`;
}

/** A problem with a setting's value, for the host to show. */
export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Reads `sourceCheck.severity.*` values from a flat or nested settings object
 * (VS Code's configuration or a settings.json), ignoring and reporting bad ones.
 */
export function readSeverities(raw: unknown, problems: SettingsProblem[] = []): Settings['severity'] {
  const out: Settings['severity'] = {};
  if (!raw || typeof raw !== 'object') return out;
  const keys = [...DIAGNOSTIC_CODES, ...SOURCE_STATUSES] as const;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (!(keys as readonly string[]).includes(key)) {
      problems.push({ key: `sourceCheck.severity.${key}`, message: `unknown severity key \`${key}\`; expected a diagnostic code or a source status` });
      continue;
    }
    if (typeof value !== 'string' || !SEVERITY_VALUES.includes(value)) {
      problems.push({ key: `sourceCheck.severity.${key}`, message: `bad severity ${JSON.stringify(value)}; expected one of ${SEVERITY_VALUES.join(', ')}` });
      continue;
    }
    out[key as DiagnosticCode] = value as SeveritySetting;
  }
  return out;
}
