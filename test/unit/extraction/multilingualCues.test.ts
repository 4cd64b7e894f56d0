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

test('Japanese: 「…」と述べた gives the quote to the topic of its sentence; no topic, no speaker', () => {
  assert.deepEqual(read('田中花子市長は記者団に「港は六月に再開する」と述べた。'), [['港は六月に再開する', '田中花子市長', 'と述べた']]);
  assert.deepEqual(read('港の工事は遅れている。また、佐藤氏は「まだ決まっていない」と語った。'), [['まだ決まっていない', '佐藤氏', 'と語った']]);
  assert.deepEqual(read('「港は六月に再開する」と述べた。'), [['港は六月に再開する', null, null]]);
});

test('Japanese: と表示した and と表明した are cues like と述べた', () => {
  assert.deepEqual(read('山本一郎知事は会見で「計画を見直す」と表示した。'), [['計画を見直す', '山本一郎知事', 'と表示した']]);
  assert.deepEqual(read('港湾局の鈴木氏は「来年には完成する」と表明した。'), [['来年には完成する', '港湾局の鈴木氏', 'と表明した']]);
  // (と表示 with no verb of saying after it is no cue: 「…」と表示されたまま)
  assert.deepEqual(read('山本知事は「計画を見直す」と表示されたままの画面を見た。')[0]?.[2] ?? null, null);
});
