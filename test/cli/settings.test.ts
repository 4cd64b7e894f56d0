import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, EXAMPLE, removeDir } from '../support/workspace.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example with its settings file replaced by `settings` (JSON with comments). */
function exampleWith(settings: string): string {
  const dir = copyExample();
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), settings);
  return dir;
}

type Diagnostics = { path: string; diagnostics: { code: string; severity: string }[] }[];
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { files: Diagnostics }).files.flatMap((f) => f.diagnostics);

test('__proto__ keys in a settings file are refused at their line:col and change no severity and no count', () => {
  const dir = exampleWith(`{
  "sourceCheck.severity.draft": "error",
  "sourceCheck.__proto__.polluted": "yes",
  "sourceCheck.__proto__.misquote": { "level": "error" },
  "sourceCheck.__proto__.draft": { "level": "error" },
  "sourceCheck.severity.__proto__": { "misattributed-quote": "off" },
  "sourceCheck": { "constructor": { "prototype": { "misquote": "off" } } }
}`);
  try {
    const text = cli(['check', dir]);
    assert.equal(text.code, 1, text.stderr);
    const settingsFile = path.join(dir, '.vscode', 'settings.json');
    for (const [line, col, key] of [[3, 3, 'sourceCheck.__proto__.polluted'], [4, 3, 'sourceCheck.__proto__.misquote'], [6, 3, 'sourceCheck.severity.__proto__'], [7, 20, 'sourceCheck.constructor']]) {
      assert.ok(text.stderr.includes(`${settingsFile}:${line}:${col}: \`${key}`), `${key} at ${line}:${col} in\n${text.stderr}`);
    }
    const findings = text.stdout.trim().split('\n').slice(0, -1);
    assert.ok(findings.every((l) => / (error|warning|information|hint) /.test(l)), text.stdout);
    assert.doesNotMatch(text.stdout, /\[object Object\]/);
    const errors = findings.filter((l) => / error /.test(l)).length;
    const warnings = findings.filter((l) => / warning /.test(l)).length;
    const hints = findings.filter((l) => / hint /.test(l)).length;
    assert.equal(text.stdout.trim().split('\n').pop(), `${findings.length} findings (${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings - hints} information, ${hints} hints) in 4 drafts`);

    const json = diagnostics(cli(['check', dir, '--format', 'json']).stdout);
    assert.ok(json.some((d) => d.code === 'misattributed-quote' && d.severity === 'warning'), 'misattributed-quote is not switched off');
    assert.ok(json.some((d) => d.code === 'misquote' && d.severity === 'warning'), 'misquote keeps its default');
    assert.ok(json.filter((d) => d.code === 'source-status').some((d) => d.severity === 'error'), 'the real draft setting applies');
  } finally {
    removeDir(dir);
  }
});

test('unknown settings name the closest known key, bad values are refused, each at file:line:col', () => {
  const dir = exampleWith(`{
  // a comment
  "sourceCheck.severity.misqoute": "error",
  "sourceCheck.registy": ["sources"],
  "sourceCheck.foo": true,
  "sourceCheck.include": {},
  "sourceCheck.debounceMs": "x",
  "sourceCheck.severity.draft": "loud",
  "editor.tabSize": 2
}`);
  try {
    const r = cli(['check', dir, '--format', 'json']);
    const settingsFile = path.join(dir, '.vscode', 'settings.json');
    const lines = r.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      `${settingsFile}:3:3: unknown setting \`sourceCheck.severity.misqoute\`; did you mean \`sourceCheck.severity.misquote\`?`,
      `${settingsFile}:4:3: unknown setting \`sourceCheck.registy\`; did you mean \`sourceCheck.registry\`?`,
      `${settingsFile}:5:3: unknown setting \`sourceCheck.foo\`; expected one of sourceCheck.registry, sourceCheck.include, sourceCheck.exclude, sourceCheck.debounceMs, sourceCheck.severity.<code or status>`,
      `${settingsFile}:6:26: sourceCheck.include is {} (an object); expected a list of globs (strings); ignored, the default is used`,
      `${settingsFile}:7:29: sourceCheck.debounceMs is "x" (a string); expected a number of milliseconds, 0 or more; ignored, the default is used`,
      `${settingsFile}:8:33: sourceCheck.severity.draft is "loud" (a string); expected one of error, warning, information, hint, off (or null for the default); ignored`,
    ]);
    assert.equal(r.code, 0, 'the bad draft severity is not used: source-status stays a warning');
    const json = diagnostics(r.stdout);
    assert.ok(json.some((d) => d.code === 'misquote' && d.severity === 'warning'));
    assert.ok(json.some((d) => d.code === 'source-status') && json.filter((d) => d.code === 'source-status').every((d) => d.severity !== 'error'));
  } finally {
    removeDir(dir);
  }
});

