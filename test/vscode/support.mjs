// Helpers of the editor-tier runners: ports, waiting for a server, bundling the suite.
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Polls a URL until it answers below 500, or throws after `ms`. */
export async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((r) => http.get(url, (res) => { res.resume(); r(res.statusCode < 500); }).on('error', () => r(false)));
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within ${ms} ms`);
}

/** Bundles the mocha suite (TypeScript) into `outDir`/index.js; mocha and vscode stay external. Returns its path. */
export async function bundleSuite(root, outDir) {
  const outfile = path.join(outDir, 'index.js');
  await esbuild.build({
    entryPoints: [path.join(root, 'test', 'vscode', 'suite', 'index.ts')],
    outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return outfile;
}
