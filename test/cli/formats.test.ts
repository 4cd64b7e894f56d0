import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';
import { cli } from './runCli.ts';

/** The SARIF 2.1.0 schema as published (rtm.5), shipped inside a devDependency: no network needed. */
const SARIF_SCHEMA = path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

test('--format sarif on the example is a valid SARIF 2.1.0 log: rules with help links, levels, 1-based regions, the registry entry as related location', () => {
  const r = cli(['check', 'examples/newsroom', '--format', 'sarif']);
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }) // the schema's language pattern is not valid with the u flag;
  // the schema is draft-04; it uses no keyword that changed meaning since, so ajv 8 (draft-07) reads it once its id is $id
  const { $schema, id, ...schema } = JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as { $schema: string; id: string };
  assert.match($schema, /draft-04/);
  assert.doesNotMatch(JSON.stringify(schema), /"exclusive(Minimum|Maximum)":\s*(true|false)/);
  Object.assign(schema, { $id: id });
  const valid = ajv.validate(schema, log);
  assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 5), null, 2));
  const broken = structuredClone(log);
  (broken.runs[0].results![0] as { level: string }).level = 'fatal';
  assert.equal(ajv.validate(schema, broken), false, 'the schema does refuse a bad log');
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  const rules = run.tool.driver.rules ?? [];
  // help links go to the code's section of the README shipped beside the command
  const readme = new URL('README.md', `file://${ROOT}/`).href;
  assert.ok(rules.some((rule) => rule.id === 'misquote' && rule.helpUri === `${readme}#misquote` && rule.shortDescription?.text));
  assert.equal(run.tool.driver.informationUri, readme);
  assert.match(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'), /^### `misquote`$/m, 'the anchor exists');
  const results = run.results ?? [];
  assert.equal(results.length, 6, 'the six findings of the story');
  const misquote = results.find((x) => x.ruleId === 'misquote')!;
  assert.equal(misquote.level, 'warning');
  assert.equal(rules[misquote.ruleIndex!].id, 'misquote');
  const where = misquote.locations![0].physicalLocation!;
  assert.equal(where.artifactLocation!.uri, 'examples/newsroom/drafts/misquoted-letter.md');
  // the quote starts on line 3, column 35 (1-based), as the text format says
  assert.deepEqual([where.region!.startLine, where.region!.startColumn], [3, 35]);
  const text = fs.readFileSync(path.join(ROOT, 'examples/newsroom/drafts/misquoted-letter.md'), 'utf8').split('\n');
  assert.equal(text[2].slice(where.region!.startColumn! - 1).slice(0, 9), 'to ensure');
  assert.match(text[where.region!.endLine! - 1].slice(0, where.region!.endColumn! - 1), /manner,?$/, 'the end column is the one after the quote');
  const related = misquote.relatedLocations![0];
  assert.match(related.physicalLocation!.artifactLocation!.uri!, /examples\/newsroom\/sources\/seely-letter\.yaml$/);
  assert.ok(related.physicalLocation!.region!.startLine! > 1 && related.message?.text);
  const levels = new Set(results.map((x) => x.level));
  assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
});

test('--format sarif keeps a suppressed finding as a result with its in-source suppression and reason', () => {
  const dir = copyExample();
  try {
    const file = path.join(dir, 'drafts', 'withdrawal-announced.md');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `<!-- source-check-disable source-status -- the desk reviewed it -->\n${text}`);
    const log = JSON.parse(cli(['check', path.join(dir, 'drafts'), '--format', 'sarif'], dir).stdout) as Sarif.Log;
    const suppressed = (log.runs[0].results ?? []).filter((x) => x.suppressions?.length);
    assert.ok(suppressed.length >= 2);
    assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource', justification: 'the desk reviewed it' }]);
  } finally {
    removeDir(dir);
  }
});

test('--format github prints one workflow command per finding, properties and message %-escaped as the Actions toolkit does', () => {
  const r = cli(['check', 'examples/newsroom', '--format', 'github']);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 6);
  assert.ok(lines.includes(lines.find((l) => l.startsWith('::warning file=examples/newsroom/drafts/misquoted-letter.md,line=3,col=35,endLine=')) ?? '<none>'));
  for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Source Check%3A [a-z-]+::[^\n]+$/);

  const dir = copyExample();
  try {
    // a path with a comma and a colon, and a message with a line break cannot break the command
    const odd = path.join(dir, 'drafts', 'odd, name: 100%.md');
    fs.writeFileSync(odd, 'He said "unclosed.\n');
    const g = cli(['check', odd, '--format', 'github'], dir);
    assert.match(g.stdout, /^::warning file=drafts\/odd%2C name%3A 100%25\.md,line=1,col=9,/m);
  } finally {
    removeDir(dir);
  }
});

test('--format junit is one testsuite per draft and one testcase per finding, well-formed with hostile text escaped', () => {
  const r = cli(['check', 'examples/newsroom', '--format', 'junit']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="source-check" tests="6" failures="3" errors="0">/);
  assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, 4, 'one per draft');
  assert.equal((r.stdout.match(/<testcase /g) ?? []).length, 6);
  assert.equal((r.stdout.match(/<failure /g) ?? []).length, 3, 'the errors fail');
  assertWellFormed(r.stdout);

  const dir = copyExample();
  try {
    const hostile = path.join(dir, 'drafts', 'a<b>&"c\'.md');
    fs.writeFileSync(hostile, 'Milley said: "<script>alert(1)</script> & \u0001 unclosed.\n');
    const j = cli(['check', hostile, '--format', 'junit'], dir);
    assert.ok(!j.stdout.includes('<script>'), j.stdout);
    assert.ok(!j.stdout.includes('\u0001'));
    assert.match(j.stdout, /<testsuite name="drafts\/a&lt;b&gt;&amp;&quot;c&apos;\.md"/);
    assertWellFormed(j.stdout);
  } finally {
    removeDir(dir);
  }
});

/** A small XML well-formedness check: tags nest and close, attributes are quoted, no raw & or <. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(body))) {
    at = token.lastIndex;
    if (m[5] !== undefined) {
      assert.doesNotMatch(m[5], /&(?!(amp|lt|gt|quot|apos|#\d+);)/, `raw & in text: ${m[5].slice(0, 80)}`);
      continue;
    }
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes what is open`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.equal(at, body.length, `does not parse at ${at}: ${body.slice(at, at + 80)}`);
  assert.deepEqual(stack, [], 'every element closed');
}
