/**
 * Collecting garbage at the moments a large one-off job leaves plenty of it
 * (a registry read, a large draft opened), when the process runs with
 * --expose-gc as the extension starts the server; a no-op otherwise.
 */

/** Runs a full garbage collection if the process exposes one. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
