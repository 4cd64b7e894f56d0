// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

/** The package version, printed by `source-check --version`. */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** Entry points: output name → source (platform browser: for vscode.dev, no Node built-ins allowed). */
const entries = [
  { out: 'dist/client.js', in: 'src/client/extension.ts', external: ['vscode'] },
  { out: 'dist/web/client.js', in: 'src/client/browserExtension.ts', external: ['vscode'], platform: 'browser' },
  { out: 'dist/server.js', in: 'src/server/main.ts', external: [] },
  { out: 'dist/cli.js', in: 'src/cli/main.ts', external: [] },
];

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: e.platform ?? 'node',
      format: 'cjs',
      target: e.platform === 'browser' ? 'es2022' : 'node20',
      plugins: e.platform === 'browser' ? [noNodeBuiltins()] : [],
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
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } catch {
    process.exitCode = 1; // esbuild printed the errors
  }
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries.filter((e) => e.platform === 'browser' && process.exitCode !== 1)) console.log(`${e.out}: ${(statSync(e.out).size / 1024).toFixed(0)} KB`);
}
