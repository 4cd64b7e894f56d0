/**
 * When an edited draft is checked: after its debounce, or with none at the
 * next turn of the event loop (setImmediate in Node, a message to itself in
 * the browser), not after a 0 ms timer, which waits a whole millisecond tick
 * (in Node 1-2 ms, in a browser up to 4 ms) before every edit's check.
 */
import { yieldToEvents } from './checkFiles.ts';

/** A check that is due; cancel() drops it if it has not run. */
export interface DueCheck {
  cancel(): void;
}

/** Runs `check` after `debounceMs`, or at the next turn of the event loop when that is 0. */
export function dueCheck(check: () => void, debounceMs: number): DueCheck {
  if (debounceMs > 0) {
    const timer = setTimeout(check, debounceMs);
    return { cancel: () => clearTimeout(timer) };
  }
  let cancelled = false;
  void yieldToEvents().then(() => {
    if (!cancelled) check();
  });
  return { cancel: () => (cancelled = true) };
}
