import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { defaultCacheFolder } from '../../src/host/indexCache.ts';
import { ROOT } from '../support/lspClient.ts';
import { removeDir } from '../support/workspace.ts';
import { cli, exampleDraft, exampleSources, workspace } from './runCli.ts';

const compileCache = createRequire(__filename)(path.join(ROOT, 'bin', 'compileCache.js')) as {
  cacheFolderOf(argv: string[], cwd?: string, env?: NodeJS.ProcessEnv): string | undefined;
  payloadOf(bytes: Buffer, crc32: (b: Uint8Array) => number): Buffer | undefined;
};
const crc32 = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;

/** The code cache files in a folder. */
const codeFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /^code-.*\.bin$/.test(f)) : []);

test('the CLI keeps V8 code cache in its cache folder: written once, read by later runs (not rewritten), same output; --no-cache writes none', { skip: !crc32 && 'node:zlib has no crc32 before Node 20.15' }, () => {
  const dir = workspace({ ...exampleSources(), 'drafts/story.md': exampleDraft('withdrawal-announced.md') });
  try {
    const folder = path.join(dir, 'cache');
    const args = ['check', 'drafts', '--no-config', '--format', 'json'];
    const plain = cli([...args, '--no-cache'], dir);
    assert.deepEqual(codeFiles(folder), []);
    const first = cli([...args, '--cache-location', folder], dir);
    const written = codeFiles(folder);
    assert.equal(written.length, 1, 'one code cache file');
    const file = path.join(folder, written[0]);
    const bytes = fs.readFileSync(file);
    assert.ok(compileCache.payloadOf(bytes, crc32!)!.length > 10_000, 'a whole frame holding the bytecode');
    const before = fs.statSync(file).mtimeMs;
    const second = cli([...args, `--cache-location=${folder}`, '--max-warnings', '1000'], dir);
    assert.equal(fs.statSync(file).mtimeMs, before, 'a usable cache is not written again');
    assert.deepEqual(fs.readFileSync(file), bytes);
    for (const run of [first, second]) {
      assert.equal(run.stdout, plain.stdout);
      assert.equal(run.stderr, plain.stderr);
      assert.equal(run.code, plain.code);
    }
    assert.match(plain.stdout, /"code"/);
  } finally {
    removeDir(dir);
  }
});

test('a code cache file cut short, changed or of another kind is not used, only written again; the output stays the same', { skip: !crc32 && 'node:zlib has no crc32 before Node 20.15' }, () => {
  const dir = workspace({ ...exampleSources(), 'drafts/story.md': exampleDraft('withdrawal-announced.md') });
  try {
    const folder = path.join(dir, 'cache');
    const args = ['check', 'drafts', '--no-config', '--format', 'json', '--cache-location', folder];
    const plain = cli(['check', 'drafts', '--no-config', '--format', 'json', '--no-cache'], dir);
    cli(args, dir);
    const [name] = codeFiles(folder);
    const file = path.join(folder, name);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1] ^= 0xff;
    const damaged = [good.subarray(0, good.length >> 1), flipped, Buffer.from('not a cache'), Buffer.alloc(0)];
    for (const [k, bytes] of damaged.entries()) {
      fs.writeFileSync(file, bytes);
      assert.equal(compileCache.payloadOf(bytes, crc32!), undefined, `damage ${k} is seen`);
      const run = cli([...args, '--max-warnings', String(1000 + k)], dir); // (another key: not a result-cache replay)
      assert.equal(run.stdout, plain.stdout, `damage ${k}`);
      assert.equal(run.stderr, plain.stderr, `damage ${k}`);
      assert.ok(compileCache.payloadOf(fs.readFileSync(file), crc32!), `damage ${k}: written again whole`);
    }
    assert.deepEqual(codeFiles(folder), [name]);
  } finally {
    removeDir(dir);
  }
});

test('the code cache goes where the index cache goes: --cache-location, else the default folder; none with --no-cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-cc-'));
  try {
    const env = { XDG_CACHE_HOME: path.join(dir, 'xdg') };
    const { cacheFolderOf } = compileCache;
    assert.equal(cacheFolderOf(['check'], dir, env), defaultCacheFolder(dir, env));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    assert.equal(cacheFolderOf(['check', 'a.md'], dir, env), defaultCacheFolder(dir, env));
    assert.equal(cacheFolderOf(['check', '--cache-location', 'c'], dir, env), path.join(dir, 'c'));
    assert.equal(cacheFolderOf(['check', '--cache-location=/abs/c'], dir, env), path.resolve('/abs/c'));
    assert.equal(cacheFolderOf(['check', '--no-cache'], dir, env), undefined);
    assert.equal(cacheFolderOf(['check', '--cache-location='], dir, env), undefined);
    // after `--`, these are paths
    assert.equal(cacheFolderOf(['check', '--', '--no-cache'], dir, env), defaultCacheFolder(dir, env));
  } finally {
    removeDir(dir);
  }
});
