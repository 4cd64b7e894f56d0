/**
 * The JSON encoder of the server's stream transport: a publishDiagnostics
 * message is written from the bytes of the last one for its URI (runs of the
 * same diagnostics copied whole) and from each diagnostic's own UTF-8 bytes,
 * kept per diagnostic object, so that after an edit only the diagnostics
 * built anew are serialised (the session keeps the others as built objects).
 * Every other message is JSON.stringify'd as vscode-jsonrpc does.
 */
import type { Diagnostic, Message } from 'vscode-languageserver/node';

/** The bytes of diagnostics already written, by object (a kept diagnostic is never changed). */
const written = new WeakMap<Diagnostic, Buffer>();
const COMMA = Buffer.from(',');

/** The last message written for a URI: its diagnostics, its bytes, and where each diagnostic's JSON starts and ends in them. */
interface Written {
  diagnostics: readonly Diagnostic[];
  bytes: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
}
/** The last messages of the few URIs last published (an edited draft's, mostly), most recent last. */
const lastWritten = new Map<string, Written>();
const KEEP_LAST = 4;
/** How far ahead in the last message a diagnostic is looked for (the last one's diagnostics that are gone are skipped). */
const LOOK_AHEAD = 8;

/**
 * The UTF-8 JSON of one message. A publishDiagnostics message is written from
 * the last one for its URI: each run of diagnostics it had, in the same order,
 * is copied from its bytes as one piece; any other diagnostic from the bytes
 * it was first written with, or JSON.stringify'd.
 */
export function encodeMessage(msg: Message, charset: BufferEncoding = 'utf8'): Buffer {
  const params = (msg as { method?: string; params?: { uri?: unknown; diagnostics?: unknown } }).params;
  if ((msg as { method?: string }).method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics) || charset !== 'utf8') {
    return Buffer.from(JSON.stringify(msg), charset);
  }
  // the message with an empty list, split at the list: what goes before the diagnostics and after them
  const marker = '\u0000diagnostics\u0000';
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: marker } });
  const at = shell.indexOf(JSON.stringify(marker));
  const head = Buffer.from(shell.slice(0, at) + '[', charset);
  const parts: Buffer[] = [head];
  const diagnostics = params.diagnostics as Diagnostic[];
  const uri = typeof params.uri === 'string' ? params.uri : undefined;
  const last = uri === undefined ? undefined : lastWritten.get(uri);
  const starts = new Uint32Array(diagnostics.length);
  const ends = new Uint32Array(diagnostics.length);
  let offset = head.length;
  // the open run of the last message's bytes (its first and last diagnostic), and where the next of the last message is
  let runFrom = -1;
  let runTo = -1;
  let j = 0;
  const closeRun = () => {
    if (runFrom < 0) return;
    parts.push(last!.bytes.subarray(last!.starts[runFrom], last!.ends[runTo]));
    runFrom = -1;
  };
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (i) offset += COMMA.length;
    const k = last ? indexAhead(last.diagnostics, d, j) : -1;
    if (k >= 0) {
      // the last message had it: extend the open run when it follows it there, else start a run at it
      if (runFrom >= 0 && k !== runTo + 1) closeRun();
      if (runFrom < 0) {
        if (i) parts.push(COMMA);
        runFrom = k;
      }
      runTo = k;
      j = k + 1;
      starts[i] = offset;
      offset += last!.ends[k] - last!.starts[k];
      ends[i] = offset;
      continue;
    }
    closeRun();
    let bytes = typeof d === 'object' && d !== null ? written.get(d) : undefined;
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(d) ?? 'null', charset);
      if (typeof d === 'object' && d !== null) written.set(d, bytes);
    }
    if (i) parts.push(COMMA);
    parts.push(bytes);
    starts[i] = offset;
    offset += bytes.length;
    ends[i] = offset;
  }
  closeRun();
  parts.push(Buffer.from(']' + shell.slice(at + JSON.stringify(marker).length), charset));
  const bytes = Buffer.concat(parts);
  if (uri !== undefined) {
    lastWritten.delete(uri);
    if (diagnostics.length) lastWritten.set(uri, { diagnostics, bytes, starts, ends });
    if (lastWritten.size > KEEP_LAST) lastWritten.delete(lastWritten.keys().next().value!);
  }
  return bytes;
}

/** The index of `d` in `list` from `from` on, looking a few places ahead; -1 when not there. */
function indexAhead(list: readonly Diagnostic[], d: Diagnostic, from: number): number {
  const to = Math.min(list.length, from + LOOK_AHEAD);
  for (let k = from; k < to; k++) if (list[k] === d) return k;
  return -1;
}

/** A content-type encoder for vscode-jsonrpc's StreamMessageWriter. */
export const diagnosticsEncoder = {
  name: 'application/json',
  encode: (msg: Message, options: { charset: string }): Promise<Uint8Array> => {
    try {
      return Promise.resolve(encodeMessage(msg, options.charset === 'utf-8' ? 'utf8' : (options.charset as BufferEncoding)));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
