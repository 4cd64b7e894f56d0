/**
 * When the language server keeps crashing: restart it up to a number of times
 * within a window, then stop and say so with the last reason it gave. Pure
 * (timestamps in, decisions out), so it is tested without VS Code.
 */

/** What to do after a crash. */
export interface CrashDecision {
  /** Restart the server (false: stop, and tell the user). */
  restart: boolean;
  /** Crashes within the window, this one included. */
  crashes: number;
}

/** Counts crashes in a sliding window. */
export class CrashLoop {
  private times: number[] = [];

  /** `maxCrashes` crashes within `windowMs` stop the server; fewer restart it. */
  constructor(readonly maxCrashes = 5, readonly windowMs = 3 * 60_000) {}

  /** Records a crash at `now` (ms) and decides. */
  crashed(now: number): CrashDecision {
    this.times = this.times.filter((t) => now - t < this.windowMs);
    this.times.push(now);
    return { restart: this.times.length < this.maxCrashes, crashes: this.times.length };
  }

  /** Forgets past crashes (the user restarted the server by hand). */
  reset(): void {
    this.times = [];
  }
}

/** "3 minutes", "90 seconds", "1 hour": a window for a message. */
export function describeWindow(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms % 3_600_000 === 0) return plural(ms / 3_600_000, 'hour');
  if (ms % 60_000 === 0) return plural(ms / 60_000, 'minute');
  return plural(Math.round(ms / 1000), 'second');
}

/** Error codes of writing to, or reading from, a server process that has gone. */
const GONE_CODES = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * What to do about an error on the connection: go on for the first three; after
 * that, shut down, unless the error says the server process has gone — then the
 * connection's close follows and the crash loop decides (restart, or stop with
 * the message), instead of a silent stop that skips the crash count.
 */
export function connectionErrorAction(error: { message: string; code?: unknown }, count: number | undefined): 'continue' | 'shutdown' {
  if (count === undefined || count <= 3) return 'continue';
  const code = typeof error.code === 'string' ? error.code : '';
  if (GONE_CODES.has(code) || /\b(EPIPE|ECONNRESET)\b|channel closed|write after end|stream was destroyed/i.test(error.message)) return 'continue';
  return 'shutdown';
}

/** The message shown when the server is stopped after a crash loop. */
export function crashLoopMessage(decision: CrashDecision, windowMs: number, reason: string): string {
  return `Source Check: the language server crashed ${decision.crashes} times in ${describeWindow(windowMs)} (last: ${reason}); it is stopped. Diagnostics are not updated until it is restarted.`;
}

/** The most telling line the server wrote to stderr: its own last message, else its last line. */
export class ServerReasons {
  private own: string | undefined;
  private last: string | undefined;

  /** Notes one line of the server's stderr. */
  line(text: string): void {
    const line = text.trim();
    if (!line) return;
    this.last = line.length > 300 ? `${line.slice(0, 300)}…` : line;
    if (line.startsWith('source-check: ')) this.own = this.last.slice('source-check: '.length);
  }

  /** Notes an error the client saw on the connection. */
  error(message: string): void {
    this.line(`source-check: ${message}`);
  }

  /** The reason of the last crash, and forgets it (the next crash has its own). */
  take(): string {
    const reason = this.own ?? this.last ?? 'the server process ended without saying why';
    this.own = this.last = undefined;
    return reason;
  }
}
