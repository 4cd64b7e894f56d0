import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFTS_PER_JOB, idleCores, jobCount } from '../../../src/cli/jobs.ts';

test('threads: --jobs as given but never more than the drafts; by default one per DRAFTS_PER_JOB drafts, up to the idle cores and 4', () => {
  assert.equal(jobCount(3, 2, 8), 2);
  assert.equal(jobCount(3, 0, 8), 1);
  assert.equal(jobCount(1, 5000, 8), 1);
  assert.equal(jobCount(3, 5000, 1), 3, '--jobs is taken whatever the load');
  assert.equal(jobCount(undefined, DRAFTS_PER_JOB * 2 - 1, 8), 1);
  assert.equal(jobCount(undefined, 5, 8), 1);
  assert.equal(jobCount(undefined, 100_000, 8), 4);
  assert.equal(jobCount(undefined, 100_000, 3), 3);
  assert.equal(jobCount(undefined, DRAFTS_PER_JOB * 2, 8), 2);
  assert.equal(jobCount(undefined, 1000, idleCores(2, 0.2)), 2, 'a quiet machine of 2 cores: both for 1,000 drafts');
  assert.equal(jobCount(undefined, 1000, idleCores(2, 14)), 1, 'both cores busy: one thread');
});

test('idle cores: the cores less the last minute\'s load, rounded, at least one', () => {
  assert.equal(idleCores(2, 0), 2);
  assert.equal(idleCores(2, 0.4), 2);
  assert.equal(idleCores(2, 0.6), 1);
  assert.equal(idleCores(2, 15), 1);
  assert.equal(idleCores(4, 1.2), 3);
  assert.equal(idleCores(8, 0), 8);
});
