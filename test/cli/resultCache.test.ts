import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { copyExample, removeDir } from '../support/workspace.ts';
import { writeLargeRegistry } from '../support/largeRegistry.ts';
import { cli } from './runCli.ts';

const results = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.startsWith('result-')) : []);

/** `check ARGS` with the result cache in `cache`, and the same without any cache: the truth to compare with. */
function both(dir: string, args: string[], cache: string) {
  return { cached: cli(['check', ...args, '--cache-location', cache], dir), truth: cli(['check', ...args, '--no-cache'], dir) };
}

const same = (run: { code: number | null; stdout: string; stderr: string }, truth: typeof run, what: string) => {
  assert.equal(run.stdout, truth.stdout, what);
  assert.equal(run.stderr, truth.stderr, what);
  assert.equal(run.code, truth.code, what);
};

/** The example newsroom with a large registry beside its own (runs reading under 256 KB are not stored). */
function largeExample(): string {
  const dir = copyExample();
  writeLargeRegistry(dir, 3);
  return dir;
}

test('check replays an unchanged run from its result cache (output, stderr, exit 1), and runs again after any change to a draft, a registry file, the settings or the drafts found', () => {
  const dir = largeExample();
  const cache = path.join(dir, 'cache');
  try {
    const first = both(dir, ['drafts'], cache);
    same(first.cached, first.truth, 'first run');
    assert.equal(first.cached.code, 1, 'the example has an error finding');
    assert.equal(results(cache).length, 1);
    const stored = path.join(cache, results(cache)[0]);
    const writtenAt = fs.statSync(stored).mtimeMs;
    const again = cli(['check', 'drafts', '--cache-location', cache], dir);
    same(again, first.truth, 'replayed');
    assert.equal(fs.statSync(stored).mtimeMs, writtenAt, 'replayed, not run and written again');
    assert.equal(results(cache).length, 1);

    const changes: [string, () => void][] = [
      ['a draft edited', () => fs.appendFileSync(path.join(dir, 'drafts', 'misattributed.md'), '\nShe said, "it was never going to happen."\n')],
      ['a registry file edited', () => {
        const f = path.join(dir, 'sources', 'milley-remarks.yaml');
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/status: \w+/, 'status: retracted'));
      }],
      ['a registry file added', () => fs.writeFileSync(path.join(dir, 'sources', 'more.yaml'), '- id: broken\n  type: statement\n  text: [unclosed\n')],
      ['the settings changed', () => fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{ "sourceCheck.severity.draft": "hint" }\n')],
      ['a draft added', () => fs.writeFileSync(path.join(dir, 'drafts', 'new.md'), 'He said "it was late.\n')],
      ['a settings file nearer the drafts', () => {
        fs.mkdirSync(path.join(dir, 'drafts', '.vscode'));
        fs.writeFileSync(path.join(dir, 'drafts', '.vscode', 'settings.json'), '{ "sourceCheck.exclude": ["new.md"] }\n');
      }],
    ];
    let before = first.truth.stdout + first.truth.stderr;
    for (const [what, change] of changes) {
      change();
      const run = both(dir, ['drafts'], cache);
      same(run.cached, run.truth, what);
      assert.notEqual(run.truth.stdout + run.truth.stderr, before, `${what}: the change shows in the output`);
      same(cli(['check', 'drafts', '--cache-location', cache], dir), run.truth, `${what}: replayed`);
      before = run.truth.stdout + run.truth.stderr;
    }
    // other arguments are another run
    const json = both(dir, ['drafts', '--format', 'json'], cache);
    same(json.cached, json.truth, '--format json');
    const out = path.join(dir, 'report.json');
    for (let i = 0; i < 2; i++) {
      fs.rmSync(out, { force: true });
      const r = cli(['check', 'drafts', '--format', 'json', '--out', out, '--cache-location', cache], dir);
      assert.equal(r.code, json.truth.code);
      assert.equal(fs.readFileSync(out, 'utf8'), `${json.truth.stdout.trimEnd()}\n`, `--out, run ${i + 1}`);
    }
  } finally {
    removeDir(dir);
  }
});

test('--no-cache writes no result; standard input, --fix-dry-run and small runs are never cached', () => {
  const small = copyExample();
  try {
    const r = cli(['check', 'drafts', '--cache-location', 'cache'], small);
    assert.equal(r.code, 1);
    assert.deepEqual(results(path.join(small, 'cache')), [], 'the example alone reads under 256 KB');
  } finally {
    removeDir(small);
  }
  const dir = largeExample();
  const cache = path.join(dir, 'cache');
  try {
    cli(['check', 'drafts', '--no-cache'], dir);
    assert.deepEqual(results(cache), []);
    const draft = fs.readFileSync(path.join(dir, 'drafts', 'misquoted-letter.md'), 'utf8');
    const stdin = cli(['check', '-', '--stdin-filepath', 'drafts/x.md', '--cache-location', cache], dir, draft);
    assert.match(stdin.stdout, /misquote/);
    const dry = cli(['check', 'drafts', '--fix-dry-run', '--cache-location', cache], dir);
    assert.match(dry.stdout, /^--- /m);
    assert.deepEqual(results(cache), []);
  } finally {
    removeDir(dir);
  }
});
