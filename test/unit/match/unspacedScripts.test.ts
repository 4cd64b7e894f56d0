import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { indexWords, wordKey, wordKeys } from '../../../src/core/match/wordKeys.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { words } from '../../../src/core/text/normalize.ts';
import { prng } from '../../support/random.ts';

// invented statements in scripts written without spaces between words
const JA = '国土交通省は、来年四月から新しい港湾規則を施行する。規則は全ての貨物船に適用され、違反した場合は罰金が科される。';
const ZH = '外交部发言人表示，两国关系总体保持稳定，目前没有考虑进一步制裁。';
const TH = 'กระทรวงคมนาคมประกาศว่ากฎท่าเรือใหม่จะมีผลบังคับใช้ตั้งแต่เดือนเมษายนปีหน้า';

const REGISTRY = `
- id: port-ministry
  type: organization
  name: Ministry of Ports
  aliases: [the ministry]
- id: port-rules
  type: statement
  title: Port rules notice
  speaker: port-ministry
  text: ${JA}
- id: foreign-ministry
  type: organization
  name: Foreign Ministry
  aliases: [the spokesman]
- id: sanctions-remarks
  type: statement
  title: Remarks on sanctions
  speaker: foreign-ministry
  text: ${ZH}
- id: transport-ministry
  type: organization
  name: Transport Ministry
- id: harbour-notice
  type: statement
  title: Harbour notice
  speaker: transport-ministry
  text: ${TH}
`;

const registry = new Registry([{ path: '/ws/sources/registry.yaml', text: REGISTRY }]);
const check = (text: string) => checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registry, DEFAULT_SETTINGS);

test('a partial quote of a Japanese statement in 「」 matches it verbatim; one word changed is a misquote with the source wording', () => {
  const attributed = check('The ministry said 「新しい港湾規則を施行する」 on Monday.\n');
  assert.equal(attributed.extraction.quotes.length, 1);
  assert.equal(attributed.matches[0].source?.id, 'port-rules');
  assert.ok(attributed.matches[0].verbatim);
  assert.deepEqual(attributed.findings.map((f) => f.code), []);
  // written in Japanese, in 『』: found and matched (the extractor does not attribute Japanese syntax)
  const japanese = check('国土交通省によると、規則は『全ての貨物船に適用され』るという。\n');
  assert.equal(japanese.matches[0]?.source?.id, 'port-rules');
  assert.ok(japanese.matches[0].verbatim);
  assert.ok(!japanese.findings.some((f) => f.code === 'misquote' || f.code === 'unverified-quote'));
  const changed = check('The ministry said 「新しい港湾規則を延期する」 on Monday.\n');
  const [f, ...rest] = changed.findings;
  assert.equal(rest.length, 0);
  assert.equal(f.code, 'misquote');
  assert.match(f.message, /the source says “新しい港湾規則を施行する”/);
  assert.equal(f.fixes?.[0].newText, '新しい港湾規則を施行する');
  // a different statement sharing common characters (新しい, 規則を, する) is not taken for this one
  for (const other of ['経済の見通しは明るいと考えている', '新しい空港規則を来月から導入する']) {
    assert.deepEqual(check(`The ministry said 「${other}」 on Monday.\n`).findings.map((x) => x.code), ['unverified-quote'], other);
  }
});

test('a partial quote of a Chinese statement in “” matches it verbatim; one word changed is a misquote', () => {
  const quoted = check('The spokesman said “两国关系总体保持稳定” in Beijing.\n');
  assert.equal(quoted.matches[0]?.source?.id, 'sanctions-remarks');
  assert.ok(quoted.matches[0].verbatim);
  assert.deepEqual(quoted.findings.map((f) => f.code), []);
  const changed = check('The spokesman said “两国关系总体保持紧张” in Beijing.\n');
  assert.deepEqual(changed.findings.map((f) => f.code), ['misquote']);
  assert.match(changed.findings[0].message, /the source says “两国关系总体保持稳定”/);
});

test('a partial quote of a Thai statement (letters with vowel and tone marks) matches it; one word changed is a misquote', () => {
  const quoted = check('The Transport Ministry said "กฎท่าเรือใหม่จะมีผลบังคับใช้" this week.\n');
  assert.equal(quoted.matches[0]?.source?.id, 'harbour-notice');
  assert.ok(quoted.matches[0].verbatim);
  assert.deepEqual(quoted.findings.map((f) => f.code), []);
  const changed = check('The Transport Ministry said "กฎท่าเรือเก่าจะมีผลบังคับใช้" this week.\n');
  assert.deepEqual(changed.findings.map((f) => f.code), ['misquote']);
});

test('a quote cut between any two characters of an unspaced sentence lines up with the source word for word', () => {
  let quotes = 0;
  for (const [source, id] of [[JA, 'port-rules'], [ZH, 'sanctions-remarks'], [TH, 'harbour-notice']] as const) {
    for (const sentence of source.split(/[、。，]/).filter(Boolean)) {
      for (let a = 0; a < sentence.length; a++) {
        for (let b = a + 4; b <= sentence.length; b++) {
          const quoted = sentence.slice(a, b);
          // not a cut inside a letter and its marks; four words or more, as the index needs (three word pairs)
          if (/^\p{M}/u.test(quoted) || /^\p{M}/u.test(sentence.slice(b)) || words(quoted).length < 4) continue;
          const match = registry.quotes.lookup(words(quoted));
          assert.equal(match?.id, id, quoted);
          assert.equal(match.alignment.distance, 0, quoted);
          quotes++;
        }
      }
    }
  }
  assert.ok(quotes > 1000, `${quotes} quotes`);
});

test('the index tokeniser, its one-pass keys and the offset tokeniser agree on random text of many scripts', () => {
  const alphabet = ['a', 'Z', 'é', 'e\u0301', 'İ', 'Σ', 'ж', 'क', 'ि', '्', '新', '港', '々', 'し', 'ー', 'カ', '한', '글', 'ᄒ', 'ᅡ', 'ᆫ', 'ก', 'ั', '่', 'เ', 'ດ', '7', '４', ' ', '\n', '\u00a0', "'", '’', '‘', '`', 'ʼ', '′', '...', '…', '[x]', '「', '」', '“', '、', '。', ',', '-'];
  for (let seed = 1; seed <= 400; seed++) {
    const random = prng(seed);
    let text = '';
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    const reference = indexWords(text).map((w) => (w === '' ? -1 : wordKey(w)));
    assert.deepEqual(wordKeys(text), reference, JSON.stringify(text));
    assert.deepEqual(
      words(text).map((w) => (w.wildcard ? -1 : wordKey(w.key))),
      reference.filter((k, i) => k >= 0 || reference[i - 1] !== -1),
      JSON.stringify(text),
    );
  }
});

test('a quoted two-character term is one word and matches nothing, as one English word does not; five characters match', () => {
  const two = new Registry([{ path: '/ws/sources/registry.yaml', text: `${REGISTRY}
- id: aiko-tanaka
  type: person
  name: Aiko Tanaka
  aliases: [Tanaka]
- id: kenji-sato
  type: person
  name: Kenji Sato
- id: sato-protest
  type: statement
  speaker: kenji-sato
  text: 今回の決定は誠に遺憾であり、政府は強く抗議する。
` }]);
  const codes = (text: string) => checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, two, DEFAULT_SETTINGS).findings.map((f) => f.code);
  assert.deepEqual(codes('Tanaka called the decision 「遺憾」 on Monday.\n'), ['unverified-quote']);
  assert.deepEqual(codes('Tanaka said the decision was 「遺憾であり」 on Monday.\n'), ['misattributed-quote']);
});
