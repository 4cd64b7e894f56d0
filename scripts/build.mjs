// Bundles the extension client, the language server (desktop and browser) and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { noNodeBuiltins, noNodeBuiltinsFor } from './noNodeBuiltins.mjs';

/** The package version, printed by `source-check --version`. */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** Entry points: output name → source. */
const entries = [
  { out: 'dist/client.js', in: 'src/client/extension.ts', external: ['vscode'] },
  { out: 'dist/server.js', in: 'src/server/nodeMain.ts', external: [] },
  { out: 'dist/cli.js', in: 'src/cli/main.ts', external: [] },
  // the worker threads of `source-check check --jobs` and of the server's Check Sources
  { out: 'dist/draftWorker.js', in: 'src/host/draftWorker.ts', external: [] },
];

/** The browser build of the language server: a web worker, no Node built-ins. */
const WEB_SERVER = { out: 'dist/web/server.js', in: 'src/server/browserMain.ts' };
/** The browser build of the extension (package.json `browser`, vscode.dev): no Node built-ins. */
const WEB_CLIENT = { out: 'dist/web/client.js', in: 'src/client/browserExtension.ts' };

const common = { bundle: true, sourcemap: true, minify, logLevel: 'warning', legalComments: 'none', define: { __VERSION__: JSON.stringify(version) } };
// both run in web workers (the extension host is one): packages' `worker` builds before their `browser` ones, which may
// need a DOM (decode-named-character-reference's calls document.createElement when loaded, and the server failed to start)
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker'] };
const contexts = await Promise.all([
  ...entries.map((e) =>
    esbuild.context({ ...common, entryPoints: [e.in], outfile: e.out, platform: 'node', format: 'cjs', target: 'node20', external: e.external, mainFields: ['module', 'main'] }),
  ),
  esbuild.context({
    ...browser,
    entryPoints: [WEB_SERVER.in],
    outfile: WEB_SERVER.out,
    format: 'iife',
    plugins: [noNodeBuiltins],
  }),
  esbuild.context({
    ...browser,
    entryPoints: [WEB_CLIENT.in],
    outfile: WEB_CLIENT.out,
    format: 'cjs',
    external: ['vscode'],
    plugins: [noNodeBuiltinsFor('keep Node-only parts in the desktop entry, src/client/extension.ts')],
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
  if (!process.exitCode) {
    console.log(`${WEB_SERVER.out}: ${(statSync(WEB_SERVER.out).size / 1024).toFixed(0)} KB (browser language server)`);
    console.log(`${WEB_CLIENT.out}: ${(statSync(WEB_CLIENT.out).size / 1024).toFixed(0)} KB (browser extension)`);
  }
}
