/**
 * The JSON encoder of the server's stream transport: a publishDiagnostics
 * message is written from each diagnostic's own UTF-8 bytes, kept per
 * diagnostic object, so that after an edit only the diagnostics built anew
 * are serialised (the session keeps the others as built objects). Every
 * other message is JSON.stringify'd as vscode-jsonrpc does.
 */
import type { Diagnostic, Message } from 'vscode-languageserver/node';

/** The bytes of diagnostics already written, by object (a kept diagnostic is never changed). */
const written = new WeakMap<Diagnostic, Buffer>();
const COMMA = Buffer.from(',');

/** The UTF-8 JSON of one message, diagnostics from their kept bytes. */
export function encodeMessage(msg: Message, charset: BufferEncoding = 'utf8'): Buffer {
  const params = (msg as { method?: string; params?: { diagnostics?: unknown } }).params;
  if ((msg as { method?: string }).method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics) || charset !== 'utf8') {
    return Buffer.from(JSON.stringify(msg), charset);
  }
  // the message with an empty list, split at the list: what goes before the diagnostics and after them
  const marker = '\u0000diagnostics\u0000';
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: marker } });
  const at = shell.indexOf(JSON.stringify(marker));
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at) + '[', charset)];
  const diagnostics = params.diagnostics as Diagnostic[];
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    let bytes = typeof d === 'object' && d !== null ? written.get(d) : undefined;
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(d) ?? 'null', charset);
      if (typeof d === 'object' && d !== null) written.set(d, bytes);
    }
    if (i) parts.push(COMMA);
    parts.push(bytes);
  }
  parts.push(Buffer.from(']' + shell.slice(at + JSON.stringify(marker).length), charset));
  return Buffer.concat(parts);
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
