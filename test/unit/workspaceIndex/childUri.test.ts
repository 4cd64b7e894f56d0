import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childUri } from '../../../src/server/uris.ts';

test('childUri: an entry of a folder URI, a virtual folder at the root of its authority included', () => {
  assert.equal(childUri('vscode-vfs://github/newsroom/desk/drafts', 'a.md'), 'vscode-vfs://github/newsroom/desk/drafts/a.md');
  // vscode.dev's test folder and a repository root: the index walks them without their trailing slash
  assert.equal(childUri('vscode-test-web://mount', 'drafts'), 'vscode-test-web://mount/drafts');
  assert.equal(childUri('vscode-test-web://mount/', 'drafts'), 'vscode-test-web://mount/drafts');
  assert.equal(childUri('file:///tmp/news', 'a b.md'), 'file:///tmp/news/a%20b.md');
});
