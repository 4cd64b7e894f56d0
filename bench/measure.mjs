// Measuring helpers: run a command several times, medians and percentiles.
import { spawnSync } from 'node:child_process';

/** The median of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The p-th percentile (0–100) of numbers. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Runs a whole process `runs` times; returns the median wall time in seconds and the last exit status. */
export function timeCommand(cmd, args, runs = 5, options = {}) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore', ...options });
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
    status = r.status;
  }
  return { seconds: median(times), status };
}

/** Times a function `runs` times after one warm-up; returns the median in ms. */
export function timeFn(fn, runs = 5) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
