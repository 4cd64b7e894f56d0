import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument } from '../../../src/core/check/checkDocument.ts';
import { Registry } from '../../../src/core/registry/registry.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { registryOf } from '../../support/drafts.ts';
import { assertLinearWork } from '../../support/workGrowth.ts';
import { quotesBesideMentions } from '../../support/hostileDrafts.ts';

/** A registered statement with a status set by `by` (a speaker id, or a plain name not in the registry). */
const registry = (status: string, by: string) =>
  new Registry([
    {
      path: '/ws/sources/registry.yaml',
      text: `
- id: harbour-authority
  type: organization
  name: Kestrel Harbour Authority
  aliases: [the authority, the harbour authority]
- id: dredging-notice
  type: statement
  title: The dredging notice
  speaker: harbour-authority
  text: Dredging of the north channel will begin in March and finish before the summer season.
  status: ${status}
  statusBy: ${by}
  statusDate: 2026-03-02
`,
    },
  ]);

const QUOTED = 'Dredging of the north channel will begin in March and finish before the summer season.';

/** The severity of the source-status finding on a draft quoting the notice, then saying `sentence`. */
function severity(status: string, sentence: string, by = 'harbour-authority'): string {
  const text = `The Kestrel Harbour Authority said: "${QUOTED}"\n\n${sentence}\n`;
  const found = checkDocument({ path: '/ws/drafts/d.md', text, language: 'markdown' }, registry(status, by), DEFAULT_SETTINGS).findings;
  const status_ = found.filter((f) => f.code === 'source-status');
  assert.equal(status_.length, 1, `one source-status finding for ${JSON.stringify(sentence)}`);
  return status_[0].severity;
}

/** The sentence as written, hard-wrapped (line breaks for every other space), and with ’ and no-break spaces. */
function variants(sentence: string): string[] {
  let n = 0;
  const wrapped = sentence.replace(/ /g, () => (n++ % 2 ? '\n' : ' '));
  const typographic = sentence.replace(/'/g, '\u2019').replace(/ /g, '\u00a0');
  return [sentence, wrapped, typographic];
}

const acknowledged = (status: string, sentence: string, by?: string) => severity(status, sentence, by) === 'information';

test('acknowledgement: a negated label does not report the status', () => {
  const cases: [string, string][] = [
    ['retracted', 'The authority has not retracted anything.'],
    ['draft', 'The authority denied it was a draft.'],
    ['mistaken', 'No one at the authority has called it a mistake.'],
    ['mistaken', 'The authority never said it was a mistake.'],
    ['retracted', 'The authority did not withdraw the notice.'],
    ['mistaken', "The authority says the notice isn't wrong."],
    ['retracted', 'The authority refused to retract the notice.'],
    ['retracted', 'The authority declined to withdraw it on Monday.'],
    ['draft', 'The authority rejected claims that the notice was a draft.'],
    ['retracted', 'The authority has yet to retract the notice.'],
    ['retracted', 'The authority neither retracted nor withdrew the notice.'],
    ['retracted', 'The authority has not, so far, retracted the notice.'],
    ['mistaken', 'No one, not even the authority, called it a mistake.'],
    ['retracted', "The authority didn't withdraw or retract it."],
    ['draft', 'The authority would neither confirm nor deny that it was a draft.'],
    ['mistaken', 'The authority did not say whether it was a mistake.'],
    ['mistaken', 'Asked whether the notice was a mistake, the authority said nothing.'],
    ['mistaken', 'If the notice was a mistake, the authority has not said so.'],
    ['retracted', 'Will the authority retract the notice?'],
    ['retracted', 'The authority stopped short of retracting the notice.'],
    ['mistaken', 'The authority disputes that it was a mistake.'],
    ['mistaken', 'The authority hardly called it a mistake.'],
    ['retracted', 'The authority is far from withdrawing the notice.'],
  ];
  for (const [status, sentence] of cases) {
    for (const s of variants(sentence)) assert.ok(!acknowledged(status, s), `not an acknowledgement: ${JSON.stringify(s)}`);
  }
});

test('acknowledgement: an affirmed label still reports the status', () => {
  const cases: [string, string][] = [
    ['draft', 'The authority called it a draft.'],
    ['mistaken', 'The authority said it was a mistake.'],
    ['retracted', 'The authority retracted the letter.'],
    ['mistaken', 'The authority acknowledged the error.'],
    ['retracted', 'The authority withdrew it.'],
    ['draft', 'The authority said the notice was not final.'],
    ['draft', 'The authority did not deny it was a draft.'],
    ['mistaken', 'The authority, which had not commented before, called it a mistake.'],
    ['retracted', 'The authority did not comment on Monday; on Tuesday it withdrew the notice.'],
    ['mistaken', 'The authority has not only called the notice a mistake, it has apologised.'],
    ['mistaken', 'There is no doubt, the authority said, that it was a mistake.'],
    ['disputed', 'The authority denied the notice was ever issued.'],
    ['mistaken', 'No one at the authority denied it was a mistake.'],
    ['retracted', 'The authority retracted the notice, though it did not say why.'],
    ['mistaken', 'The authority did not dispute that it was a mistake.'],
    ['disputed', 'The authority disputed the notice on Monday.'],
    ['mistaken', 'Far from denying it, the authority called it a mistake.'],
  ];
  for (const [status, sentence] of cases) {
    for (const s of variants(sentence)) assert.ok(acknowledged(status, s), `an acknowledgement: ${JSON.stringify(s)}`);
  }
});

test('acknowledgement: a status set by a name not in the registry is found under any spacing, and read for negation', () => {
  for (const name of ['Ines Farrow', 'Ines\nFarrow', 'INES\u00a0FARROW']) {
    assert.ok(acknowledged('mistaken', `Later ${name} said it was a mistake.`, 'Ines Farrow'), name);
    assert.ok(!acknowledged('mistaken', `Later ${name} never said it was a mistake.`, 'Ines Farrow'), name);
  }
  // a name inside a longer word is not the name
  assert.ok(!acknowledged('mistaken', 'Later Ines Farrowby said it was a mistake.', 'Ines Farrow'));
  assert.ok(!acknowledged('mistaken', 'Later someone said it was a mistake.', 'Ines Farrow'));
});

test('acknowledgement: a draft quoting a labelled source thousands of times beside thousands of mentions checks in linear work', () => {
  // was quadratic: every quote read every mention (18 s for 3,000; how long it takes is measured by `npm run bench`, group 8)
  let paragraphs = 0;
  let found: ReturnType<typeof checkDocument>['findings'] = [];
  assertLinearWork('labelWindowChars', (scale) => (found = checkDocument({ path: '/ws/drafts/d.md', text: quotesBesideMentions((paragraphs = 750 * scale)), language: 'markdown' }, registryOf(), DEFAULT_SETTINGS).findings), 'label search beside mentions');
  assert.equal(found.filter((f) => f.code === 'source-status' && f.severity === 'warning').length, paragraphs);
});
