// An esbuild plugin for the browser bundles (dist/web/server.js, dist/web/client.js): any import of a
// Node built-in (fs, path, node:*, fs/promises, …) fails the build, naming the file that imports it,
// instead of a bundle that breaks in vscode.dev.
import { builtinModules } from 'node:module';

/** Names of Node's built-in modules (fs, path, node:fs, fs/promises, …). */
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The plugin with `advice` saying what to do instead: an import of a Node built-in is a build error at the importing file. */
export function noNodeBuiltinsFor(advice) {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        const name = args.path;
        if (!NODE_BUILTINS.has(name) && !name.startsWith('node:')) return undefined;
        return {
          errors: [{ text: `Node built-in "${name}" (imported by ${args.importer || 'the entry'}): a browser bundle must not use it; ${advice}` }],
        };
      });
    },
  };
}

/** The plugin for the browser server. */
export const noNodeBuiltins = noNodeBuiltinsFor('reach files through the Workspace (src/server/workspace.ts) and inject Node-only pieces from src/server/nodeMain.ts');
