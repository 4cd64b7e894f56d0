#!/usr/bin/env node
// The `source-check` command: runs the bundled CLI (build it with `npm run build`).
'use strict';
// Compile regular expressions to machine code at once: the attribution patterns
// are large and V8 would otherwise interpret them for a long while (about
// 1.5× slower extraction; see `npm run bench`). The server gets the same flag.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
let cli;
try {
  // (with V8's code cache in the cache folder: a run after the first compiles little; see compileCache.js)
  const { cacheFolderOf, requireCached } = require('./compileCache.js');
  cli = requireCached(require('node:path').join(__dirname, '..', 'dist', 'cli.js'), cacheFolderOf(process.argv.slice(2)));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('source-check: dist/cli.js is missing; run `npm run build` first\n');
    process.exit(2);
  }
  throw error;
}
// Output cut off by the reader (`source-check check | head`): end quietly, as other tools do.
const quietOnClosedPipe = (stream) =>
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
// a bug of ours: one line that says so, and the stack only when asked for
const internalError = (error) => {
  const detail = process.env.SOURCE_CHECK_DEBUG ? `\n${error && error.stack}` : ' (set SOURCE_CHECK_DEBUG=1 for the stack trace)';
  process.stderr.write(`source-check: internal error: ${error && error.message}${detail}; please report it\n`);
  process.exitCode = 3;
};
try {
  // (a number, or a promise of one when check runs on several threads: --jobs)
  const code = cli.run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
  if (typeof code === 'number') process.exitCode = code;
  else code.then((c) => (process.exitCode = c), internalError);
} catch (error) {
  internalError(error);
}
