/**
 * Broken registries for the fuzz harness: the example registry's YAML (and
 * the same entries as JSON) with lines deleted, duplicated or re-indented,
 * anchors and aliases, huge values, wrong types, NUL and stray bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from '../support/lspClient.ts';
import type { TextFile } from '../../src/core/types.ts';
import type { Dice } from './drafts.ts';

const FOLDER = path.join(ROOT, 'examples', 'newsroom', 'sources');
/** The example registry's files, by name. */
export const EXAMPLE_REGISTRY: TextFile[] = readdirSync(FOLDER).map((f) => ({ path: f, text: readFileSync(path.join(FOLDER, f), 'utf8') }));

const WRONG_VALUES = ['[1, 2]', '{a: 1}', '42', 'null', 'true', '~', '""', "''", '[]', '{}', '-1e999', '0x1F', '2020-13-45', '!!binary aGVsbG8=', '!!js/function x', '*nowhere', '&a x', '|', '>-', '"unterminated', '[unclosed', '{unclosed', '@', '`', '%YAML 1.1', '? complex', '<<: *a'];

/** The example files, maybe as JSON, with a few random mutations. */
export function brokenRegistry(d: Dice): TextFile[] {
  const files = EXAMPLE_REGISTRY.map((f) => ({ ...f }));
  if (d.chance(0.3)) {
    const f = d.pick(files);
    f.path = f.path.replace(/\.ya?ml$/, '.json');
    f.text = JSON.stringify(load(f.text), null, d.chance(0.5) ? 2 : undefined);
  }
  for (let i = 0, n = 1 + d.int(5); i < n; i++) {
    const f = d.pick(files);
    f.text = mutateRegistryText(d, f.text);
  }
  return files.map((f) => ({ path: path.join('/ws/sources', f.path), text: f.text }));
}

/** One random mutation of a registry file's text. */
export function mutateRegistryText(d: Dice, text: string): string {
  const lines = text.split('\n');
  const at = d.int(lines.length);
  switch (d.int(12)) {
    case 0:
      lines.splice(at, 1 + d.int(3));
      break;
    case 1:
      lines.splice(at, 0, ...lines.slice(at, at + 1 + d.int(4)));
      break;
    case 2:
      lines[at] = d.chance(0.5) ? '  '.repeat(1 + d.int(4)) + lines[at] : lines[at].trimStart();
      break;
    case 3:
      lines[at] = lines[at].replace(/:\s*(.*)$/, (_m, v) => `: &a${d.int(3)} ${v}`);
      break;
    case 4:
      lines.splice(at, 0, lines[at].replace(/:\s*(.*)$/, () => `: *a${d.int(3)}`));
      break;
    case 5: {
      // aliases of aliases (a small billion laughs)
      const depth = 2 + d.int(6);
      const out = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < depth; i++) out.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      lines.splice(at, 0, ...out);
      break;
    }
    case 6:
      lines[at] = lines[at].replace(/:\s*(.*)$/, () => `: ${d.pick(['x', 'quote ', 'Milley ', '“', 'a\\n']).repeat(1 + d.int(50_000))}`);
      break;
    case 7:
      lines[at] = lines[at].replace(/:\s*(.*)$/, () => `: ${d.pick(WRONG_VALUES)}`);
      break;
    case 8: {
      const col = d.int(lines[at].length + 1);
      lines[at] = lines[at].slice(0, col) + d.pick(['\u0000', '\uFEFF', '\t', '\r', '\uD800', '😀', '\u202E', '"', "'", '#', ':', '- ', '{', '}', '[', ']', ',']) + lines[at].slice(col);
      break;
    }
    case 9:
      return text.slice(0, d.int(text.length + 1));
    case 10:
      lines.splice(at, 0, d.pick(['---', '...', '- id: x', 'id: seely-letter', 'id: mark-milley', '- ', '-', 'aliases:', '  - ', 'type: person', '%TAG ! tag:x,2000:', '!!set', '? x']));
      break;
    default:
      return text.replace(/\n/g, d.chance(0.5) ? '\r\n' : '\r');
  }
  return lines.join('\n');
}
