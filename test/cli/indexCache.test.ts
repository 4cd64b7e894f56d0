import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { removeDir } from '../support/workspace.ts';
import { largeRegistryDraft, writeLargeRegistry } from '../support/largeRegistry.ts';
import { BIN, cli, workspace } from './runCli.ts';

/** A workspace with a large registry, a draft quoting it and a node_modules folder (where the cache goes by default). */
function largeWorkspace(): string {
  const dir = workspace({ 'drafts/story.md': largeRegistryDraft(), 'node_modules/.keep': '' });
  writeLargeRegistry(dir);
  return dir;
}

const files = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
/** The index cache's files in a folder (check's result cache keeps its own there too). */
const indexFiles = (folder: string) => files(folder).filter((f) => /^(entries|index)-/.test(f));

test('check keeps its index cache in node_modules/.cache/source-check by default; a run from the cache prints exactly what a run without it does', () => {
  const dir = largeWorkspace();
  try {
    const args = ['check', 'drafts', '--no-config', '--format', 'json'];
    const uncached = cli([...args, '--no-cache'], dir);
    assert.equal(uncached.code, 0, uncached.stderr); // (warnings only)
    assert.deepEqual(files(path.join(dir, 'node_modules', '.cache')), [], '--no-cache writes nothing');
    const first = cli(args, dir);
    const cacheFolder = path.join(dir, 'node_modules', '.cache', 'source-check');
    assert.equal(indexFiles(cacheFolder).length, 3, 'two statement files and the quote index');
    const second = cli(args, dir);
    for (const run of [first, second]) {
      assert.equal(run.code, uncached.code, run.stderr);
      assert.equal(run.stdout, uncached.stdout);
      assert.equal(run.stderr, uncached.stderr);
    }
    assert.match(second.stdout, /"misquote"/);
    // the same for the text format
    assert.equal(cli(['check', 'drafts', '--no-config'], dir).stdout, cli(['check', 'drafts', '--no-config', '--no-cache'], dir).stdout);
  } finally {
    removeDir(dir);
  }
});

test('--cache-location puts the cache in that folder (relative to the current one), and nowhere else', () => {
  const dir = largeWorkspace();
  try {
    const r = cli(['check', 'drafts', '--no-config', '--cache-location', 'my-cache'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(indexFiles(path.join(dir, 'my-cache')).length, 3);
    assert.deepEqual(files(path.join(dir, 'node_modules', '.cache')), []);
    const extract = cli(['extract', 'drafts/story.md', '--cache-location', 'my-cache'], dir);
    assert.equal(extract.code, 0, extract.stderr);
    assert.match(extract.stdout, /"sourceId":"s3"/);
  } finally {
    removeDir(dir);
  }
});

test('a cache location that cannot be written is said once on stderr, and the findings and exit code stay the same', () => {
  const dir = largeWorkspace();
  try {
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    const r = cli(['check', 'drafts', '--no-config', '--format', 'json', '--cache-location', 'a-file'], dir);
    const plain = cli(['check', 'drafts', '--no-config', '--format', 'json', '--no-cache'], dir);
    assert.equal(r.code, plain.code);
    assert.equal(r.stdout, plain.stdout);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('cannot write the index cache'));
    assert.equal(warnings.length, 1, r.stderr);
    assert.match(warnings[0], /cannot write the index cache in .*a-file: .*; checking goes on without it \(--no-cache turns it off, --cache-location moves it\)/);
  } finally {
    removeDir(dir);
  }
});

test('--no-cache and --cache-location together, or an empty --cache-location, are usage errors', () => {
  const both = cli(['check', '--no-cache', '--cache-location', 'x']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--no-cache and --cache-location exclude each other; give one/);
  const empty = cli(['check', '--cache-location=']);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /--cache-location needs a folder/);
  assert.match(cli(['--help']).stdout, /--no-cache [^\n]*\n[^\n]*\n--cache-location PATH/);
});

test('a rebuilt CLI (dist/cli.js changed, bin/source-check.js not) reads no cache of the build before: it writes its own', () => {
  const dir = largeWorkspace();
  try {
    // a copy of the tool, to rebuild (touch) without touching the one the other tests run
    const tool = path.join(dir, 'tool');
    fs.mkdirSync(path.join(tool, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(tool, 'dist'));
    fs.copyFileSync(BIN, path.join(tool, 'bin', 'source-check.js'));
    fs.copyFileSync(path.join(path.dirname(BIN), 'compileCache.js'), path.join(tool, 'bin', 'compileCache.js')); // (what the command loads the bundle with)
    fs.copyFileSync(path.join(path.dirname(BIN), '..', 'dist', 'cli.js'), path.join(tool, 'dist', 'cli.js'));
    const run = () => spawnSync(process.execPath, [path.join(tool, 'bin', 'source-check.js'), 'check', 'drafts', '--no-config', '--cache-location', 'c'], { cwd: dir, encoding: 'utf8' });
    // (the files' names and a hash of their bytes, so that a failure prints something readable)
    const contents = () => indexFiles(path.join(dir, 'c')).map((f) => `${f} ${crypto.createHash('sha1').update(fs.readFileSync(path.join(dir, 'c', f))).digest('hex')}`).join('\n');
    const stamp = () => indexFiles(path.join(dir, 'c')).map((f) => /source-check [^\u0000-\u001f]*/.exec(fs.readFileSync(path.join(dir, 'c', f)).toString('latin1'))?.[0]).join('\n');
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    const written = contents();
    assert.match(stamp(), /^source-check \S+ columns \d+ \d+:/);
    assert.equal(run().stdout, first.stdout);
    assert.equal(contents(), written, 'the same build reads its cache and writes nothing');
    fs.utimesSync(path.join(tool, 'dist', 'cli.js'), new Date(), new Date(Date.now() + 5000));
    const rebuilt = run();
    assert.equal(rebuilt.stdout, first.stdout);
    assert.notEqual(contents(), written, 'the rebuilt tool rejected the files and wrote its own');
  } finally {
    removeDir(dir);
  }
});
