/**
 * The settings hosts use (severities, where the registry is, which files are
 * drafts) from VS Code's `sourceCheck` section: pure, so the language server
 * reads them the same way in the desktop and the browser build.
 */
import type { Settings, SettingsProblem } from '../core/settings.ts';
import { readUserSettings, sectionEntries } from '../core/userSettings.ts';

/** Settings that hosts use: severities, where the registry is, which files are drafts. */
export interface HostSettings {
  severity: Settings['severity'];
  registry: string[];
  include?: string[];
  exclude?: string[];
  debounceMs?: number;
}

/** Converts VS Code's `sourceCheck` section (nested objects, or dotted keys) into host settings; problems are reported. */
export function readHostSettings(section: unknown, problems: SettingsProblem[] = []): HostSettings {
  const user = readUserSettings(sectionEntries(section), problems);
  return { ...user, registry: user.registry ?? [] };
}
