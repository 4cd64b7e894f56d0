/**
 * The card of a registry entry, as hovers show it: name or title, type and
 * id, status with who set it and when, and where the entry is written.
 */
import type { Registry } from '../registry/registry.ts';
import type { RegistryEntry } from '../registry/model.ts';

/** The last two segments of a path (`sources/speakers.yaml`), as cards name files. */
export function shortPath(path: string): string {
  return path.split(/[\\/]/).slice(-2).join('/');
}

/** `file:line` of an entry (line of its id, 1-based). */
export function placeOf(entry: RegistryEntry, registry: Registry): string {
  const line = registry.linesOf(entry.location.path)?.positionAt(entry.location.id.start).line;
  return `${shortPath(entry.location.path)}${line === undefined ? '' : `:${line + 1}`}`;
}

/** The Markdown card of an entry. */
export function entryCard(entry: RegistryEntry, registry: Registry): string {
  const lines: string[] = [];
  if (entry.kind === 'speaker') {
    lines.push(`**${escape(entry.name)}** · ${entry.type} · \`${entry.id}\``);
    const facts: string[] = [];
    if (entry.title) facts.push(escape(entry.title));
    if (entry.aliases.length) facts.push(`Also: ${entry.aliases.map(escape).join(', ')}`);
    const quoted = registry.sourcesWithTextBy(entry.id);
    facts.push(`${quoted} registered source${quoted === 1 ? '' : 's'} with text`);
    lines.push(facts.join('  \n'));
  } else {
    lines.push(`**${escape(entry.title ?? entry.id)}** · ${entry.type} · \`${entry.id}\``);
    const facts: string[] = [];
    if (entry.speaker) facts.push(`Speaker: ${escape(entry.speaker.name)}${entry.speaker.id ? ` (\`${entry.speaker.id}\`)` : ''}`);
    if (entry.date) facts.push(`Date: ${entry.date}`);
    let status = `Status: **${entry.status}**`;
    if (entry.statusBy) status += ` — set by ${escape(entry.statusBy.name)}`;
    if (entry.statusDate) status += ` on ${entry.statusDate}`;
    facts.push(status);
    if (entry.statusSource) facts.push(`Labelled in: \`${entry.statusSource}\``);
    if (entry.supersededBy) facts.push(`Superseded by: \`${entry.supersededBy}\``);
    lines.push(facts.join('  \n'));
    if (entry.statusNote) lines.push(`> ${escape(entry.statusNote.length > 300 ? entry.statusNote.slice(0, 300) + '…' : entry.statusNote)}`);
  }
  lines.push(`Defined in ${placeOf(entry, registry)}`);
  return lines.join('\n\n');
}

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
