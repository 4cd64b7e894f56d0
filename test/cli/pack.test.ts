import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

test('npm pack gives a package whose source-check command works after npm install -g into a temporary prefix, offline, with an empty cache', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-pack-'));
  try {
    // the build the tests run on (npm run build) is what is packed; --ignore-scripts: no second build meanwhile
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info.files.map((f) => f.path).sort();
    assert.ok(files.includes('bin/source-check.js') && files.includes('dist/cli.js') && files.includes('README.md'), files.join(', '));
    assert.ok(!files.some((f) => /^(src|test|node_modules|examples)\//.test(f) || f.endsWith('.map')), `only what the command needs: ${files.join(', ')}`);

    const prefix = path.join(tmp, 'prefix');
    const installed = npm(['install', '-g', '--offline', '--cache', path.join(tmp, 'empty-cache'), '--prefix', prefix, path.join(tmp, info.filename)], tmp);
    assert.equal(installed.status, 0, installed.stderr);
    const manifest = JSON.parse(fs.readFileSync(path.join(prefix, 'lib', 'node_modules', 'source-check', 'package.json'), 'utf8')) as { dependencies?: object; version: string };
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'nothing to resolve at run time: the CLI is bundled');

    const bin = path.join(prefix, 'bin', process.platform === 'win32' ? 'source-check.cmd' : 'source-check');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);
    const dir = copyExample();
    try {
      const check = spawnSync(bin, ['check', 'drafts', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
      assert.equal(check.status, 1, check.stderr);
      const out = JSON.parse(check.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
      assert.ok(out.files.some((f) => f.path === path.join('drafts', 'misquoted-letter.md') && f.diagnostics.some((d) => d.code === 'misquote')));
    } finally {
      removeDir(dir);
    }
  } finally {
    removeDir(tmp);
  }
});
