import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entriesFromColumns, entriesToColumns } from '../../../src/core/registry/indexColumns.ts';
import type { SourceEntry } from '../../../src/core/registry/model.ts';

/** `n` statements by the same speaker on the same day, seen by the same two people. */
function sameSpeakerStatements(n: number): SourceEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'source', id: `s${i}`, type: 'statement', title: `Statement ${i}`, speaker: { written: 'person-1234', name: 'person-1234' },
    date: '2016-04-10', url: undefined, text: `Words number ${i} were said.`, aliases: [], status: 'verified',
    statusNote: undefined, statusBy: { written: 'fact-checker', name: 'fact-checker' }, statusDate: '2016-05-01', statusSource: undefined, supersededBy: undefined,
    seenBy: [{ written: 'person-1234', name: 'person-1234' }, { written: 'Ann Lee', name: 'Ann Lee' }], location: undefined as never,
  }));
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test('speaker references and dates that entries repeat are stored once a file, and read back the same in every entry', () => {
  const entries = sameSpeakerStatements(50);
  const columns = entriesToColumns(entries);
  assert.equal(occurrences(columns.narrow, 'person-1234'), 1, 'the speaker (also in seenBy) once');
  assert.equal(occurrences(columns.narrow, '2016-04-10'), 1, 'the date once');
  assert.equal(occurrences(columns.narrow, 'fact-checker'), 1);
  assert.equal(occurrences(columns.narrow, 'Ann Lee'), 1);
  assert.equal(occurrences(columns.narrow, 'Statement 7'), 1, 'titles as ever');
  const read = entriesFromColumns(columns) as SourceEntry[];
  assert.deepEqual(read, entries);
  // each entry keeps references of its own: resolving one (as the registry does) leaves the others as written
  assert.notEqual(read[0].speaker, read[1].speaker);
  read[0].speaker!.name = 'Resolved Name';
  assert.equal(read[1].speaker!.name, 'person-1234');
  assert.equal(read[0].seenBy[0].name, 'person-1234');
});

test('a shared string that points past the ones read, or a bad marker, makes the columns unreadable (undefined, no throw)', () => {
  const columns = entriesToColumns(sameSpeakerStatements(3));
  // the second entry's speaker: after its mask (title, speaker, date, text, statusBy, statusDate) and its
  // title's length comes number 0, the first entry's speaker; made to point at number 99
  const mask = 1 | 2 | 4 | 16 | 64 | 128;
  const at = columns.ints.findIndex((n, i) => n === mask && columns.ints[i + 1] === 'Statement 1'.length && columns.ints[i + 2] === 0);
  assert.ok(at > 0, 'the back reference is where the layout puts it');
  const pastEnd = columns.ints.slice();
  pastEnd[at + 2] = 99;
  assert.equal(entriesFromColumns({ ...columns, ints: pastEnd }), undefined);
  const badMarker = columns.ints.slice();
  badMarker[badMarker.indexOf(-1)] = -7;
  assert.equal(entriesFromColumns({ ...columns, ints: badMarker }), undefined);
});
