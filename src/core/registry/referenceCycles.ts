/**
 * Cycles in the `supersededBy` and `statusSource` chains between sources
 * (`a` superseded by `b`, `b` by `a`; a statement labelled by itself). Each
 * cycle is reported once, at the field of its first source in registry
 * order, and that field is left out so that no chain goes round.
 */
import type { Span } from '../types.ts';
import type { SourceEntry } from './model.ts';

/** The reference fields that form chains. */
const CHAIN_FIELDS = ['supersededBy', 'statusSource'] as const;

/** Reports and breaks every cycle of references among `sources` (by id, in registry order). */
export function breakReferenceCycles(sources: ReadonlyMap<string, SourceEntry>, report: (path: string, span: Span, message: string) => void): void {
  let order: Map<string, number> | undefined; // registry order, built only when a cycle is found
  for (const field of CHAIN_FIELDS) {
    const done = new Set<string>();
    for (const first of sources.values()) {
      if (first[field] === undefined || done.has(first.id)) continue; // most sources have no chain
      const path: SourceEntry[] = [];
      const onPath = new Map<string, number>();
      for (let s: SourceEntry | undefined = first; s && !done.has(s.id); s = next(sources, s, field)) {
        const at = onPath.get(s.id);
        if (at !== undefined) {
          const cycle = path.slice(at);
          if (!order) {
            order = new Map();
            for (const id of sources.keys()) order.set(id, order.size);
          }
          let head = 0;
          for (let i = 1; i < cycle.length; i++) if (order.get(cycle[i].id)! < order.get(cycle[head].id)!) head = i;
          reportCycle([...cycle.slice(head), ...cycle.slice(0, head)], field, report);
          break;
        }
        onPath.set(s.id, path.length);
        path.push(s);
      }
      for (const s of path) done.add(s.id);
    }
  }
}

function next(sources: ReadonlyMap<string, SourceEntry>, source: SourceEntry, field: (typeof CHAIN_FIELDS)[number]): SourceEntry | undefined {
  const target = source[field];
  return target === undefined ? undefined : sources.get(target);
}

function reportCycle(cycle: SourceEntry[], field: (typeof CHAIN_FIELDS)[number], report: (path: string, span: Span, message: string) => void): void {
  const head = cycle[0];
  const at = head.location.fields[field] ?? head.location.id;
  const round = [...cycle, head].map((s) => `\`${s.id}\``).join(' → ');
  const message = cycle.length === 1
    ? `\`${field}\` of \`${head.id}\` is \`${head.id}\` itself; expected the id of another source (it is left out)`
    : `\`${field}\` goes round in a cycle: ${round}; expected a chain of sources that ends (it is left out here)`;
  report(head.location.path, at, message);
  head[field] = undefined;
}
