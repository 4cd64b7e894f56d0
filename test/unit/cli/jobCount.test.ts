import assert from 'node:assert/strict';
import * as os from 'node:os';
import { test } from 'node:test';
import { DRAFTS_PER_JOB, jobCount } from '../../../src/cli/jobs.ts';

test('threads: --jobs as given but never more than the drafts; by default one per DRAFTS_PER_JOB drafts, up to the cores and 4', () => {
  assert.equal(jobCount(3, 2), 2);
  assert.equal(jobCount(3, 0), 1);
  assert.equal(jobCount(1, 5000), 1);
  assert.equal(jobCount(undefined, DRAFTS_PER_JOB * 2 - 1), 1);
  assert.equal(jobCount(undefined, 5), 1);
  assert.equal(jobCount(undefined, 100_000), Math.min(os.availableParallelism(), 4));
  assert.equal(jobCount(undefined, DRAFTS_PER_JOB * 2), Math.min(os.availableParallelism(), 2));
});
