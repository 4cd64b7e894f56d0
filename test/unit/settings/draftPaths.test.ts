import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDraftPath } from '../../../src/core/drafts.ts';
import { draftRelativePath } from '../../../src/host/files.ts';

test('drafts by default: Markdown and plain text, never in sources/, node_modules or .git', () => {
  for (const p of ['story.md', 'drafts/story.md', 'a/b/notes.txt', './drafts/x.markdown']) assert.equal(isDraftPath(p), true, p);
  for (const p of ['sources/notes.md', 'desk/sources/readme.md', 'node_modules/x/README.md', '.git/x.md', 'story.yaml', 'image.png']) assert.equal(isDraftPath(p), false, p);
});

test('files in dot folders are drafts as Check Sources (VS Code findFiles) finds them; .git never', () => {
  assert.equal(isDraftPath('.github/notes.md'), true);
  assert.equal(isDraftPath('.tmp/desk/story.md'), true);
  assert.equal(isDraftPath('.git/notes.md'), false);
});

test('paths outside the workspace folder are not drafts', () => {
  for (const p of ['../story.md', '/abs/story.md', '', '..']) assert.equal(isDraftPath(p), false, p);
});

test('include, exclude and the registry paths of the settings decide', () => {
  const rules = { include: ['drafts/**/*.md'], exclude: ['drafts/old/**'], registry: ['registry/', './shared/people.yaml'] };
  assert.equal(isDraftPath('drafts/today.md', rules), true);
  assert.equal(isDraftPath('drafts/old/last-year.md', rules), false);
  assert.equal(isDraftPath('notes/today.md', rules), false);
  assert.equal(isDraftPath('drafts/today.txt', rules), false);
  const registryRules = { include: ['**/*.md'], registry: ['registry'] };
  assert.equal(isDraftPath('registry/notes.md', registryRules), false);
  assert.equal(isDraftPath('registry-notes.md', registryRules), true, 'a name that only starts like the registry folder');
});

test('Windows separators are read as folders', () => {
  assert.equal(isDraftPath('drafts\\story.md'), true);
  assert.equal(isDraftPath('sources\\story.md'), false);
});

test('a draft path is read against the repository root above it, looked for once per folder when the roots are kept', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-paths-'));
  try {
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'desk', 'today'), { recursive: true });
    const files = ['a.md', 'b.md', 'c.md'].map((f) => path.join(root, 'desk', 'today', f));
    const tops = new Map<string, string>();
    for (const f of files) assert.equal(draftRelativePath(f, [], undefined, tops), `desk/today/${path.basename(f)}`);
    assert.deepEqual([...tops], [[path.join(root, 'desk', 'today'), root]]);
    assert.equal(draftRelativePath(path.join(root, 'top.md'), [], undefined, tops), 'top.md');
    assert.equal(tops.size, 2);
    // (and without kept roots, the same paths)
    for (const f of files) assert.equal(draftRelativePath(f, []), `desk/today/${path.basename(f)}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
