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
  severity: Object.create(null) as Settings['severity'],
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
  'suppression-without-reason': 'warning',
  'unused-suppression': 'hint',
  'unknown-suppression-code': 'warning',
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

/** The values a `sourceCheck.severity.*` setting takes (null: the default). */
export const SEVERITY_VALUES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** What `sourceCheck.severity.<key>` may name: a diagnostic code, or a status that gives findings. */
export const SEVERITY_KEYS: readonly (DiagnosticCode | SourceStatus)[] = [...DIAGNOSTIC_CODES, ...SOURCE_STATUSES.filter(isFlaggedStatus)];

/** Every setting there is: the `contributes.configuration.properties` of package.json (a test checks they agree). */
export const SETTING_KEYS: readonly string[] = [
  'sourceCheck.registry',
  'sourceCheck.include',
  'sourceCheck.exclude',
  'sourceCheck.debounceMs',
  ...SEVERITY_KEYS.map((k) => `sourceCheck.severity.${k}`),
];

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
    return own(settings.severity, status) ?? own(settings.severity, 'source-status') ?? own(DEFAULT_STATUS_SEVERITY, status) ?? 'warning';
  }
  return own(settings.severity, code) ?? DEFAULT_CODE_SEVERITY[code];
}

/** A value the object holds itself, never one inherited from a prototype. */
function own<T>(object: Partial<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** The documentation link of a diagnostic code. */
export function docsLink(settings: Settings, code: DiagnosticCode): string {
  return `${settings.docsBase}#${code}`;
}

/** A problem with a setting, for the host to show (`at`: the offset of the key or value in its file, when known). */
export interface SettingsProblem {
  key: string;
  message: string;
  at?: number;
}
