import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';
import { copyExample, removeDir } from '../support/workspace.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'source-check-import-'));
}

test('import writes registry YAML the checker reads without a registry-error, and a second import updates it in place', () => {
  const dir = tempDir();
  try {
    const out = path.join(dir, 'sources', 'fact-checks.yaml');
    fs.mkdirSync(path.dirname(out));
    const first = cli(['import', 'claimreview', path.join(FIXTURES, 'claimreview.json'), path.join(FIXTURES, 'claimreview-graph.json'), '--out', out]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), `${out}: 10 added, 0 updated, 0 unchanged, 1 skipped (see the warnings)`);
    assert.match(first.stderr, /claimreview\.json:32:3 warning: skipped the ClaimReview https:\/\/factcheck\.example\.org\/2024\/no-claim: it has no `claimReviewed`/);
    const written = fs.readFileSync(out, 'utf8');
    // a draft quoting the claim: the checker reads the written registry and reports the label
    fs.writeFileSync(path.join(dir, 'story.md'), 'Dana Whitlock said: "The harbour was dredged twice last year at a cost of 40 million."\n');
    const check = cli(['check', dir, '--no-config', '--format', 'json']);
    const files = (JSON.parse(check.stdout) as { files: { path: string; diagnostics: { code: string; status: string | null; message: string }[] }[] }).files;
    assert.ok(!files.some((f) => f.diagnostics.some((d) => d.code === 'registry-error')), check.stdout);
    const story = files.find((f) => f.path.endsWith('story.md'))!;
    assert.ok(story.diagnostics.some((d) => d.code === 'source-status' && d.status === 'mistaken' && /Harbour Fact Check/.test(d.message)), check.stdout);
    assert.equal(check.code, 1, 'a quote of a claim rated False is an error');
    // the user comments the file; importing again changes nothing and keeps the comment
    fs.writeFileSync(out, `# checked by the desk\n${written}`);
    const again = cli(['import', 'claimreview', path.join(FIXTURES, 'claimreview.json'), path.join(FIXTURES, 'claimreview-graph.json'), '--out', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 added, 0 updated, 10 unchanged/);
    assert.equal(fs.readFileSync(out, 'utf8'), `# checked by the desk\n${written}`);
  } finally {
    removeDir(dir);
  }
});

test('import of CSL-JSON and Retraction Watch into one file: the same DOI is one entry, updated by the retraction', () => {
  const dir = tempDir();
  try {
    const out = path.join(dir, 'library.yaml');
    const csl = path.join(dir, 'csl.json');
    // the bibliography holds the paper Retraction Watch lists as retracted
    const items = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'csl.json'), 'utf8')) as object[];
    items.push({ id: 'silt', type: 'article-journal', title: 'Silt, sand and the "harbour effect"', DOI: 'https://doi.org/10.5555/JCE.2021.042', author: [{ family: 'Okafor', given: 'Chidi' }], issued: { 'date-parts': [[2021, 6, 1]] } });
    fs.writeFileSync(csl, JSON.stringify(items));
    assert.equal(cli(['import', 'csl-json', csl, '--out', out]).code, 0);
    const r = cli(['import', 'retraction-watch', path.join(FIXTURES, 'retraction-watch.csv'), '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /: 3 added, 1 updated, 1 unchanged, 1 skipped/);
    const text = fs.readFileSync(out, 'utf8');
    assert.equal(text.split('url: https://doi.org/10.5555/jce.2021.042\n').length, 2, 'one entry for the DOI');
    assert.match(text, /url: https:\/\/doi\.org\/10\.5555\/jce\.2021\.042\n {2}status: retracted\n {2}statusDate: 2024-03-14\n/);
  } finally {
    removeDir(dir);
  }
});

