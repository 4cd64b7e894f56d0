// Bundles the extension client, the language server (desktop and browser) and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

/** The package version, printed by `source-check --version`. */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** Entry points: output name → source. */
const entries = [
  { out: 'dist/client.js', in: 'src/client/extension.ts', external: ['vscode'] },
  { out: 'dist/server.js', in: 'src/server/nodeMain.ts', external: [] },
  { out: 'dist/cli.js', in: 'src/cli/main.ts', external: [] },
];

/** The browser build of the language server: a web worker, no Node built-ins. */
const WEB_SERVER = { out: 'dist/web/server.js', in: 'src/server/browserMain.ts' };

const common = { bundle: true, sourcemap: true, minify, logLevel: 'warning', legalComments: 'none', define: { __VERSION__: JSON.stringify(version) } };
const contexts = await Promise.all([
  ...entries.map((e) =>
    esbuild.context({ ...common, entryPoints: [e.in], outfile: e.out, platform: 'node', format: 'cjs', target: 'node20', external: e.external, mainFields: ['module', 'main'] }),
  ),
  esbuild.context({
    ...common,
    entryPoints: [WEB_SERVER.in],
    outfile: WEB_SERVER.out,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // a web worker has no DOM: packages' `worker` exports, not their `browser` ones (decode-named-character-reference's uses document)
    conditions: ['worker'],
    plugins: [noNodeBuiltins],
  }),
]);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } catch {
    process.exitCode = 1; // esbuild printed the errors
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
  if (!process.exitCode) console.log(`${WEB_SERVER.out}: ${(statSync(WEB_SERVER.out).size / 1024).toFixed(0)} KB (browser language server)`);
}
