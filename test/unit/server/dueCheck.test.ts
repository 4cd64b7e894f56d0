import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { dueCheck } from '../../../src/server/dueCheck.ts';

/** Resolves inside an I/O callback (as the server is when a didChange arrives), with what `inside` returned. */
const fromIoCallback = <T>(inside: () => T) => new Promise<T>((resolve) => fs.stat(__filename, () => resolve(inside())));

test('an edit with no debounce is checked at the next turn of the event loop, before a 0 ms timer set ahead of it', async () => {
  const order: string[] = [];
  await new Promise<void>((done) => {
    void fromIoCallback(() => {
      setTimeout(() => {
        order.push('timer');
        done();
      }, 0);
      dueCheck(() => order.push('check'), 0);
    });
  });
  assert.deepEqual(order, ['check', 'timer']);
});

test('a due check cancelled before it runs never runs, with or without a debounce; one not cancelled runs once', async () => {
  const ran: string[] = [];
  dueCheck(() => ran.push('no debounce, cancelled'), 0).cancel();
  dueCheck(() => ran.push('debounced, cancelled'), 5).cancel();
  dueCheck(() => ran.push('no debounce'), 0);
  dueCheck(() => ran.push('debounced'), 5);
  await new Promise((r) => setTimeout(r, 30));
  assert.deepEqual(ran, ['no debounce', 'debounced']);
});
