import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { removeDir } from '../support/workspace.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);

/** Asserts the page is well-formed: one doctype, every tag closed in order, no raw `<` or `&` outside tags and entities, no script. */
function assertWellFormed(html: string): void {
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.doesNotMatch(html, /<script/i, 'no script element');
  const body = html.slice('<!DOCTYPE html>'.length);
  const stack: string[] = [];
  const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const between = body.slice(last, m.index);
    assert.doesNotMatch(between, /[<>]/, `raw < or > in text: ${between.slice(0, 80)}`);
    assert.doesNotMatch(between, /&(?!(?:amp|lt|gt|quot|#39);)/, `raw & in text: ${between.slice(0, 80)}`);
    last = m.index + m[0].length;
    const [, closing, name] = m;
    if (name === 'style' && !closing) {
      const end = body.indexOf('</style>', last);
      assert.ok(end > 0);
      last = end;
      stack.push('style');
      continue;
    }
    if (VOID.has(name)) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes <${stack.at(-1)}>`);
    else stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element closed');
  assert.equal(body.slice(last).trim(), '');
}

test('check --format html --out: one self-contained page with the example story\'s findings and its labelled source', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-html-'));
  try {
    const out = path.join(dir, 'report.html');
    const r = cli(['check', 'examples/newsroom', '--format', 'html', '--out', out]);
    assert.equal(r.code, 1, 'the exit code is the check\'s');
    assert.equal(r.stdout, '', 'the page goes to the file');
    const html = fs.readFileSync(out, 'utf8');
    assertWellFormed(html);
    assert.match(html, /<style>/);
    assert.doesNotMatch(html, /<link|src=|https?:\/\/[^"<]*\.(?:css|js)/, 'nothing loaded from elsewhere');
    assert.match(html, /<p class="summary">6 findings \(3 errors, 2 warnings, 1 information, 0 hints\) in 4 drafts<\/p>/);
    for (const draft of ['misattributed.md', 'misquoted-letter.md', 'withdrawal-announced.md', 'withdrawal-clarified.md']) {
      assert.match(html, new RegExp(`<h3>examples/newsroom/drafts/${draft.replace('.', '\\.')}</h3>`));
    }
    // the misquote: the draft's words and the source's
    assert.match(html, /<code>misquote<\/code>[\s\S]*?<blockquote>to ensure that the withdrawal out of Iraq is\nconducted in a safe and efficient manner,<\/blockquote>\n<div>The source, Letter from Task Force Iraq to Iraq&#39;s Combined Joint Operations Command \(William H\. Seely III\):<\/div><blockquote>to ensure that the movement out of Iraq/);
    assert.match(html, /<code>misattributed-quote<\/code>/);
    // the labelled source and the drafts that quote it
    const labelled = html.slice(html.indexOf('<h2 id="labelled">'));
    assert.match(labelled, /<h3>Letter from Task Force Iraq[^<]*<span class="label draft">draft<\/span><\/h3>/);
    assert.match(labelled, /<dt>Labelled by<\/dt><dd>Mark Milley<\/dd>/);
    for (const where of ['misquoted-letter.md:3', 'withdrawal-announced.md:11', 'withdrawal-announced.md:15', 'withdrawal-clarified.md:6']) {
      assert.ok(labelled.includes(`<li class="where">examples/newsroom/drafts/${where}</li>`), where);
    }
  } finally {
    removeDir(dir);
  }
});

test('check --format html escapes hostile text from drafts, registry files and paths', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-html-'));
  try {
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(path.join(dir, 'sources', 'notice.yaml'), [
      '- id: harbour-authority', '  type: organization', '  name: Harbour Authority',
      '- id: notice', '  type: statement', '  title: "<img src=x onerror=alert(1)> notice"', '  speaker: harbour-authority',
      '  text: "Dredging <script>alert(1)</script> will begin in March & end in June."', '  status: retracted',
      '  statusNote: "<b>withdrawn</b> \'quietly\'"',
      '- id: broken', '  type: letter', '  "<script>": x',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'a&b <i>.md'), 'The Harbour Authority said: "Dredging <script>alert(1)</script> will begin in March & end in June."\n');
    const r = cli(['check', dir, '--no-config', '--format', 'html']);
    assert.equal(r.code, 1, r.stderr);
    assertWellFormed(r.stdout);
    assert.match(r.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(r.stdout, /&lt;img src=x onerror=alert\(1\)&gt; notice <span class="label retracted">/);
    assert.match(r.stdout, /<h3>[^<]*a&amp;b &lt;i&gt;\.md<\/h3>/);
    assert.match(r.stdout, /<h2 id="registry">Registry problems<\/h2>[\s\S]*unknown field `&lt;script&gt;`/);
  } finally {
    removeDir(dir);
  }
});

test('--format html is for check only', () => {
  const r = cli(['extract', 'examples/newsroom/drafts/misattributed.md', '--format', 'html']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown format `html` for extract; expected json or text/);
});
