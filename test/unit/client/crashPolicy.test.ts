import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connectionErrorAction, CrashLoop, crashLoopMessage, describeWindow, ServerReasons } from '../../../src/client/crashPolicy.ts';

const MIN = 60_000;

test('four crashes in 3 minutes restart the server; the fifth stops it', () => {
  const loop = new CrashLoop(5, 3 * MIN);
  const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((t) => loop.crashed(t));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.deepEqual(decisions.map((d) => d.crashes), [1, 2, 3, 4, 5]);
});

test('crashes spread over more than the window keep restarting', () => {
  const loop = new CrashLoop(5, 3 * MIN);
  for (let i = 0; i < 20; i++) assert.equal(loop.crashed(i * MIN).restart, true, `crash ${i + 1}, a minute apart`);
  // the window holds the crashes at 17, 18 and 19 min: one more is the fourth, still a restart
  assert.deepEqual(loop.crashed(19 * MIN + 1), { restart: true, crashes: 4 });
});

test('old crashes leave the window: four quick ones, a pause, then four more still restart', () => {
  const loop = new CrashLoop(5, 3 * MIN);
  for (const t of [0, 1000, 2000, 3000]) assert.equal(loop.crashed(t).restart, true);
  for (const t of [3 * MIN + 3001, 3 * MIN + 4000, 3 * MIN + 5000, 3 * MIN + 6000]) assert.equal(loop.crashed(t).restart, true, `at ${t}`);
  assert.equal(loop.crashed(3 * MIN + 7000).restart, false, 'the fifth within 3 minutes of the four before');
});

test('reset (a restart by hand) forgets the crashes', () => {
  const loop = new CrashLoop(2, MIN);
  loop.crashed(0);
  assert.equal(loop.crashed(1).restart, false);
  loop.reset();
  assert.deepEqual(loop.crashed(2), { restart: true, crashes: 1 });
});

test('the message names the count, the window and the last reason', () => {
  assert.equal(
    crashLoopMessage({ restart: false, crashes: 5 }, 3 * MIN, 'cannot read the client\'s messages (Unexpected end of JSON input)'),
    'Source Check: the language server crashed 5 times in 3 minutes (last: cannot read the client\'s messages (Unexpected end of JSON input)); it is stopped. Diagnostics are not updated until it is restarted.',
  );
  assert.equal(describeWindow(MIN), '1 minute');
  assert.equal(describeWindow(90_000), '90 seconds');
  assert.equal(describeWindow(3_600_000), '1 hour');
});

test('the reason is the server\'s own last message, else its last stderr line, else a plain note', () => {
  const reasons = new ServerReasons();
  assert.equal(reasons.take(), 'the server process ended without saying why');
  reasons.line('source-check: cannot read the client\'s messages (Content-Length value must be a number. Got x); the server exits (code 1).');
  reasons.line('    at Object.<anonymous> (server.js:1:1)');
  reasons.line('');
  assert.equal(reasons.take(), 'cannot read the client\'s messages (Content-Length value must be a number. Got x); the server exits (code 1).');
  assert.equal(reasons.take(), 'the server process ended without saying why', 'each crash has its own reason');
  reasons.line('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  assert.equal(reasons.take(), 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  reasons.line('x'.repeat(1000));
  assert.equal(reasons.take().length, 301);
});

test('errors of writing to a killed server never stop the client: its close follows and the crash loop counts it', () => {
  const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
  const destroyed = Object.assign(new Error('Cannot call write after a stream was destroyed'), { code: 'ERR_STREAM_DESTROYED' });
  assert.deepEqual([1, 2, 3].map((n) => connectionErrorAction(epipe, n)), ['continue', 'continue', 'continue']);
  assert.equal(connectionErrorAction(epipe, 4), 'continue', 'a restart re-sends every open draft: more than three writes may fail before the close');
  assert.equal(connectionErrorAction(destroyed, 40), 'continue');
  const ipc = Object.assign(new Error('Channel closed'), { code: 'ERR_IPC_CHANNEL_CLOSED' });
  assert.equal(connectionErrorAction(ipc, 4), 'continue', 'the IPC transport says "Channel closed" (seen in the editor tier: three of them stopped the client)');
  assert.equal(connectionErrorAction(new Error('Channel closed'), 5), 'continue');
  assert.equal(connectionErrorAction(new Error('Writer received error. Reason: write EPIPE'), 9), 'continue', 'wrapped by the writer, the code is lost but the words remain');
  const garbage = new Error('Header must provide a Content-Length property.');
  assert.equal(connectionErrorAction(garbage, 3), 'continue');
  assert.equal(connectionErrorAction(garbage, 4), 'shutdown', 'a live server that keeps sending garbage is shut down');
});
