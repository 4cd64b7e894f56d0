import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftsAmong } from '../../../src/client/draftFilter.ts';
import { isDraftPath } from '../../../src/core/drafts.ts';

test('Check Sources keeps the drafts the shared rule keeps, each by its innermost folder\'s settings', () => {
  const found = [
    'file:///news/story.md',
    'file:///news/notes.txt',
    'file:///news/sources/people.md', // a registry folder: never a draft
    'file:///news/desk/registry/readme.md', // the folder's sourceCheck.registry
    'file:///news/.git/info.md', // version control: never a draft
    'file:///news/node_modules/pkg/readme.md',
    'file:///news/archive/old.md', // the folder's exclude
    'file:///news/desk/inner/only.txt', // the inner folder includes .md only
    'file:///news/desk/inner/kept.md',
    'file:///news/My%20Story.md', // decoded before matching
    'file:///news-old/story.md', // in no folder
    'file:///news/story.md', // twice: once
  ];
  const folders = [
    { uri: 'file:///news', rules: { include: ['**/*.md', '**/*.txt'], exclude: ['archive/**'], registry: ['desk/registry'] } },
    { uri: 'file:///news/desk/inner/', rules: { include: ['**/*.md'] } },
  ];
  assert.deepEqual(draftsAmong(found, folders), ['file:///news/story.md', 'file:///news/notes.txt', 'file:///news/desk/inner/kept.md', 'file:///news/My%20Story.md']);
  // the same answers as the core rule the CLI and the server apply, path by path
  for (const rel of ['story.md', 'sources/people.md', 'desk/registry/readme.md', '.git/info.md', 'archive/old.md']) {
    assert.equal(draftsAmong([`file:///news/${rel}`], folders).length === 1, isDraftPath(rel, folders[0].rules), rel);
  }
});

test('with no settings the defaults decide: Markdown and plain text outside node_modules and sources/', () => {
  const found = ['file:///w/a.md', 'file:///w/b.markdown', 'file:///w/c.txt', 'file:///w/d.html', 'file:///w/x/sources/e.md', 'file:///w/node_modules/f.md'];
  assert.deepEqual(draftsAmong(found, [{ uri: 'file:///w', rules: {} }]), ['file:///w/a.md', 'file:///w/b.markdown', 'file:///w/c.txt']);
});
