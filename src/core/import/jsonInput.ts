/**
 * Strict JSON input for the importers: a syntax error is an ImportSyntaxError
 * at its line and column, and each top-level item keeps where it starts so a
 * skipped entry can be named by its place.
 */
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../lineIndex.ts';
import { ImportSyntaxError } from './model.ts';

/** What each parse error expected, in words. */
const EXPECTED: Record<string, string> = {
  InvalidSymbol: 'a JSON value', InvalidNumberFormat: 'a number', PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value', ColonExpected: 'a colon', CommaExpected: 'a comma', CloseBraceExpected: 'a closing `}`',
  CloseBracketExpected: 'a closing `]`', EndOfFileExpected: 'the end of the file', InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'the end of the comment', UnexpectedEndOfString: 'the closing `"` of the string',
  UnexpectedEndOfNumber: 'the rest of the number', InvalidUnicode: 'a \\uXXXX escape', InvalidEscapeCharacter: 'a valid escape such as \\n',
  InvalidCharacter: 'no control character inside a string',
};

/** A JSON value and the 1-based line and column where it starts. */
export interface PlacedValue {
  value: unknown;
  line: number;
  column: number;
}

/** What a JSON file holds, read strictly (no comments, no trailing commas). */
export interface JsonInput {
  /** The whole value. */
  root: PlacedValue;
  /** The items of a top-level list, the items of a top-level `@graph`, or the value itself. */
  items: PlacedValue[];
}

/** Reads JSON text; throws ImportSyntaxError at the first problem. */
export function readJson(text: string): JsonInput {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text; // a BOM, kept as a space so columns stay
  const lines = new LineIndex(body);
  const place = (node: Node): PlacedValue => {
    const p = lines.positionAt(node.offset);
    return { value: getNodeValue(node), line: p.line + 1, column: p.character + 1 };
  };
  const tooDeep = depthPast(body, MAX_DEPTH);
  if (tooDeep >= 0) {
    const p = lines.positionAt(tooDeep);
    throw new ImportSyntaxError(p.line + 1, p.character + 1, `JSON nested more than ${MAX_DEPTH} levels deep here; expected ClaimReview or CSL-JSON, which nest a few levels`);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const p = lines.positionAt(e ? e.offset : 0);
    const found = e ? body.slice(e.offset, e.offset + Math.max(e.length, 1)) : '';
    const code = e ? printParseErrorCode(e.error) : 'ValueExpected';
    const what = found.trim() ? `found \`${found.slice(0, 20)}\`` : 'found the end of the file';
    throw new ImportSyntaxError(p.line + 1, p.character + 1, `invalid JSON: ${what}; expected ${EXPECTED[code] ?? 'valid JSON'} (${code})`);
  }
  const root = place(tree);
  if (tree.type === 'array') return { root, items: (tree.children ?? []).map(place) };
  if (tree.type === 'object') {
    const graph = tree.children?.find((p) => p.children?.[0]?.value === '@graph')?.children?.[1];
    if (graph?.type === 'array') return { root, items: (graph.children ?? []).map(place) };
  }
  return { root, items: [root] };
}

/** Lists and objects nested deeper than this are refused (the parser would run out of stack). */
const MAX_DEPTH = 256;

/** The offset of the first bracket that opens level `max + 1`, strings skipped; -1 when none does. */
function depthPast(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
