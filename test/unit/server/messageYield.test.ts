import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messageYield } from '../../../src/server/checkFiles.ts';

test('the browser\'s yield (a message to itself) lets a timer and other work run, and resolves each wait in order', async () => {
  const yieldNow = messageYield();
  // (the port does not keep Node's event loop alive, as a server's connection does: this interval stands in for it)
  const alive = setInterval(() => {}, 1000);
  const order: string[] = [];
  let timerRan = false;
  setTimeout(() => (timerRan = true), 0);
  const waits = [1, 2, 3].map((i) => yieldNow().then(() => order.push(`yield ${i}`)));
  order.push('sync');
  await Promise.all(waits);
  assert.deepEqual(order, ['sync', 'yield 1', 'yield 2', 'yield 3']);
  for (let i = 0; i < 50 && !timerRan; i++) await yieldNow();
  clearInterval(alive);
  assert.ok(timerRan, 'a timer due meanwhile ran between the yields');
});
