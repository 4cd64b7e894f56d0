/**
 * The server's end of the connection over stdio or Node IPC: a broken stream
 * (bad framing, a body that is not JSON, the client gone) ends the process
 * with exit code 1 and the reason on stderr, so the client sees a crash and
 * can restart it, instead of a server that stays alive and hears nothing.
 */
import { format } from 'node:util';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './diagnosticsJson.ts';

/** A reader and writer for the connection. */
export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

/** Writes the reason to stderr and exits: 1 unless the stream closed after a shutdown request. */
function endProcess(reason: string, code: number): never {
  process.stderr.write(`source-check: ${reason}; the server exits (code ${code}).\n`);
  process.exit(code);
}

/**
 * The transport named by the command line (`--stdio` or `--node-ipc`), with
 * its errors and its close ending the process; undefined for other transports
 * (left to vscode-languageserver). `shutDown` tells whether the client asked
 * the server to shut down (then a close is a clean exit).
 */
export function openTransport(argv: readonly string[], shutDown: () => boolean): Transport | undefined {
  let transport: Transport;
  if (argv.includes('--stdio')) {
    transport = { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout, { contentTypeEncoder: diagnosticsEncoder }) };
    // stdout carries the protocol: anything a library logs goes to stderr
    const toStderr = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
    console.log = console.info = console.debug = console.warn = toStderr;
    process.stdin.on('end', () => endProcess('the client closed the input stream', shutDown() ? 0 : 1));
  } else if (argv.includes('--node-ipc')) {
    transport = { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
    process.on('disconnect', () => endProcess('the client disconnected', shutDown() ? 0 : 1));
  } else return undefined;
  const { reader, writer } = transport;
  reader.onError((error) => endProcess(`cannot read the client's messages (${error.message.split('\n')[0]})`, 1));
  reader.onClose(() => endProcess('the connection to the client closed', shutDown() ? 0 : 1));
  writer.onError(([error]) => endProcess(`cannot write to the client (${error.message})`, 1));
  writer.onClose(() => endProcess('the connection to the client closed', shutDown() ? 0 : 1));
  return transport;
}
