// An esbuild plugin for the browser bundles (dist/web/*.js): the build fails
// when a Node built-in (node:fs, path, os, worker_threads, …) is reached,
// naming the file that imports it, instead of a bundle that breaks in vscode.dev.
import { builtinModules } from 'node:module';

const names = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
/** Matches `node:anything`, a built-in's name, and its subpaths (`fs/promises`). */
export const NODE_BUILTIN = new RegExp(`^(node:.*|(${names.join('|')})(/.*)?)$`);

/** The plugin: every import of a Node built-in is a build error at the importing file; `advice` says what to do instead. */
export function noNodeBuiltins(advice = 'keep Node-only parts in the desktop entry') {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
        errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || 'the entry point'}: a browser bundle cannot use it (expected browser-safe code; ${advice})` }],
      }));
    },
  };
}
