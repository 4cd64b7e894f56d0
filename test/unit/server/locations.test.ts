import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseNameOf, isInsideLocation, isUriLocation, joinLocation, locationOfUri, parentOf, relativeLocation, resolveLocation, uriOfLocation } from '../../../src/server/locations.ts';

const VFS = 'vscode-vfs://github/newsroom/stories';

test('a file: URI is located by its path, any other URI by itself; and back', () => {
  assert.equal(locationOfUri('file:///ws/drafts/a%20b.md'), '/ws/drafts/a b.md');
  assert.equal(locationOfUri(`${VFS}/drafts/a%20b.md`), `${VFS}/drafts/a%20b.md`);
  assert.equal(uriOfLocation('/ws/drafts/a b.md'), 'file:///ws/drafts/a%20b.md');
  assert.equal(uriOfLocation(`${VFS}/drafts/a.md`), `${VFS}/drafts/a.md`);
  assert.ok(isUriLocation(VFS));
  assert.ok(!isUriLocation('C:\\ws\\a.md'), 'a drive letter is no scheme');
  assert.ok(!isUriLocation('/ws/a.md'));
});

test('parents, children and names of paths and of URIs, with no path made up for a URI', () => {
  assert.equal(parentOf('/ws/drafts/a.md'), '/ws/drafts');
  assert.equal(parentOf('/ws'), '/');
  assert.equal(parentOf('/'), '/');
  assert.equal(parentOf('C:\\ws\\a.md'), 'C:\\ws');
  assert.equal(parentOf('C:\\ws'), 'C:\\');
  assert.equal(parentOf(`${VFS}/drafts/a.md`), `${VFS}/drafts`);
  assert.equal(parentOf('vscode-vfs://github/'), 'vscode-vfs://github/', 'the root holds itself');
  assert.equal(joinLocation('/ws/drafts', '..', 'sources'), '/ws/sources');
  assert.equal(joinLocation('C:\\ws', 'sources'), 'C:\\ws\\sources');
  assert.equal(joinLocation(VFS, 'sources', 'people.yaml'), `${VFS}/sources/people.yaml`);
  assert.equal(baseNameOf(`${VFS}/sources/a%20b.yaml`), 'a b.yaml');
  assert.equal(baseNameOf('/ws/sources/people.yaml'), 'people.yaml');
});

test('inside and relative by whole names, for paths and URIs alike', () => {
  assert.equal(relativeLocation('/ws', '/ws/drafts/a.md'), 'drafts/a.md');
  assert.equal(relativeLocation('/ws/', '/ws/drafts/a.md'), 'drafts/a.md');
  assert.equal(relativeLocation('/ws', '/ws'), '');
  assert.equal(relativeLocation('/ws', '/wsx/a.md'), undefined);
  assert.equal(relativeLocation('C:\\ws', 'c:\\ws\\drafts\\a.md'), 'drafts/a.md', 'Windows paths ignore case');
  assert.equal(relativeLocation(VFS, `${VFS}/drafts/a%20b.md`), 'drafts/a b.md');
  assert.equal(relativeLocation(VFS, `${VFS}x/a.md`), undefined);
  assert.equal(relativeLocation('/ws', `${VFS}/a.md`), undefined, 'a path and a URI are never inside each other');
  assert.ok(isInsideLocation(`${VFS}/sources/a.yaml`, `${VFS}/sources`));
  assert.ok(!isInsideLocation(`${VFS}/sourcesx/a.yaml`, `${VFS}/sources`));
});

test('a registry setting resolves against its folder: relative, absolute, or a URI', () => {
  assert.equal(resolveLocation('/ws', '../shared/sources'), '/shared/sources');
  assert.equal(resolveLocation('/ws', '/abs/sources'), '/abs/sources');
  assert.equal(resolveLocation(VFS, 'registry'), `${VFS}/registry`);
  assert.equal(resolveLocation(VFS, '../other/sources'), 'vscode-vfs://github/newsroom/other/sources');
  assert.equal(resolveLocation('/ws', `${VFS}/sources/`), `${VFS}/sources`);
});
