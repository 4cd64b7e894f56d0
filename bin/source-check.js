#!/usr/bin/env node
// The `source-check` command: runs the bundled CLI (build it with `npm run build`).
'use strict';
// Compile regular expressions to machine code at once: the attribution patterns
// are large and V8 would otherwise interpret them for a long while (about
// 1.5× slower extraction; see `npm run bench`). The server gets the same flag.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('source-check: dist/cli.js is missing; run `npm run build` first\n');
    process.exit(2);
  }
  throw error;
}
process.exitCode = cli.run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
