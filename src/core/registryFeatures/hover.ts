/**
 * Hover in a registry file: on an entry's `id` or on an id another entry
 * refers to, the card of that entry.
 */
import type { RegistryEntry } from '../registry/model.ts';
import type { Registry } from '../registry/registry.ts';
import type { HoverCard } from '../features/hover.ts';
import { entryCard } from './card.ts';
import { placeAt, type RegistryPlace } from './locate.ts';

/** The registry entry a value names (a speaker by id or name, a source by id), or undefined. */
export function entryNamed(place: RegistryPlace | undefined, registry: Registry): RegistryEntry | undefined {
  if (!place || place.kind !== 'value') return undefined;
  if (place.refers === 'self') return registry.speakers.get(place.value) ?? registry.sources.get(place.value);
  if (place.refers === 'speaker') return registry.speakerByName(place.value);
  if (place.refers === 'source') return registry.sources.get(place.value);
  return undefined;
}

/** The card for the id at `offset` of the registry file `path`, or undefined. */
export function registryHover(path: string, text: string, offset: number, registry: Registry): HoverCard | undefined {
  const place = placeAt(path, text, offset);
  const entry = entryNamed(place, registry);
  if (!entry || !place) return undefined;
  return { ...place.span, markdown: entryCard(entry, registry) };
}
