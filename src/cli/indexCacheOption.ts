/**
 * The CLI's registry index cache (--no-cache, --cache-location): one
 * IndexCache per registry load, in the folder asked for or the default one.
 */
import * as path from 'node:path';
import type { RegistryCache } from '../core/registry/registry.ts';
import { defaultCacheFolder, IndexCache, toolStamp } from '../host/indexCache.ts';

declare const __VERSION__: string | undefined;

/** The options that choose the cache. */
export interface CacheOptions {
  cache?: boolean;
  cacheLocation?: string;
}

/** What makes one load's cache, or undefined with --no-cache; `warn` hears (once per load) that the cache cannot be written. */
export function indexCacheFor(options: CacheOptions, warn: (message: string) => void): (() => RegistryCache) | undefined {
  if (options.cache === false) return undefined;
  const folder = options.cacheLocation !== undefined ? path.resolve(options.cacheLocation) : defaultCacheFolder(process.cwd());
  const stamp = toolStamp(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
  let warned = false;
  const once = (message: string) => {
    if (!warned) warn(message);
    warned = true;
  };
  return () => new IndexCache({ folder, stamp, warn: once });
}
