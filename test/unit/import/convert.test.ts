import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { convertClaimReviews } from '../../../src/core/import/claimReview.ts';
import { readCsv } from '../../../src/core/import/csv.ts';
import { convertCslJson } from '../../../src/core/import/cslJson.ts';
import { readJson } from '../../../src/core/import/jsonInput.ts';
import { mergeEntries } from '../../../src/core/import/merge.ts';
import { ImportSyntaxError, type ImportedEntry } from '../../../src/core/import/model.ts';
import { statusOfRating } from '../../../src/core/import/ratings.ts';
import { convertRetractionWatch } from '../../../src/core/import/retractionWatch.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { ROOT } from '../../support/lspClient.ts';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'import', name), 'utf8');

/** The registry the written YAML makes: no problem may be reported. */
function validated(entries: ImportedEntry[]): Registry {
  const text = mergeEntries(undefined, entries, 'test').text;
  const registry = new Registry([{ path: 'imported.yaml', text }]);
  assert.deepEqual(registry.problems.map((p) => p.message), [], text);
  return registry;
}

test('ClaimReview: the claim is a statement by its author, labelled by the fact-checker with the review as statusSource', () => {
  const { entries, warnings } = convertClaimReviews(readJson(fixture('claimreview.json')));
  const registry = validated(entries);
  const claim = [...registry.sources.values()].find((s) => s.text?.startsWith('The harbour was dredged twice'))!;
  assert.ok(claim, 'the claim is a source');
  assert.equal(claim.type, 'statement');
  assert.equal(claim.speaker?.id, 'dana-whitlock');
  assert.equal(registry.speakers.get('dana-whitlock')?.type, 'person');
  assert.equal(claim.date, '2024-02-28');
  assert.equal(claim.url, 'https://news.example.org/port-meeting');
  assert.equal(claim.status, 'mistaken', 'rated False');
  assert.equal(claim.statusBy?.id, 'harbour-fact-check');
  assert.equal(claim.statusDate, '2024-03-05');
  const review = registry.sources.get(claim.statusSource!)!;
  assert.equal(review.url, 'https://factcheck.example.org/2024/harbour-dredging');
  assert.equal(review.speaker?.id, 'harbour-fact-check');
  assert.equal(registry.speakers.get('harbour-fact-check')?.type, 'organization');
  const ferry = [...registry.sources.values()].find((s) => s.text?.startsWith('Ferry fares'))!;
  assert.equal(ferry.status, 'disputed', 'ratingValue 3 between 1 and 5, no name');
  assert.equal(ferry.speaker?.id, 'harbour-residents-association');
  assert.equal(registry.speakers.get('harbour-residents-association')?.type, 'organization');
  assert.equal(ferry.url, 'https://social.example.org/hra/1', 'firstAppearance');
  assert.equal(warnings.length, 1, 'the review without claimReviewed is skipped');
  assert.match(warnings[0].message, /skipped the ClaimReview https:\/\/factcheck\.example\.org\/2024\/no-claim: it has no `claimReviewed`/);
  assert.deepEqual([warnings[0].line, warnings[0].column], [32, 3]);
});

test('ClaimReview in a @graph: references by @id resolve, other nodes are passed over', () => {
  const { entries, warnings } = convertClaimReviews(readJson(fixture('claimreview-graph.json')));
  assert.deepEqual(warnings, []);
  const registry = validated(entries);
  const claim = [...registry.sources.values()].find((s) => s.type === 'statement')!;
  assert.equal(claim.status, 'disputed', 'Misleading');
  assert.equal(claim.statusBy?.id, 'coast-verify');
  assert.equal(registry.speakers.get('coast-verify')?.url, 'https://verify.example.net');
  assert.equal(registry.sources.size, 2, 'the claim and the review, not the WebPage');
});

test('a single ClaimReview object is read as one review', () => {
  const one = JSON.stringify({ '@type': 'ClaimReview', url: 'https://x.example/r', author: { name: 'Checker' }, claimReviewed: 'It is so.', reviewRating: { alternateName: 'Pants on Fire!' } });
  const { entries } = convertClaimReviews(readJson(one));
  assert.equal(entries.find((e) => e.type === 'statement')?.status, 'fabricated');
});