test('import: bad input is an error at file:line:column with exit 2; bad usage exits 2; nothing is written', () => {
  const dir = tempDir();
  try {
    const out = path.join(dir, 'out.yaml');
    const json = cli(['import', 'claimreview', path.join(FIXTURES, 'broken.json'), '--out', out]);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /broken\.json:4:4 error: invalid JSON: found `"author"`; expected a comma/);
    const csv = cli(['import', 'retraction-watch', path.join(FIXTURES, 'broken.csv'), '--out', out]);
    assert.equal(csv.code, 2);
    assert.match(csv.stderr, /broken\.csv:2:3 error: invalid CSV: this quoted field is never closed/);
    assert.ok(!fs.existsSync(out));
    for (const args of [['import'], ['import', 'bibtex', 'x.bib'], ['import', 'csl-json'], ['import', 'csl-json', 'x.json', '--bogus'], ['import', 'csl-json', path.join(dir, 'missing.json')]]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /source-check: |error: /);
    }
    fs.writeFileSync(out, '- id: a\n  name: [open\n');
    const broken = cli(['import', 'csl-json', path.join(FIXTURES, 'csl.json'), '--out', out]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /out\.yaml:\d+:\d+ error: the file to update is not valid YAML/);
    assert.equal(fs.readFileSync(out, 'utf8'), '- id: a\n  name: [open\n');
  } finally {
    removeDir(dir);
  }
});

test('check: a Retraction Watch CSV or a CSL-JSON export left in sources/ is one registry-error naming the import command', () => {
  const dir = copyExample();
  try {
    fs.copyFileSync(path.join(FIXTURES, 'retraction-watch.csv'), path.join(dir, 'sources', 'retractions.csv'));
    fs.copyFileSync(path.join(FIXTURES, 'csl.json'), path.join(dir, 'sources', 'zotero.json'));
    fs.writeFileSync(path.join(dir, 'sources', 'budget.csv'), 'year,amount\n2024,3\n');
    const r = cli(['check', dir, '--no-config']);
    const errors = r.stdout.split('\n').filter((l) => l.includes('[registry-error]'));
    assert.equal(errors.length, 2, r.stdout);
    assert.match(errors.find((l) => l.includes('retractions.csv'))!, /retractions\.csv:1:1 error this file is Retraction Watch CSV, not registry entries; .*`source-check import retraction-watch retractions\.csv --out retractions\.yaml`/);
    assert.match(errors.find((l) => l.includes('zotero.json'))!, /zotero\.json:2:3 error this file is CSL-JSON .*`source-check import csl-json zotero\.json --out zotero\.yaml`/);
  } finally {
    removeDir(dir);
  }
});

test('import into a registry folder refers to the speakers its other files have, so check finds no duplicate id', () => {
  const dir = copyExample();
  try {
    const review = { '@type': 'ClaimReview', url: 'https://factcheck.example.org/milley', datePublished: '2020-01-07', author: { '@type': 'Organization', name: 'Reuters' }, claimReviewed: 'That letter is a draft.', itemReviewed: { author: { '@type': 'Person', name: 'Gen. Mark Milley' } }, reviewRating: { alternateName: 'True' } };
    fs.writeFileSync(path.join(dir, 'review.json'), JSON.stringify(review));
    const out = path.join(dir, 'sources', 'fact-checks.yaml');
    const r = cli(['import', 'claimreview', path.join(dir, 'review.json'), '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /: 2 added, 0 updated, 0 unchanged/, 'the review and the claim; Reuters and Milley are in speakers.yaml');
    const text = fs.readFileSync(out, 'utf8');
    assert.match(text, /speaker: mark-milley\n/);
    assert.match(text, /statusBy: reuters\n/);
    const check = cli(['check', dir, '--no-config']);
    assert.doesNotMatch(check.stdout, /registry-error/, check.stdout);
    const json = cli(['import', 'claimreview', path.join(dir, 'review.json'), '--out', path.join(dir, 'sources', 'x.json')]);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /--out .*x\.json: expected a \.yaml or \.yml file/);
  } finally {
    removeDir(dir);
  }
});
