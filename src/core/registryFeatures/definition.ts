/**
 * Go to definition in a registry file: from an id another entry refers to
 * (in any registry file) to the entry that has it.
 */
import type { Registry } from '../registry/registry.ts';
import type { FileSpan } from '../types.ts';
import { entryNamed } from './hover.ts';
import { placeAt } from './locate.ts';

/** Where the entry named at `offset` of the registry file `path` has its id, or undefined. */
export function registryDefinition(path: string, text: string, offset: number, registry: Registry): FileSpan | undefined {
  const entry = entryNamed(placeAt(path, text, offset), registry);
  return entry ? { path: entry.location.path, ...entry.location.id } : undefined;
}
