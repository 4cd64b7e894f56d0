import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parentPath, relativePath } from '../../../src/client/uriPaths.ts';

test('parentPath: the folder of a URI path, whatever the scheme', () => {
  assert.equal(parentPath('/owner/repo/sources/statements.yaml'), '/owner/repo/sources');
  assert.equal(parentPath('/c:/news/sources/a.yaml'), '/c:/news/sources');
  assert.equal(parentPath('/sources/'), '/');
  assert.equal(parentPath('/a.yaml'), '/');
});

test('relativePath: a registry file within its folder, and one outside it as it is', () => {
  assert.equal(relativePath('/owner/repo/sources', '/owner/repo/sources/people/milley.yaml'), 'people/milley.yaml');
  assert.equal(relativePath('/owner/repo/sources/', '/owner/repo/sources/a.yaml'), 'a.yaml');
  assert.equal(relativePath('/owner/repo/sources', '/owner/repo/sources-old/a.yaml'), '/owner/repo/sources-old/a.yaml');
});
