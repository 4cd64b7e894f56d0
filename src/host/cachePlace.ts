/**
 * Where the caches live (--no-cache, --cache-location), for the CLI and the
 * desktop server: one IndexCache per registry load, and the result cache of
 * `check`, in the folder asked for or the default one.
 */
import * as path from 'node:path';
import type { RegistryCache } from '../core/registry/registry.ts';
import { defaultCacheFolder, IndexCache, toolStamp } from './indexCache.ts';

declare const __VERSION__: string | undefined;

/** The options that choose the cache. */
export interface CacheOptions {
  cache?: boolean;
  cacheLocation?: string;
}

/** The cache folder and the tool's stamp, or undefined with --no-cache. */
export function cachePlace(options: CacheOptions): { folder: string; stamp: string } | undefined {
  if (options.cache === false) return undefined;
  const folder = options.cacheLocation !== undefined ? path.resolve(options.cacheLocation) : defaultCacheFolder(process.cwd());
  return { folder, stamp: toolStamp(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev') };
}

/** What makes one load's cache, or undefined with --no-cache; `warn` hears (once per load) that the cache cannot be written. */
export function indexCacheFor(options: CacheOptions, warn: (message: string) => void): (() => RegistryCache) | undefined {
  const place = cachePlace(options);
  if (!place) return undefined;
  let warned = false;
  const once = (message: string) => {
    if (!warned) warn(message);
    warned = true;
  };
  return () => new IndexCache({ ...place, warn: once });
}
