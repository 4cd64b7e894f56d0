import type { Connection } from 'vscode-languageserver';

/** A connection for a Session in a unit test: takes diagnostics, logs nowhere, and has no progress to offer. */
export function quietConnection(): Connection {
  const quiet = () => {};
  return {
    console: { warn: quiet, info: quiet, error: quiet, log: quiet },
    sendDiagnostics: async () => {},
    window: { createWorkDoneProgress: async () => Promise.reject(new Error('no progress')) },
  } as unknown as Connection;
}
