import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';
import { cli, exampleDraft, exampleSources, workspace } from './runCli.ts';

const summaryLine = (stdout: string) => stdout.trim().split('\n').pop() ?? '';

test('--version prints the version of package.json', () => {
  const r = cli(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
});

test('-- ends the options: a draft named like an option is checked after it, and refused before it', () => {
  const dir = workspace({ '--story.md': 'He said "it was late.\n' });
  try {
    const r = cli(['check', '--no-config', '--', '--story.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^--story\.md:1:9 warning .*\[unclosed-quote\]$/m);
    const refused = cli(['check', '--story.md'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /unknown option `--story\.md` \(to give a path that starts with -, put it after --\)/);
  } finally {
    removeDir(dir);
  }
});

test('a quoted glob is expanded by source-check; one that matches no draft is exit 2', () => {
  const dir = workspace({ 'drafts/a.md': 'He said "a.\n', 'drafts/desk/b.md': 'He said "b.\n', 'drafts/c.txt': 'He said "c.\n', 'notes/d.md': 'He said "d.\n' });
  try {
    const r = cli(['check', 'drafts/**/*.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1).map((l) => l.split(':')[0]), ['drafts/a.md', 'drafts/desk/b.md']);
    assert.match(summaryLine(r.stdout), / in 2 drafts$/);
    const none = cli(['check', 'drafts/**/*.markdown'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no drafts matched: drafts\/\*\*\/\*\.markdown \(no file matched\)/);
    const images = workspace({ 'drafts/a.png': 'PNG' });
    try {
      const notDrafts = cli(['check', 'drafts/**/*.png'], images);
      assert.equal(notDrafts.code, 2);
      assert.match(notDrafts.stderr, /no drafts matched: drafts\/\*\*\/\*\.png \(1 file matched, none of them a draft\)/);
    } finally {
      removeDir(images);
    }
  } finally {
    removeDir(dir);
  }
});

test('- reads standard input; --stdin-filepath names it for the settings, the registry and the report', () => {
  const dir = copyExample();
  try {
    const text = exampleDraft('withdrawal-announced.md');
    const named = cli(['check', '-', '--stdin-filepath', 'drafts/pasted.md', '--format', 'json'], dir, text);
    assert.equal(named.code, 1, named.stderr);
    const files = (JSON.parse(named.stdout) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] }).files;
    assert.equal(files[0].path, path.join('drafts', 'pasted.md'));
    // the example's settings make quoting a draft an error; its sources/ folder was found from the named path
    assert.ok(files[0].diagnostics.some((d) => d.code === 'source-status' && d.severity === 'error'));

    const elsewhere = workspace({});
    try {
      const unnamed = cli(['check', '-'], elsewhere, 'He said "it was late.\n');
      assert.equal(unnamed.code, 0);
      assert.match(unnamed.stdout, /^<stdin>\.md:1:9 warning .*\[unclosed-quote\]$/m);
      assert.match(unnamed.stderr, /no registry found/);
    } finally {
      removeDir(elsewhere);
    }
    assert.equal(cli(['check', '--stdin-filepath', 'x.md'], dir).code, 2, '--stdin-filepath without -');
  } finally {
    removeDir(dir);
  }
});

test('--quiet reports errors only; --max-warnings N fails the run when there are more warnings', () => {
  const quiet = cli(['check', 'examples/newsroom', '--quiet']);
  assert.equal(quiet.code, 1);
  const lines = quiet.stdout.trim().split('\n');
  assert.equal(lines.length, 4, quiet.stdout);
  assert.ok(lines.slice(0, -1).every((l) => / error .*\[source-status\]$/.test(l)));
  assert.equal(summaryLine(quiet.stdout), '3 findings (3 errors, 0 warnings, 0 information, 0 hints) in 4 drafts');

  // without the example's settings its findings are warnings: exit 0 unless more than N are allowed
  const warned = cli(['check', 'examples/newsroom', '--no-config']);
  assert.equal(warned.code, 0);
  const warnings = Number(/(\d+) warnings/.exec(summaryLine(warned.stdout))?.[1]);
  assert.ok(warnings >= 3, warned.stdout);
  assert.equal(cli(['check', 'examples/newsroom', '--no-config', '--max-warnings', String(warnings)]).code, 0);
  const over = cli(['check', 'examples/newsroom', '--no-config', '--max-warnings', String(warnings - 1)]);
  assert.equal(over.code, 1);
  assert.match(over.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
  assert.equal(cli(['check', 'examples/newsroom', '--no-config', '--max-warnings', '-1']).code, 0, '-1: no limit, as in ESLint');
  assert.equal(cli(['check', 'examples/newsroom', '--max-warnings', 'some']).code, 2);
});

test('--fix replaces a misquote with the source’s words and closes an unclosed quotation, touching nothing else', () => {
  const dir = workspace({ ...exampleSources(), 'letter.md': exampleDraft('misquoted-letter.md'), 'late.md': 'Intro line.\n\nHe said "it was late.\n\nLast line.\n' });
  try {
    const before = fs.readFileSync(path.join(dir, 'letter.md'), 'utf8');
    const r = cli(['check', '--fix', 'letter.md', 'late.md'], dir);
    assert.match(r.stderr, /letter\.md: fixed 1 finding \(misquote\)/);
    assert.match(r.stderr, /late\.md: fixed 1 finding \(unclosed-quote\)/);
    const after = fs.readFileSync(path.join(dir, 'letter.md'), 'utf8');
    assert.equal(after, before.replace('the withdrawal out of Iraq is\nconducted in a safe and efficient manner,', 'the movement out of Iraq is\nconducted in a safe and efficient manner,'), 'the word changed, the line break kept');
    assert.equal(fs.readFileSync(path.join(dir, 'late.md'), 'utf8'), 'Intro line.\n\nHe said "it was late."\n\nLast line.\n');
    assert.doesNotMatch(r.stdout, /misquote|unclosed-quote/, 'the report is of the fixed files');
    const again = cli(['check', 'letter.md', 'late.md'], dir);
    assert.doesNotMatch(again.stdout, /\[(misquote|unclosed-quote)\]/);
    assert.doesNotMatch(cli(['check', '--fix', 'letter.md'], dir).stderr, /fixed/, 'nothing left to fix');
  } finally {
    removeDir(dir);
  }
});

test('--fix-dry-run prints a unified diff that git apply takes, and writes nothing', () => {
  const files = { ...exampleSources(), 'letter.md': exampleDraft('misquoted-letter.md'), 'late.md': 'Intro line.\n\nHe said "it was late.\n\nLast line.\n' };
  const dir = workspace(files);
  try {
    const r = cli(['check', '--fix-dry-run', 'letter.md', 'late.md'], dir);
    assert.match(r.stdout, /^--- a\/late\.md\n\+\+\+ b\/late\.md\n@@ -1,5 \+1,5 @@\n Intro line\.\n \n-He said "it was late\.\n\+He said "it was late\."\n \n Last line\.$/m);
    assert.match(r.stdout, /^-The coalition will take measures "to ensure that the withdrawal out of Iraq is$/m);
    assert.equal(fs.readFileSync(path.join(dir, 'letter.md'), 'utf8'), files['letter.md'], 'nothing written');
    const patch = r.stdout.slice(0, r.stdout.lastIndexOf('\n', r.stdout.lastIndexOf('\n') - 1) + 1);
    fs.writeFileSync(path.join(dir, 'fix.patch'), patch.split('\n').filter((l) => !/^\S+:\d+:\d+ |^\d+ findings? /.test(l)).join('\n'));
    const applied = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    const fixedDir = workspace(files);
    try {
      cli(['check', '--fix', 'letter.md', 'late.md'], fixedDir);
      for (const f of ['letter.md', 'late.md']) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), fs.readFileSync(path.join(fixedDir, f), 'utf8'), `${f}: the diff is what --fix writes`);
    } finally {
      removeDir(fixedDir);
    }
    assert.equal(cli(['check', '--fix-dry-run', '--format', 'json', 'late.md'], dir).code, 2, 'a diff has no other format');
    assert.equal(cli(['check', '--fix', '-'], dir, 'x').code, 2, 'standard input cannot be fixed in place');
  } finally {
    removeDir(dir);
  }
});
