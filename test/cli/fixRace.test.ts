import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/cli/main.ts';
import { removeDir } from '../support/workspace.ts';
import { workspace } from './runCli.ts';

test('--fix leaves a file alone that changed between its check and the write', (t) => {
  const dir = workspace({ 'late.md': 'He said "it was late.\n' });
  const file = path.join(dir, 'late.md');
  const edited = 'He said "it was late.\n\nAn editor added this meanwhile.\n';
  // the module object itself (what every importer of node:fs shares), not a namespace copy
  const nodeFs = createRequire(__filename)('node:fs') as typeof fs;
  const readFileSync = nodeFs.readFileSync;
  let reads = 0;
  // the second read of the draft (just before writing) finds what an editor saved meanwhile
  t.mock.method(nodeFs, 'readFileSync', (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (p === file && ++reads === 2) nodeFs.writeFileSync(file, edited);
    return (readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
  });
  syncBuiltinESMExports();
  try {
    const err: string[] = [];
    const code = run(['check', '--fix', '--no-config', file], () => {}, (s) => err.push(s));
    assert.equal(reads, 2, 'read to check, then again before writing');
    assert.equal(fs.readFileSync(file, 'utf8'), edited, 'the editor’s text is kept');
    assert.match(err.join('\n'), /late\.md:1:1 not fixed: the file changed while it was checked; run the check again/);
    assert.equal(code, 0, 'the unfixed draft’s findings are reported (a warning)');
  } finally {
    t.mock.restoreAll();
    syncBuiltinESMExports();
    removeDir(dir);
  }
});
