// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

/** The package version, printed by `source-check --version`. */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** Entry points: output name → source. */
const entries = [
  { out: 'dist/client.js', in: 'src/client/extension.ts', external: ['vscode'] },
  { out: 'dist/server.js', in: 'src/server/main.ts', external: [] },
  { out: 'dist/cli.js', in: 'src/cli/main.ts', external: [] },
  // the worker threads of `source-check check --jobs` and of the server's Check Sources
  { out: 'dist/draftWorker.js', in: 'src/host/draftWorker.ts', external: [] },
];

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      minify,
      external: e.external,
      logLevel: 'warning',
      legalComments: 'none',
      mainFields: ['module', 'main'],
      define: { __VERSION__: JSON.stringify(version) },
    }),
  ),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
