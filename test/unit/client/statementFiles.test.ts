import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementFileChoices } from '../../../src/client/statementFiles.ts';

test('a new statement: the default statements.yaml first, then the folder\'s other registry files by path; nothing to ask when there are none', () => {
  const folder = '/news/sources';
  assert.deepEqual(statementFileChoices(folder, ['/news/sources/seely-letter.yaml', '/news/sources/people/speakers.yml', '/news/sources/statements.yaml']), [
    { label: 'statements.yaml', description: 'default' },
    { label: 'people/speakers.yml', path: '/news/sources/people/speakers.yml' },
    { label: 'seely-letter.yaml', path: '/news/sources/seely-letter.yaml' },
  ]);
  assert.deepEqual(statementFileChoices(`${folder}/`, ['/news/sources/a.json']), [
    { label: 'statements.yaml', description: 'default, a new file' },
    { label: 'a.json', path: '/news/sources/a.json' },
  ]);
  assert.deepEqual(statementFileChoices(folder, ['/news/sources/statements.yaml']), [], 'only the default: no question');
  assert.deepEqual(statementFileChoices(folder, []), [], 'no file yet: the default is made');
  assert.deepEqual(statementFileChoices(folder, ['/news/sources/notes.md']), [], 'not a registry file');
});
