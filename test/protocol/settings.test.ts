import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

let dir: string;
before(() => {
  dir = copyExample();
});
after(() => removeDir(dir));

test('the server warns in its log about unknown settings, bad values and __proto__ keys, and uses only the good ones', async () => {
  const client = new LspClient();
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  // own __proto__ keys, as a client's JSON carries them
  const settings = JSON.parse('{"debounceMs": "x", "include": {}, "__proto__": {"misquote": "off"}, "severity": {"misqoute": "off", "__proto__": {"draft": "off"}, "draft": "error"}}') as Record<string, unknown>;
  try {
    await client.initialize(dir, settings);
    const file = path.join(dir, 'drafts', 'withdrawal-announced.md');
    const text = fs.readFileSync(file, 'utf8');
    client.open(file, text);
    const ds = await client.waitFor(file, (d) => d.some((x) => x.code === 'source-status'));
    assert.ok(ds.filter((d) => d.code === 'source-status').every((d) => d.severity === DiagnosticSeverity.Error), 'the draft setting applies');
    const expected = [
      'sourceCheck.debounceMs is "x" (a string); expected a number of milliseconds, 0 or more; ignored, the default is used',
      'sourceCheck.include is {} (an object); expected a list of globs (strings); ignored, the default is used',
      '`sourceCheck.__proto__` is not a setting (`__proto__` is never a setting name); ignored',
      'unknown setting `sourceCheck.severity.misqoute`; did you mean `sourceCheck.severity.misquote`?',
      '`sourceCheck.severity.__proto__` is not a setting (`__proto__` is never a setting name); ignored',
    ];
    for (const m of expected) assert.ok(logs.includes(`source-check: ${m}`), `${m}\nnot in\n${logs.join('\n')}`);
  } finally {
    await client.close();
  }
});
