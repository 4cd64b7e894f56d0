import assert from 'node:assert/strict';
import { test } from 'node:test';
import { introducesTitle, introducesWords } from '../../../src/core/extract/filters.ts';

test('words naming an utterance are found before the quote however far spaces, "of" and a comma put them from it', () => {
  assert.equal(introducesWords('the crowd broke into chants of '), true);
  assert.equal(introducesWords('a long row of placards bearing the catchphrase,    '), true);
  assert.equal(introducesWords('they kept up CHANTS   OF\u00a0\u00a0 '), true);
  assert.equal(introducesWords('whose words:\n'), true);
  assert.equal(introducesWords('the council agreed to '), false);
  assert.equal(introducesWords('a proof of '), false);
  assert.equal(introducesWords('enchanting '), false);
});

test('words introducing a title are found before the quote however many spaces follow them', () => {
  assert.equal(introducesTitle('an episode of the documentary,      '), true);
  assert.equal(introducesTitle('Roe’s  '), true);
  assert.equal(introducesTitle('she told the NEWSLETTER:\n\n'), true);
  assert.equal(introducesTitle('the harbour master agreed to '), false);
  assert.equal(introducesTitle(''), false);
});
