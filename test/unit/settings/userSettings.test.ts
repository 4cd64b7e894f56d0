import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { SETTING_KEYS, severityFor, type SettingsProblem } from '../../../src/core/settings.ts';
import { closestKey, editDistance, readUserSettings, sectionEntries } from '../../../src/core/userSettings.ts';
import { loadSettingsFile, readHostSettings } from '../../../src/host/settingsFile.ts';
import { ROOT } from '../../support/lspClient.ts';

const docsBase = 'https://example.invalid/README.md';

test('the known settings are exactly the ones package.json contributes', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  assert.deepEqual([...SETTING_KEYS].sort(), Object.keys(manifest.contributes.configuration.properties).sort());
});

test('a settings file with __proto__, constructor and prototype keys pollutes nothing and loses no real setting', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-settings-'));
  try {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, `{
      "sourceCheck.__proto__.polluted": "yes",
      "sourceCheck.__proto__.misquote": { "level": "error" },
      "sourceCheck.severity.__proto__": { "misquote": "off", "polluted": "yes" },
      "sourceCheck.constructor.prototype.polluted": "yes",
      "sourceCheck": { "__proto__": { "polluted": "yes" }, "severity": { "__proto__": { "draft": "off" }, "draft": "error" } },
      "sourceCheck.severity.mistaken": "hint"
    }`);
    const { settings, problems, errors } = loadSettingsFile(file);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).misquote, undefined);
    assert.deepEqual(errors, []);
    assert.equal(problems.length, 6, problems.join('\n'));
    assert.ok(problems.every((p) => /^.*settings\.json:\d+:\d+: `sourceCheck\.[\w.]*(__proto__|constructor)[\w.]*` is not a setting/.test(p)), problems.join('\n'));
    assert.deepEqual({ ...settings.severity }, { draft: 'error', mistaken: 'hint' });
    assert.equal(Object.getPrototypeOf(settings.severity), null);
    const checked = { severity: settings.severity, docsBase };
    assert.equal(severityFor(checked, 'misquote'), 'warning');
    assert.equal(severityFor(checked, 'source-status', 'draft'), 'error');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('VS Code’s section with own __proto__ keys (as JSON.parse makes them) is read the same way', () => {
  const section = JSON.parse('{"__proto__": {"polluted": "yes"}, "severity": {"__proto__": {"misquote": "off"}, "misquote": "hint", "draft": null}, "registry": ["sources"]}') as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const host = readHostSettings(section, problems);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(problems.map((p) => p.key), ['sourceCheck.__proto__', 'sourceCheck.severity.__proto__']);
  assert.deepEqual({ ...host.severity }, { misquote: 'hint' });
  assert.deepEqual(host.registry, ['sources']);
});

test('a prototype polluted elsewhere still gives no severity', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.misquote = 'off';
  try {
    const { severity } = readUserSettings([]);
    assert.equal(severityFor({ severity, docsBase }, 'misquote'), 'warning');
    assert.equal(severityFor({ severity: {}, docsBase }, 'misquote'), 'warning', 'even an ordinary object');
  } finally {
    delete proto.misquote;
  }
});

test('unknown keys name the closest known key within a small edit distance', () => {
  const problems: SettingsProblem[] = [];
  readUserSettings(['sourceCheck.severity.misqoute', 'sourceCheck.Registry', 'sourceCheck.debounce', 'sourceCheck.foo', 'sourceCheck.severity.bogus'].map((key) => ({ key, value: 'error' })), problems);
  assert.deepEqual(problems.map((p) => p.message), [
    'unknown setting `sourceCheck.severity.misqoute`; did you mean `sourceCheck.severity.misquote`?',
    'unknown setting `sourceCheck.Registry`; did you mean `sourceCheck.registry`?',
    'unknown setting `sourceCheck.debounce`; did you mean `sourceCheck.debounceMs`?',
    'unknown setting `sourceCheck.foo`; expected one of sourceCheck.registry, sourceCheck.include, sourceCheck.exclude, sourceCheck.debounceMs, sourceCheck.severity.<code or status>',
    'unknown setting `sourceCheck.severity.bogus`; expected sourceCheck.severity.<code> or .<status>, one of source-status, misquote, misattributed-quote, unverified-quote, unattributed-quote, unclosed-quote, unopened-quote, registry-error, suppression-without-reason, unused-suppression, unknown-suppression-code, disputed, draft, mistaken, retracted, superseded, fabricated',
  ]);
  assert.equal(closestKey('sourceCheck.severity.retraced'), 'sourceCheck.severity.retracted');
  assert.equal(closestKey('sourceCheck.exlcude'), 'sourceCheck.exclude');
  assert.equal(closestKey('sourceCheck.x'), undefined);
  assert.equal(editDistance('misqoute', 'misquote'), 1, 'a swap of neighbours is one edit');
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abc', 'abcdefgh', 2), 2, 'capped');
});

test('values of the wrong type are reported and never used', () => {
  const problems: SettingsProblem[] = [];
  const user = readUserSettings(sectionEntries({ registry: 5, include: {}, exclude: ['ok/**', 7, ''], debounceMs: 'x', severity: { misquote: 'loud', draft: 3, disputed: 'hint' } }), problems);
  assert.deepEqual(problems.map((p) => p.message), [
    'sourceCheck.registry is 5 (a number); expected a list of paths (strings); ignored, the default is used',
    'sourceCheck.include is {} (an object); expected a list of globs (strings); ignored, the default is used',
    'sourceCheck.exclude: item 2 is 7 (a number); expected a glob (a non-empty string); left out',
    'sourceCheck.exclude: item 3 is "" (a string); expected a glob (a non-empty string); left out',
    'sourceCheck.debounceMs is "x" (a string); expected a number of milliseconds, 0 or more; ignored, the default is used',
    'sourceCheck.severity.misquote is "loud" (a string); expected one of error, warning, information, hint, off (or null for the default); ignored',
    'sourceCheck.severity.draft is 3 (a number); expected one of error, warning, information, hint, off (or null for the default); ignored',
  ]);
  assert.equal(user.registry, undefined);
  assert.equal(user.include, undefined);
  assert.deepEqual(user.exclude, ['ok/**']);
  assert.equal(user.debounceMs, undefined);
  assert.deepEqual({ ...user.severity }, { disputed: 'hint' });
  const group: SettingsProblem[] = [];
  readUserSettings(sectionEntries({ severity: 'error' }), group);
  assert.deepEqual(group.map((p) => p.message), ['sourceCheck.severity is "error" (a string); expected an object of settings, e.g. {"misquote": "error"}; ignored']);
  const good = readUserSettings(sectionEntries({ registry: 'sources', debounceMs: 0 }));
  assert.deepEqual([good.registry, good.debounceMs, Object.keys(good.severity)], [['sources'], 0, []]);
});
