/**
 * The language client's error handler: restarts a crashed server (up to 5
 * times in 3 minutes), then stops it and says so with the reason, offering
 * "Show log" and "Restart" instead of stopping silently. Browser-safe: the
 * desktop entry adds the server's stderr (serverStdio.ts).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type BaseLanguageClient,
  type Message,
} from 'vscode-languageclient';
import { connectionErrorAction, CrashLoop, crashLoopMessage, describeWindow, ServerReasons } from './crashPolicy.ts';

/** What the handler reports, for the editor tests: the last message shown, if any. */
export interface CrashReport {
  message: string;
  crashes: number;
}

/** Restarts or stops a crashed server; the client is set once it is created. */
export class CrashHandler implements ErrorHandler {
  readonly reasons = new ServerReasons();
  /** The last crash-loop message shown (undefined until the server is stopped for crashing). */
  lastReport: CrashReport | undefined;
  /** What the handler decided, oldest first (the last 50), for the log and the editor tests. */
  readonly history: string[] = [];
  client: BaseLanguageClient | undefined;

  constructor(readonly loop = new CrashLoop(), private readonly now: () => number = Date.now) {}

  /** A read or write error on the connection: go on for the first few, or while the server is merely gone; else shut down. */
  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.reasons.error(error.message);
    const action = connectionErrorAction(error, count);
    this.note(`connection error ${count ?? '?'} (${error.message}): ${action}`);
    return action === 'continue' ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
  }

  /** The connection closed (the server crashed or exited): restart, or stop and tell the user. */
  closed(): CloseHandlerResult {
    const reason = this.reasons.take();
    const decision = this.loop.crashed(this.now());
    this.note(`connection closed (${reason}): crash ${decision.crashes}, ${decision.restart ? 'restart' : 'stop'}`);
    if (decision.restart) {
      return {
        action: CloseAction.Restart,
        message: `Source Check: the language server stopped (${reason}); restarting it (crash ${decision.crashes} in ${describeWindow(this.loop.windowMs)}; ${this.loop.maxCrashes} stop it).`,
        handled: true,
      };
    }
    const message = crashLoopMessage(decision, this.loop.windowMs, reason);
    this.lastReport = { message, crashes: decision.crashes };
    void vscode.window.showErrorMessage(message, 'Show log', 'Restart').then(async (choice) => {
      if (choice === 'Show log') this.client?.outputChannel.show(true);
      if (choice === 'Restart') {
        this.loop.reset();
        await this.client?.start();
      }
    });
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }

  private note(line: string): void {
    this.history.push(line);
    if (this.history.length > 50) this.history.shift();
  }
}