test('the rating table: names first, then the value on the review\'s scale; unknown gives no status', () => {
  assert.equal(statusOfRating({ alternateName: 'Mostly True' }), 'verified');
  assert.equal(statusOfRating({ alternateName: 'half-true' }), 'disputed');
  assert.equal(statusOfRating({ alternateName: 'FALSE.' }), 'mistaken');
  assert.equal(statusOfRating({ alternateName: 'Pants on Fire' }), 'fabricated');
  assert.equal(statusOfRating({ ratingValue: 5, bestRating: 5, worstRating: 1 }), 'verified');
  assert.equal(statusOfRating({ ratingValue: '1', bestRating: '5', worstRating: '1' }), 'mistaken');
  assert.equal(statusOfRating({ ratingValue: 0, bestRating: 0, worstRating: 10 }), 'verified', 'a scale may run downwards');
  assert.equal(statusOfRating({ alternateName: 'Three Pinocchios' }), undefined);
  const { entries, warnings } = convertClaimReviews(readJson(JSON.stringify({ '@type': 'ClaimReview', author: { name: 'C' }, claimReviewed: 'Odd.', reviewRating: { alternateName: 'Spicy' } })));
  assert.equal(entries.find((e) => e.type === 'statement')?.status, 'unverified');
  assert.match(warnings[0].message, /rating “Spicy” is not in the rating table/);
});

test('CSL-JSON: items are sources with authors as speakers, issued as date, the DOI as url', () => {
  const { entries, warnings } = convertCslJson(readJson(fixture('csl.json')));
  const registry = validated(entries);
  const report = [...registry.sources.values()].find((s) => s.title?.startsWith('Harbour dredging'))!;
  assert.equal(report.type, 'report');
  assert.equal(report.speaker?.id, 'dana-whitlock');
  assert.equal(report.date, '2023-11-02');
  assert.equal(report.url, 'https://port.example.org/reports/dredging-2023');
  assert.ok(registry.speakers.has('chidi-okafor'), 'the second author is a speaker too');
  const paper = [...registry.sources.values()].find((s) => s.title?.startsWith('Sediment'))!;
  assert.equal(paper.type, 'article');
  assert.equal(paper.date, '2022-05');
  assert.equal(paper.url, 'https://doi.org/10.5555/jce.2022.017');
  const tides = [...registry.sources.values()].find((s) => s.title === 'Tide tables')!;
  assert.equal(tides.type, 'document');
  assert.equal(registry.speakers.get(tides.speaker!.id!)?.type, 'organization', 'a literal name');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0].message, /skipped item 4 \(id "untitled"\): it has no `title`/);
});

test('Retraction Watch: papers keyed by DOI, labelled by the nature, dated and explained by the notice', () => {
  const { entries, warnings } = convertRetractionWatch(fixture('retraction-watch.csv'));
  const registry = validated(entries);
  const byUrl = (doi: string) => [...registry.sources.values()].find((s) => s.url === `https://doi.org/${doi}`)!;
  const retracted = byUrl('10.5555/jce.2021.042');
  assert.equal(retracted.status, 'retracted');
  assert.equal(retracted.statusDate, '2024-03-14');
  assert.equal(retracted.date, '2021-06-01');
  assert.equal(retracted.title, 'Silt, sand and the "harbour effect" (Journal of Coastal Examples)', 'a quoted field with a comma and "" quotes');
  assert.match(retracted.statusNote!, /^Retraction \(notice: https:\/\/doi\.org\/10\.5555\/jce\.2024\.900\)\. Reasons: Falsification\/Fabrication of Data; Investigation by Journal\/Publisher/);
  assert.equal(retracted.speaker?.id, 'chidi-okafor');
  assert.equal(byUrl('10.5555/jce.2020.007').status, 'disputed', 'an expression of concern; the DOI lowercased');
  assert.equal(byUrl('10.5555/jce.2019.003').status, 'disputed', 'a correction');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0].message, /skipped record 90004 \(line 6, “A paper without a DOI”\): OriginalPaperDOI `unavailable` is not a DOI/);
  assert.equal(warnings[0].line, 6, 'the record after one with a line break inside a quoted field');
});

