// Runs node's test runner (with tsx for TypeScript) on every *.test.ts under
// the given folders; Node 20 has no glob support in `node --test`.
// Usage: node scripts/run-tests.mjs test/unit test/protocol …
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const find = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
const files = process.argv.slice(2).flatMap(find).sort();
if (!files.length) {
  console.error('run-tests: no *.test.ts files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
