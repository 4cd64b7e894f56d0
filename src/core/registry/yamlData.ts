/**
 * Plain data of YAML nodes, as far as registry fields go: text, and lists of
 * text. Deeper structure is only described (an empty list or mapping that the
 * validator reports), never copied, and aliases are resolved against a
 * budget, so that a few hundred bytes of nested aliases ("billion laughs")
 * cannot expand into gigabytes. Nothing here recurses: deeply nested input
 * cannot overflow the stack.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import type { Span } from '../types.ts';
import { count, MAX_ALIASED_VALUES, MAX_YAML_ALIASES } from './limits.ts';

/** Marks a value that could not be read (an alias past a limit): the field is left out. */
export const UNREAD = Symbol('unread');

/** Reads the values of one YAML document, resolving its aliases within the file's limits. */
export class YamlData {
  private readonly targets = new Map<Alias, Node | undefined>();

  /**
   * Finds what each alias of `doc` stands for, in one walk in document order
   * (an alias names the last anchor before it). `budget` is shared by the
   * documents of one file.
   */
  constructor(doc: Document, private readonly budget: { aliases: number; values: number }, private readonly report: (span: Span, message: string) => void) {
    const anchors = new Map<string, Node>();
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if (isPair(node)) {
        stack.push(node.value, node.key);
      } else if (isAlias(node)) {
        this.targets.set(node, anchors.get(node.source));
      } else if (isMap(node) || isSeq(node) || isScalar(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        if (!isScalar(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
  }

  /** A field's value: a scalar's value, a list of item values, `{}` for a mapping; UNREAD after a problem reported here. */
  value(node: Node | null | undefined): unknown {
    const target = this.resolve(node);
    if (target === UNREAD) return UNREAD;
    if (isSeq(target)) {
      const out: unknown[] = [];
      for (const item of target.items) {
        const v = this.item(item as Node | null);
        if (v === UNREAD) return UNREAD;
        out.push(v);
      }
      return out;
    }
    return this.leaf(target);
  }

  /** A list item's value: a scalar's value; `[]` or `{}` for a nested list or mapping (reported by the validator, not read). */
  private item(node: Node | null): unknown {
    const target = this.resolve(node);
    if (target === UNREAD) return UNREAD;
    if (isSeq(target)) return [];
    return this.leaf(target);
  }

  private leaf(node: Node | null | undefined): unknown {
    if (isMap(node)) return {};
    if (isScalar(node)) return node.value;
    return null;
  }

  /** The node an alias stands for (or the node itself), counted against the file's budget. */
  private resolve(node: Node | null | undefined): Node | null | undefined | typeof UNREAD {
    if (!isAlias(node)) return node;
    const at = node.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
    const target = this.targets.get(node);
    if (!target) {
      this.report(at, `unknown alias \`*${node.source}\`; expected the name of an anchor (\`&${node.source}\`) set before it`);
      return UNREAD;
    }
    if (++this.budget.aliases > MAX_YAML_ALIASES) {
      this.report(at, `too many aliases: \`*${node.source}\` is alias number ${this.budget.aliases} in this file; expected at most ${MAX_YAML_ALIASES}`);
      return UNREAD;
    }
    const items = isSeq(target) || isMap(target) ? target.items : [];
    if (items.some((i) => isAlias(i) || (isPair(i) && (isAlias(i.key) || isAlias(i.value))))) {
      this.report(at, `alias \`*${node.source}\` stands for a value that holds aliases itself; expected aliases of text or of a list of text (nested aliases could expand without bound)`);
      return UNREAD;
    }
    this.budget.values += 1 + items.length;
    if (this.budget.values > MAX_ALIASED_VALUES) {
      this.report(at, `aliases in this file stand for more than ${count(MAX_ALIASED_VALUES)} values by \`*${node.source}\`; expected at most ${count(MAX_ALIASED_VALUES)}`);
      return UNREAD;
    }
    return target;
  }
}