test('the CSV reader: quoted fields with commas, quotes and line breaks; CRLF and LF; errors at line and column', () => {
  assert.deepEqual(readCsv('a,b\r\n"x, y","say ""hi""\nthere"\n\n3,\n').map((r) => [r.line, r.fields]), [
    [1, ['a', 'b']], [2, ['x, y', 'say "hi"\nthere']], [5, ['3', '']],
  ]);
  assert.throws(() => readCsv('a,b\n1,"open\n2,3\n'), (e: unknown) => e instanceof ImportSyntaxError && e.line === 2 && e.column === 3 && /never closed/.test(e.message));
  assert.throws(() => readCsv('a,b\n"x"y,2\n'), (e: unknown) => e instanceof ImportSyntaxError && e.line === 2 && e.column === 4 && /found `y` after a closing quote/.test(e.message));
  assert.throws(() => convertRetractionWatch('Title,Author\nx,y\n'), (e: unknown) => e instanceof ImportSyntaxError && /no `OriginalPaperDOI`, `RetractionNature` column/.test(e.message));
});

test('bad JSON is an error at its line and column', () => {
  assert.throws(() => readJson(fixture('broken.json')), (e: unknown) => e instanceof ImportSyntaxError && e.line === 4 && e.column === 4 && /found `"author"`; expected a comma/.test(e.message));
  assert.throws(() => readJson('[1, 2,]'), (e: unknown) => e instanceof ImportSyntaxError && e.line === 1 && e.column === 7);
  assert.throws(() => readJson(''), (e: unknown) => e instanceof ImportSyntaxError && /found the end of the file/.test(e.message));
});

test('ids are stable: the same claim, DOI or URL gives the same id in another run and another order', () => {
  const a = convertRetractionWatch(fixture('retraction-watch.csv')).entries.map((e) => e.id);
  const lines = fixture('retraction-watch.csv').split('\r\n');
  const reordered = [lines[0], lines[4], lines[1], lines[2], lines[3], lines[5], ''].join('\r\n');
  const b = convertRetractionWatch(reordered).entries.map((e) => e.id);
  assert.deepEqual([...b].sort(), [...a].sort());
  assert.ok(a.every((id) => /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(id)));
});

test('hostile input: speakers without Latin letters keep apart, values over the registry limits are shortened or left out, deep nesting is an error', () => {
  const review = (checker: string, claimant: string, claim: string) => ({ '@type': 'ClaimReview', url: `https://x.example/${claim.length}/${claimant}`, author: { name: checker }, claimReviewed: claim, itemReviewed: { author: { name: claimant } }, reviewRating: { alternateName: 'False' } });
  const { entries, warnings } = convertClaimReviews(readJson(JSON.stringify([review('C'.repeat(400), '习近平', 'One.'), review('Checker', '普京', 'Two.'), review('Checker', 'Someone', 'x '.repeat(600_000))])));
  const registry = validated(entries);
  const names = [...registry.speakers.values()].map((s) => s.name);
  assert.ok(names.includes('习近平') && names.includes('普京'), names.join(', '));
  assert.ok(names.some((n) => n.length === 300 && n.endsWith('…')), 'the 400-character name shortened to the limit');
  assert.ok(warnings.some((w) => /`name` of `c+` is 400 characters long; expected at most 300 \(shortened\)/.test(w.message)), warnings.map((w) => w.message).join('\n'));
  assert.ok(warnings.some((w) => /`text` of `x-x-x[-x]*-[a-z0-9]{6}` is 1,199,999 characters long; expected at most 1,000,000 \(left out\)/.test(w.message)), warnings.map((w) => w.message).join('\n'));
  assert.throws(() => readJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), (e: unknown) => e instanceof ImportSyntaxError && e.line === 1 && e.column === 257 && /nested more than 256 levels/.test(e.message));
});
