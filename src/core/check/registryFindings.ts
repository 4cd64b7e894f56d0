/**
 * Registry problems as `registry-error` findings, grouped by registry file.
 */
import type { Registry } from '../registry/registry.ts';
import { severityFor, type Settings } from '../settings.ts';
import type { Finding } from '../types.ts';

/** The registry's problems as findings, by file path (files without problems are absent). */
export function registryFindings(registry: Registry, settings: Settings): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const severity = severityFor(settings, 'registry-error');
  if (severity === 'off') return out;
  for (const p of registry.problems) {
    const list = out.get(p.path) ?? [];
    list.push({ code: 'registry-error', severity, message: p.message, start: p.start, end: p.end });
    out.set(p.path, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
