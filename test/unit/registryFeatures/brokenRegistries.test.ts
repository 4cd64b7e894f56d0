import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from '../../../src/core/registry/registry.ts';
import { appendEntry, setFields } from '../../../src/core/registryEdits/registryEdits.ts';
import { applyOffsetEdits, registryFormatOf } from '../../../src/core/registryEdits/textEdits.ts';
import { registryCompletions } from '../../../src/core/registryFeatures/completion.ts';
import { registryDefinition } from '../../../src/core/registryFeatures/definition.ts';
import { registryHover } from '../../../src/core/registryFeatures/hover.ts';
import { prepareRegistryRename, registryRename } from '../../../src/core/registryFeatures/rename.ts';
import { registrySymbols } from '../../../src/core/registryFeatures/symbols.ts';
import { Dice } from '../../fuzz/drafts.ts';
import { brokenRegistry } from '../../fuzz/registries.ts';
import { prng } from '../../support/random.ts';

test('on 12 broken registries (seed 7) every feature answers at 2,000 offsets of each file without throwing, and every edit of a file that reads cleanly keeps it readable', () => {
  const d = new Dice(prng(7));
  let answered = 0;
  let edited = 0;
  for (let n = 0; n < 12; n++) {
    const files = brokenRegistry(d);
    const registry = new Registry(files);
    for (const { path, text } of files) {
      registrySymbols(path, text);
      const step = Math.max(5, Math.ceil(text.length / 2000)); // about 2,000 positions per file, however long
      for (let offset = 0; offset <= text.length; offset += step) {
        if (registryHover(path, text, offset, registry)) answered++;
        registryDefinition(path, text, offset, registry);
        registryCompletions(path, text, offset, registry);
        const target = prepareRegistryRename(path, text, offset, registry);
        if (target && offset % 40 === 0) registryRename(files, registry, target.id, `${target.id}-renamed`);
      }
      const clean = new Registry([{ path, text }]).problems.filter((p) => !/^unknown (speaker|source) id/.test(p.message)).length === 0;
      const id = /id"?:\s*"?([a-z0-9][a-z0-9._-]*)/.exec(text)?.[1];
      if (!clean || !id) continue;
      const format = registryFormatOf(path);
      for (const result of [setFields(text, format, id, { statusNote: 'a note: with "quotes"' }), appendEntry(text, format, { id: 'fuzz-added', type: 'person', name: 'Fuzz' })]) {
        if ('problem' in result) continue;
        const after = applyOffsetEdits(text, result.edits);
        const problems = new Registry([{ path, text: after }]).problems.filter((p) => !/^unknown (speaker|source) id|statusNote/.test(p.message));
        assert.deepEqual(problems, [], `${path} after an edit:\n${after}`);
        edited++;
      }
    }
  }
  assert.ok(answered > 200 && edited > 20, `hovers answered: ${answered}, edits checked: ${edited}`);
});
