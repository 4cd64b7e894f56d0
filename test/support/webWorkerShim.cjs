// Runs the browser build of the language server (dist/web/server.js) in a Node
// worker thread, as in a web worker: `self` is the thread's port (postMessage,
// message events). Nothing else of Node is offered on purpose.
const { parentPort, workerData } = require('node:worker_threads');

const listeners = { message: new Set(), error: new Set(), messageerror: new Set() };
const scope = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: (type, listener) => listeners[type]?.add(listener),
  removeEventListener: (type, listener) => listeners[type]?.delete(listener),
  onmessage: null,
  location: { href: workerData.href },
  close: () => process.exit(0),
};
parentPort.on('message', (data) => {
  scope.onmessage?.({ data });
  for (const l of listeners.message) l({ data });
});
globalThis.self = scope;
require(workerData.bundle);
