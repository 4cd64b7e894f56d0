// Loads the bundled CLI with V8's code cache: the bytecode of the bundle and of
// every function a run compiled, kept in the cache folder (the index cache's:
// --cache-location, else node_modules/.cache/source-check or the OS cache
// folder), so that the next run does not parse and compile them again.
// A file of another Node, build or size, cut short or changed is not used, only
// written again; --no-cache reads and writes none.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** "SCV8" read as a little-endian number. */
const MAGIC = 0x38564353;
/** Header numbers: magic, payload length, CRC-32 of the payload. */
const HEADER_BYTES = 12;

/** The cache folder the CLI uses for these arguments (as src/host/cachePlace.ts chooses it), or undefined with --no-cache. */
function cacheFolderOf(argv, cwd = process.cwd(), env = process.env) {
  let location;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--no-cache') return undefined;
    if (arg === '--cache-location') location = argv[++i];
    else if (arg.startsWith('--cache-location=')) location = arg.slice('--cache-location='.length);
  }
  if (location === '') return undefined; // (a usage error: the run stops)
  if (location !== undefined) return path.resolve(cwd, location);
  const modules = path.join(cwd, 'node_modules');
  if (isDirectory(modules)) return path.join(modules, '.cache', 'source-check');
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA) || path.join(os.homedir(), '.cache');
  return path.join(base, 'source-check');
}

function isDirectory(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A 32-bit FNV-1a hash of a string, in hex (names the cache file after the bundle's path). */
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** The cached bytecode in a cache file's bytes, or undefined when they are not a whole, unchanged one. */
function payloadOf(bytes, crc32) {
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC) return undefined;
  const length = bytes.readUInt32LE(4);
  if (length !== bytes.length - HEADER_BYTES) return undefined;
  const payload = bytes.subarray(HEADER_BYTES);
  return crc32(payload) >>> 0 === bytes.readUInt32LE(8) ? payload : undefined;
}

/** The bytes of a cache file holding `payload`. */
function framed(payload, crc32) {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(payload.length, 4);
  header.writeUInt32LE(crc32(payload) >>> 0, 8);
  return Buffer.concat([header, payload]);
}

/**
 * The exports of the CommonJS bundle `file`, compiled with the code cache in
 * `folder` (none: a plain require). When there was no usable cache, one is
 * written as the process exits, holding what the run compiled.
 */
function requireCached(file, folder) {
  const crc32 = require('node:zlib').crc32; // (Node 20.15 and later; before, no code cache)
  if (!folder || typeof crc32 !== 'function') return require(file);
  const vm = require('node:vm');
  const Module = require('node:module');
  let stat;
  let source;
  try {
    stat = fs.statSync(file);
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return require(file); // (says what is missing, as without the cache)
  }
  const name = `code-${process.versions.v8}-${process.arch}-${fnv(file)}-${stat.size}-${Math.round(stat.mtimeMs)}.bin`;
  const cacheFile = path.join(folder, name);
  let cachedData;
  try {
    cachedData = payloadOf(fs.readFileSync(cacheFile), crc32);
  } catch {
    // none yet, or unreadable: written below
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        fs.mkdirSync(folder, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temp, framed(script.createCachedData(), crc32));
        fs.renameSync(temp, cacheFile);
        // the caches of this bundle's earlier builds are of no more use
        const prefix = `-${fnv(file)}-`;
        for (const old of fs.readdirSync(folder)) {
          if (old !== name && old.startsWith('code-') && old.includes(prefix) && old.endsWith('.bin')) fs.rmSync(path.join(folder, old), { force: true });
        }
      } catch {
        // a folder that cannot be written: the index cache says so; the run is not slower for it
      }
    });
  }
  return mod.exports;
}

module.exports = { cacheFolderOf, requireCached, payloadOf, framed };
