import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const SCRIPT = path.join(import.meta.dirname, '../../../scripts/import-cycles.mjs');

/** Writes `files` (relative path -> text) into a new temp folder and runs the import-cycle check on it. */
function check(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const r = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8', cwd: dir });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('an import circle fails the check (exit 1) and is listed, type-only imports included', () => {
  const r = check({
    'stage/first.ts': "import { later } from './second.ts';\nexport const first = () => later;\n",
    'stage/second.ts': "import type { Shape } from '../types/third.ts';\nexport const later = 1;\nexport type S = Shape;\n",
    'types/third.ts': "export type { first } from '../stage/first.ts';\nexport interface Shape { n: number }\n",
    'apart.ts': "import { first } from './stage/first.ts';\nexport const apart = first;\n",
  });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /import circle of 3 files: stage\/first\.ts, stage\/second\.ts, types\/third\.ts/);
  assert.match(r.out, /for example stage\/first\.ts -> stage\/second\.ts -> types\/third\.ts -> stage\/first\.ts/);
  assert.doesNotMatch(r.out, /apart\.ts/, 'a file that only imports the circle is not in it');
});

test('a side-effect import and a dynamic import close a circle too', () => {
  const r = check({
    'a.ts': "import './b.js';\n",
    'b.ts': "export const load = () => import('./a');\n",
  });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /import circle of 2 files: a\.ts, b\.ts/);
});

test('one-way imports pass (exit 0), whatever comments and non-relative imports say', () => {
  const r = check({
    'low.ts': "// import { high } from './high.ts';\n/* export * from './high.ts' */\nimport * as fs from 'node:fs';\nexport const low = fs.sep;\n",
    'high.ts': "import { low } from './low.ts';\nexport const high = low;\n",
    'index.ts': "export * from './high.ts';\nexport { low } from './low.ts';\n",
  });
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /no import circle in \. \(3 files\)/);
});

test('the repository’s own src/ has no import circle', () => {
  const r = spawnSync(process.execPath, [SCRIPT, 'src'], { encoding: 'utf8', cwd: path.join(import.meta.dirname, '../../..') });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
