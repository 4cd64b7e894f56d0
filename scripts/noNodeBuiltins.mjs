// An esbuild plugin for the browser build: any import of a Node built-in (fs, path, node:*, …) fails
// the build, naming the file that imports it.
import { builtinModules } from 'node:module';

/** Names of Node's built-in modules (fs, path, node:fs, fs/promises, …). */
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Fails the build on an import of a Node built-in, with the importer named. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const name = args.path;
      if (!NODE_BUILTINS.has(name) && !name.startsWith('node:')) return undefined;
      return {
        errors: [{
          text: `the browser server must not use the Node built-in "${name}" (imported by ${args.importer || 'the entry'}); reach files through the Workspace (src/server/workspace.ts) and inject Node-only pieces from src/server/nodeMain.ts`,
        }],
      };
    });
  },
};