test('a settings file that does not parse is exit 2 at its file:line:col; an empty one is no settings', () => {
  const dir = exampleWith('{\n  "sourceCheck.severity.draft": "error",,\n}\n');
  try {
    const settingsFile = path.join(dir, '.vscode', 'settings.json');
    const r = cli(['check', dir]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr.split('\n')[0], new RegExp(`^${settingsFile.replace(/[.\\/]/g, '\\$&')}:2:41: settings do not parse: expected a property name in double quotes$`));
    assert.equal(r.stdout, '');
    fs.writeFileSync(settingsFile, '[1, 2]');
    const list = cli(['check', dir]);
    assert.equal(list.code, 2);
    assert.match(list.stderr, /settings\.json:1:1: settings are a list; expected an object of settings/);
    fs.writeFileSync(settingsFile, `{${'"a": 1 '.repeat(1000)}}`);
    const many = cli(['check', dir]);
    assert.equal(many.code, 2);
    assert.equal(many.stderr.trim().split('\n').length, 6, 'five errors and a count of the rest');
    assert.match(many.stderr, /settings\.json: \d+ more parse errors not shown$/m);
    const folder = cli(['check', dir, '--config', path.join(dir, 'drafts')]);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /drafts:1:1: cannot read settings: a folder, expected a settings file/);
    fs.writeFileSync(settingsFile, '// nothing yet\n');
    const empty = cli(['check', dir]);
    assert.equal(empty.code, 0, empty.stderr);
    assert.equal(empty.stderr, '');
  } finally {
    removeDir(dir);
  }
});

test('a settings registry outside its workspace folder is refused (exit 2); --registry may point anywhere', () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-reach-'));
  try {
    const ws = path.join(top, 'ws');
    fs.cpSync(EXAMPLE, ws, { recursive: true });
    fs.renameSync(path.join(ws, 'sources'), path.join(top, 'elsewhere'));
    const settingsFile = path.join(ws, '.vscode', 'settings.json');
    fs.writeFileSync(settingsFile, '{\n  "sourceCheck.registry": ["../elsewhere"]\n}\n');
    const refused = cli(['check', ws]);
    assert.equal(refused.code, 2, refused.stdout);
    assert.equal(refused.stderr.trim(), `${settingsFile}:2:27: sourceCheck.registry \`../elsewhere\` in ${settingsFile} points outside the workspace folder ${ws}; pass it with --registry to use it`);
    assert.equal(refused.stdout, '');

    // a link inside the workspace to the folder outside is outside too
    fs.symlinkSync(path.join(top, 'elsewhere'), path.join(ws, 'linked'));
    fs.writeFileSync(settingsFile, '{ "sourceCheck.registry": "linked" }');
    assert.equal(cli(['check', ws]).code, 2);

    const given = cli(['check', ws, '--registry', path.join(top, 'elsewhere'), '--format', 'json']);
    assert.equal(given.code, 0, given.stderr);
    assert.ok(diagnostics(given.stdout).some((d) => d.code === 'source-status'), 'the explicit registry is used');
  } finally {
    removeDir(top);
  }
});

test('--config FILE outside a .vscode folder: its registry paths are relative to the file’s own folder', () => {
  const dir = copyExample();
  try {
    const file = path.join(dir, 'check-settings.json');
    fs.writeFileSync(file, '{ "sourceCheck.registry": ["sources"], "sourceCheck.severity.draft": "error" }');
    const r = cli(['check', path.join(dir, 'drafts'), '--config', file, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(diagnostics(r.stdout).some((d) => d.code === 'source-status' && d.severity === 'error'));
  } finally {
    removeDir(dir);
  }
});

test('a registry path that does not exist is exit 2, from --registry or from settings', () => {
  const dir = exampleWith('{ "sourceCheck.registry": ["sources", "no-such-folder"] }');
  try {
    const fromSettings = cli(['check', dir]);
    assert.equal(fromSettings.code, 2);
    assert.match(fromSettings.stderr, /settings\.json:1:27: sourceCheck\.registry `no-such-folder` in .*settings\.json: no such file or folder .*no-such-folder$/m);
    const fromFlag = cli(['check', dir, '--no-config', '--registry', path.join(dir, 'missing.yaml')]);
    assert.equal(fromFlag.code, 2);
    assert.match(fromFlag.stderr, /^source-check: --registry: no such file or folder: .*missing\.yaml$/m);
  } finally {
    removeDir(dir);
  }
});

test('the search for sources/ stops at the repository root: a sources/ folder above it is not used', () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-repo-'));
  try {
    fs.cpSync(path.join(EXAMPLE, 'sources'), path.join(top, 'sources'), { recursive: true });
    const repo = path.join(top, 'repo');
    fs.cpSync(path.join(EXAMPLE, 'drafts'), path.join(repo, 'drafts'), { recursive: true });
    const statuses = () => {
      const r = cli(['check', repo, '--no-config', '--format', 'json']);
      return diagnostics(r.stdout).filter((d) => d.code === 'source-status').length;
    };
    assert.ok(statuses() > 0, 'without a repository, the sources/ above is the nearest');
    fs.mkdirSync(path.join(repo, '.git'));
    assert.equal(statuses(), 0, 'a .git folder ends the search');
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere/.git/worktrees/repo\n');
    assert.equal(statuses(), 0, 'a .git file (a worktree) ends it too');
    fs.cpSync(path.join(EXAMPLE, 'sources'), path.join(repo, 'sources'), { recursive: true });
    assert.ok(statuses() > 0, 'the repository root itself is searched');
    // a settings file above the repository root is not read either
    fs.mkdirSync(path.join(top, '.vscode'));
    fs.writeFileSync(path.join(top, '.vscode', 'settings.json'), '{ "sourceCheck.severity.draft": "error" }');
    const r = cli(['check', repo, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(diagnostics(r.stdout).some((d) => d.code === 'source-status' && d.severity === 'warning'));
  } finally {
    removeDir(top);
  }
});
