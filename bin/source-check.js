#!/usr/bin/env node
// The `source-check` command: runs the bundled CLI (build it with `npm run build`).
'use strict';
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
