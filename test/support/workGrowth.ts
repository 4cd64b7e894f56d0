/**
 * Deterministic guards against quadratic (or worse) work: the core counts its
 * units of work where hostile input once blew up (src/core/workCounts.ts), and
 * a test asserts the count grows linearly with the input — no clock involved.
 */
import assert from 'node:assert/strict';
import { workCounts, type WorkCount } from '../../src/core/workCounts.ts';

/** The units of `counter` that `run` spends. */
export function workOf(counter: WorkCount, run: () => void): number {
  const before = workCounts[counter];
  run();
  return workCounts[counter] - before;
}

/**
 * Asserts that `run(4)` (the input four times as large) spends at most `limit`
 * times the units of `counter` that `run(1)` spends, and that `run(1)` spends
 * some; returns both counts.
 */
export function assertLinearWork(counter: WorkCount, run: (scale: number) => void, what: string, limit = 4.5): { small: number; large: number } {
  const small = workOf(counter, () => run(1));
  const large = workOf(counter, () => run(4));
  assert.ok(small > 0, `${what}: no ${counter} counted at all; expected the input to be worked on`);
  assert.ok(large <= limit * small, `${what}: ${counter} ${small} at size n, ${large} at 4n = ${(large / small).toFixed(2)}×; expected at most ${limit}× (linear growth)`);
  return { small, large };
}
