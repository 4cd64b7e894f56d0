import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { removeDir } from '../support/workspace.ts';
import { cli, exampleDraft, exampleSources, workspace } from './runCli.ts';

type Json = { files: { path: string; diagnostics: { code: string; severity: string }[] }[] };
const severities = (stdout: string, file: string) =>
  (JSON.parse(stdout) as Json).files.filter((f) => f.path === file).flatMap((f) => f.diagnostics.filter((d) => d.code === 'source-status').map((d) => d.severity));

test('each draft gets the settings nearest to it, not those of the first path', () => {
  const story = exampleDraft('withdrawal-announced.md');
  const dir = workspace({
    ...exampleSources('desk-a'),
    ...exampleSources('desk-b'),
    'desk-a/.vscode/settings.json': '{ "sourceCheck.severity.draft": "error" }',
    'desk-a/story.md': story,
    'desk-b/.vscode/settings.json': '{ "sourceCheck.severity.draft": "hint" }',
    'desk-b/story.md': story,
    'desk-c/story.md': story,
    ...exampleSources('desk-c'),
  });
  try {
    const r = cli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(severities(r.stdout, path.join('desk-a', 'story.md')).every((s) => s === 'error'));
    assert.ok(severities(r.stdout, path.join('desk-b', 'story.md')).every((s) => s === 'hint'));
    assert.ok(severities(r.stdout, path.join('desk-c', 'story.md')).every((s) => s === 'warning'), 'no settings: the default');
    assert.equal(severities(r.stdout, path.join('desk-b', 'story.md')).length, 2);
    // the summary counts the hints on their own
    const text = cli(['check', 'desk-b/story.md', 'desk-c/story.md'], dir);
    assert.equal(text.code, 0);
    assert.equal(text.stdout.trim().split('\n').pop(), '4 findings (0 errors, 2 warnings, 0 information, 2 hints) in 2 drafts');
  } finally {
    removeDir(dir);
  }
});

test('Markdown inside a sources/ folder is registry material, not a draft; include and exclude come from the draft’s settings', () => {
  const dir = workspace({
    ...exampleSources(),
    'sources/README.md': 'He said "this is not a draft.\n',
    'drafts/today.md': 'He said "today.\n',
    'drafts/old/last-year.md': 'He said "last year.\n',
    '.vscode/settings.json': '{ "sourceCheck.exclude": ["drafts/old/**"] }',
  });
  try {
    const r = cli(['check', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1).map((l) => l.split(':')[0]), ['drafts/today.md']);
    // a folder inside a dot folder has drafts too
    const hidden = workspace({ '.scratch/desk/story.md': 'He said "hidden.\n' });
    try {
      assert.match(cli(['check', '.scratch/desk'], hidden).stdout, /^\.scratch\/desk\/story\.md:1:9 /m);
    } finally {
      removeDir(hidden);
    }
    // a file named on the command line is checked whatever the settings say
    assert.match(cli(['check', 'drafts/old/last-year.md'], dir).stdout, /^drafts\/old\/last-year\.md:1:9 /m);
  } finally {
    removeDir(dir);
  }
});

test('bad configuration is exit 2: no drafts matched, a registry path or settings file that does not work', () => {
  const empty = workspace({ ...exampleSources(), 'sources/notes.md': 'He said "x.\n', 'image.png': 'PNG' });
  try {
    const none = cli(['check', '.'], empty);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^source-check: no drafts matched: \. \(no drafts in it\); drafts are the files sourceCheck\.include matches/m);
    assert.equal(cli(['check', 'sources'], empty).code, 2, 'a sources/ folder holds no drafts');
  } finally {
    removeDir(empty);
  }
  const dir = workspace({ ...exampleSources(), 'desk/.vscode/settings.json': '{ "sourceCheck.registry": ["no-such-folder"] }', 'desk/story.md': 'x\n', 'broken/.vscode/settings.json': '{ "sourceCheck.severity.draft": ', 'broken/story.md': 'x\n' });
  try {
    const registry = cli(['check', 'desk'], dir);
    assert.equal(registry.code, 2);
    assert.match(registry.stderr, /desk\/\.vscode\/settings\.json:1:\d+: sourceCheck\.registry `no-such-folder` .*no such file or folder/);
    const broken = cli(['check', 'broken/story.md'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /broken\/\.vscode\/settings\.json:1:\d+: settings do not parse/);
    assert.equal(cli(['check', 'desk/story.md', '--registry', 'nowhere'], dir).code, 2);
  } finally {
    removeDir(dir);
  }
});

test('without any registry the check says on stderr where it looked and checks the quotation marks and attribution only', () => {
  const dir = workspace({ 'drafts/story.md': 'Milley said: "We are leaving."\n\nHe said "it was late.\n' });
  try {
    const r = cli(['check', 'drafts'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^source-check: no registry found for drafts\/story\.md: looked for a sources\/ folder in drafts and each folder above it up to the repository root \.; checking quotation marks and attribution only \(give --registry PATH or set sourceCheck\.registry\)$/m);
    assert.match(r.stdout, /^drafts\/story\.md:3:9 warning .*\[unclosed-quote\]$/m);
    const found = workspace({ ...exampleSources(), 'story.md': 'x\n' });
    try {
      assert.doesNotMatch(cli(['check', '.'], found).stderr, /no registry/);
    } finally {
      removeDir(found);
    }
  } finally {
    removeDir(dir);
  }
});
