import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/core/extract/index.ts';

/**
 * V8 compiles a regular expression once for each kind of string it runs on
 * (one byte a character, or two); "" is always of the first kind. A draft
 * with curly quotes is of the second, so one run of a large attribution
 * pattern on "" compiles it a second time (about 90 ms for all of them on a
 * cold CLI run). No pattern matches an empty window, so none is run on one.
 */
test('no large pattern is run on an empty window around a quote', () => {
  const draft = [
    '“We will not leave the harbour,” Ann Roe said.',
    '“The budget is gone.” Roe’s aide, Bo Li, did not answer.',
    'The mayor was blunt: “Nobody asked us.”',
    '“It was a long night,” said council member Ravi Patel. “I have heard that promise before.”',
    '“Enough.”',
    'According to the report, “the fund is empty.”',
    '> “A block quote opens this paragraph,” she wrote.',
    '“Ça suffit,” a dit Mme Roe, « et maintenant ».',
  ].join('\n\n');
  const empty = new Map<string, number>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (s === '' && this.source.length > 1000) empty.set(this.source.slice(0, 60), (empty.get(this.source.slice(0, 60)) ?? 0) + 1);
    return exec.call(this, s);
  };
  let quotes: number;
  try {
    quotes = extract(draft, { language: 'markdown' }).quotes.length;
    extract(draft.replace(/“|”/g, '"'), { language: 'plaintext' });
  } finally {
    RegExp.prototype.exec = exec;
  }
  assert.ok(quotes >= 6, `${quotes} quotes found`);
  assert.deepEqual([...empty], [], 'patterns run on an empty window');
});
