/**
 * Edits of JSON registry files with `jsonc-parser`'s modify/applyEdits: the
 * indentation and line breaks the file already uses, comments kept.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { applyOffsetEdits, lineBreakOf, minimalEdit, type FieldValue, type OffsetEdit, type RegistryEditResult } from './textEdits.ts';

/** The parse tree of a JSON registry file, or a problem when it does not parse cleanly. */
function treeOf(text: string): Node | undefined | string {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length ? `the file has a JSON syntax error at offset ${errors[0].offset}; expected a file that parses, fix it first` : root;
}

/** How the file indents (the first indented line decides; two spaces when none is). */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const tabs = indent.startsWith('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : Math.min(indent.length, 8), eol: lineBreakOf(text) };
}

/** The JSON path of the entry with id `entryId`: `[index]` in a list, `[]` for a file that is one entry. */
function entryPath(root: Node, entryId: string): JSONPath | undefined {
  const idOf = (node: Node) => findNodeAtLocation(node, ['id'])?.value;
  if (root.type === 'array') {
    const index = (root.children ?? []).findIndex((c) => c.type === 'object' && idOf(c) === entryId);
    return index < 0 ? undefined : [index];
  }
  return root.type === 'object' && idOf(root) === entryId ? [] : undefined;
}

/** Sets (or, with undefined, removes) fields of the entry with id `entryId` in a JSON registry file. */
export function setJsonFields(text: string, entryId: string, fields: Record<string, FieldValue>): RegistryEditResult {
  const root = treeOf(text);
  if (typeof root === 'string') return { problem: root };
  const path = root && entryPath(root, entryId);
  if (!path) return { problem: `no entry with id \`${entryId}\` in this file; expected one of its entries' ids` };
  if ('id' in fields && fields.id === undefined) return { problem: 'an entry keeps its `id`; expected other fields to remove' };
  const formattingOptions = formattingOf(text);
  let out = text;
  for (const [key, value] of Object.entries(fields)) {
    out = applyEdits(out, modify(out, [...path, key], value, { formattingOptions }));
  }
  // each field's own edit against the file as it is, when together they give the same text (they do unless two touch one place)
  const apart: OffsetEdit[] = Object.entries(fields).flatMap(([key, value]) =>
    modify(text, [...path, key], value, { formattingOptions }).map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content })),
  );
  const disjoint = apart.every((a, i) => apart.every((b, j) => i === j || a.end <= b.start || b.end <= a.start));
  return { edits: disjoint && applyOffsetEdits(text, apart) === out ? apart : minimalEdit(text, out) };
}

/** Appends entries to a JSON registry file: to its list, around a file that is one entry, or as a new list. */
export function appendJsonEntries(text: string, entries: readonly Record<string, string | readonly string[]>[]): RegistryEditResult {
  const root = treeOf(text);
  if (typeof root === 'string') return { problem: root };
  const formattingOptions = formattingOf(text);
  const eol = formattingOptions.eol!;
  if (!root) return { edits: minimalEdit(text, text + JSON.stringify(entries, null, 2).replace(/\n/g, eol) + eol) };
  let out = text;
  if (root.type === 'object') {
    // one entry: the file becomes a list of it and the new ones
    out = `${text.slice(0, root.offset)}[${eol}${text.slice(root.offset, root.offset + root.length)}${eol}]${text.slice(root.offset + root.length)}`;
  } else if (root.type !== 'array') {
    return { problem: `the file holds ${root.type === 'string' ? 'a string' : `a ${root.type}`}; expected an entry or a list of entries` };
  }
  let count = root.type === 'array' ? (root.children ?? []).length : 1;
  for (const entry of entries) {
    out = applyEdits(out, modify(out, [count++], entry, { formattingOptions, isArrayInsertion: true }));
  }
  return { edits: minimalEdit(text, out) };
}
