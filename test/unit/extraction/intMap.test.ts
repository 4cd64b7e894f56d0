import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntMap } from '../../../src/core/extract/intMap.ts';
import { prng } from '../../support/random.ts';

test('an IntMap gives what a Map gives, for colliding and random keys, as it grows', () => {
  const r = prng(17);
  const ours = new IntMap();
  const map = new Map<number, number>();
  for (let n = 0; n < 20_000; n++) {
    // (keys equal modulo the table size collide; a few repeat, to be overwritten)
    const key = r() < 0.3 ? Math.floor(r() * 64) * 1024 : Math.floor(r() * 0x3fffffff);
    const value = Math.floor(r() * 2000) - 1000;
    ours.set(key, value);
    map.set(key, value);
    if (n % 97 === 0) for (const probe of [key, key + 1, Math.floor(r() * 0x3fffffff)]) {
      assert.equal(ours.get(probe, -7), map.get(probe) ?? -7, `key ${probe}`);
      assert.equal(ours.has(probe), map.has(probe));
    }
  }
  for (const [k, v] of map) assert.equal(ours.get(k, -7), v);
  assert.equal(ours.get(-1, -7), -7);
  assert.equal(ours.has(-1), false);
  assert.throws(() => ours.set(-1, 0), /integers from 0/);
  assert.throws(() => ours.set(2 ** 31, 0), /integers from 0/);
});
