import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../support/rewrappedExtract.ts';

const read = (text: string) => extract(text, { language: 'markdown' }).quotes.map((q) => [q.text, q.speaker?.text ?? null, q.cue?.text ?? null]);

test('French, German and Spanish cues attribute a quote, after it and before it', () => {
  assert.deepEqual(read('« Nous rouvrirons la jetée en juin », a déclaré Ana Okafor, la maire.'), [['Nous rouvrirons la jetée en juin', 'Ana Okafor', 'a déclaré']]);
  assert.deepEqual(read('„Wir öffnen den Hafen im Juni“, sagte Jan Okafor.'), [['Wir öffnen den Hafen im Juni', 'Jan Okafor', 'sagte']]);
  assert.deepEqual(read('“Abriremos el puerto en junio”, dijo Ana Roe.'), [['Abriremos el puerto en junio', 'Ana Roe', 'dijo']]);
  assert.deepEqual(read('"Abriremos el puerto en junio", afirmó Bo Li.'), [['Abriremos el puerto en junio', 'Bo Li', 'afirmó']]);
  assert.deepEqual(read('Jan Okafor erklärte: „Wir öffnen den Hafen im Juni.“'), [['Wir öffnen den Hafen im Juni.', 'Jan Okafor', 'erklärte']]);
});

test('a cue ending in an accented letter ends at the word’s end, not inside a longer word', () => {
  // "dijo" is a cue, "dijocracia" is not; "afirmó" ends at the ó
  assert.deepEqual(read('"Abriremos el puerto en junio", dijocracia Ana Roe.')[0]?.[2] ?? null, null);
  assert.equal(read('"Abriremos el puerto en junio", afirmó\nAna Roe.')[0][1], 'Ana Roe');
});
