import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../../support/lspClient.ts';

const INJECTION = 'source-check.markdown.injection';

/** A stand-in for VS Code's Markdown grammar: paragraphs, fenced code and code spans. */
const MARKDOWN_HOST = {
  scopeName: 'text.html.markdown',
  patterns: [
    { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
    { name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' },
  ],
};

async function tokenizer() {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return textmate.parseRawGrammar(JSON.stringify(MARKDOWN_HOST), 'markdown.json');
      if (scope === INJECTION) {
        const file = path.join(ROOT, 'syntaxes', 'source-check.markdown.injection.json');
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      }
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const grammar = (await registry.loadGrammar('text.html.markdown'))!;
  return (lines: string[]) => {
    let state = textmate.INITIAL;
    const out: { text: string; scopes: string[] }[] = [];
    for (const line of lines) {
      const r = grammar.tokenizeLine(line, state);
      for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
      state = r.ruleStack;
    }
    return out;
  };
}

const scoped = (tokens: { text: string; scopes: string[] }[], scope: string) =>
  tokens.filter((t) => t.scopes.some((s) => s.startsWith(scope))).map((t) => t.text).join('');

test('the package contributes the injection grammar into Markdown', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === INJECTION);
  assert.deepEqual(g.injectTo, ['text.html.markdown']);
  assert.ok(fs.existsSync(path.join(ROOT, g.path)));
});

test('quotations and attribution cues are scoped in prose', async () => {
  const tokenize = await tokenizer();
  const tokens = tokenize(['“That letter is a draft,” Milley said, and "it was a mistake" according to him.']);
  assert.equal(scoped(tokens, 'string.quoted.double.quotation'), '“That letter is a draft,”"it was a mistake"');
  assert.equal(scoped(tokens, 'keyword.other.attribution-cue'), 'saidaccording to');
});

test('nothing is scoped inside code spans or fenced code', async () => {
  const tokenize = await tokenizer();
  const tokens = tokenize(['Use `x = "not a quote" said` here.', '```', 'print("no quote") # said', '```']);
  assert.equal(scoped(tokens, 'string.quoted.double.quotation'), '');
  assert.equal(scoped(tokens, 'keyword.other.attribution-cue'), '');
});
