import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { scopeOf, type FolderScope } from '../../../src/server/folderSettings.ts';

const scope = (folder: string): FolderScope => ({ folder: path.resolve(folder), host: { severity: {}, registry: [] }, settings: DEFAULT_SETTINGS, roots: [] });

test('a file takes the settings of the innermost workspace folder holding it, by whole path segments', () => {
  const scopes = [scope('/w/news'), scope('/w/news/desk'), scope('/w/newsroom')];
  assert.equal(scopeOf(scopes, '/w/news/desk/story.md')?.folder, path.resolve('/w/news/desk'));
  assert.equal(scopeOf(scopes, '/w/news/other/story.md')?.folder, path.resolve('/w/news'));
  assert.equal(scopeOf(scopes, '/w/newsroom/story.md')?.folder, path.resolve('/w/newsroom'), 'not /w/news: a shared prefix is not a parent folder');
  assert.equal(scopeOf(scopes, '/elsewhere/story.md'), undefined);
  assert.equal(scopeOf([], '/w/news/story.md'), undefined);
});
