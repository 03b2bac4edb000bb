// Runs inside a worker thread: one simulated function instance. It loads the function's bundle once and runs every
// invocation the pool sends it, each with its own environment overlay (several may be in flight at once), and sends
// back the JSON the platform would send and every console line tagged with the invocation's request id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { installCloudDate } from '../clock';
import { runWithEnv } from '../env-overlay';
import type { FromWorker, ToWorker } from './worker-protocol';

type Main = (event: unknown, context: unknown) => unknown;

const port = parentPort;
if (!port) throw new Error('function-worker must run in a worker thread');

// Functions read the cloud's clock as plain `Date`, before any bundle is loaded: a test can move the local cloud
// to any date without production code knowing.
installCloudDate((workerData as { clock: SharedArrayBuffer }).clock);

const currentRequest = new AsyncLocalStorage<string>();
const send = (message: FromWorker) => port.postMessage(message);

// Function code logs through console; route each line to the pool so the developer sees it prefixed with the
// function's name and the request id, as the platform's log view does.
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[level] = (...args: unknown[]) => {
    send({ type: 'log', requestId: currentRequest.getStore() ?? '-', level, text: format(...args) });
  };
}

const mains = new Map<string, Main>();
function load(file: string, name: string): Main {
  let main = mains.get(file);
  if (!main) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = (require(file) as { main?: unknown }).main;
    // The message reaches the caller: it names the function, not where its bundle lies on this machine.
    if (typeof loaded !== 'function') throw new Error(`function ${name} exports no main`);
    main = loaded as Main;
    mains.set(file, main);
  }
  return main;
}

async function invoke(message: Extract<ToWorker, { type: 'invoke' }>): Promise<void> {
  try {
    const main = load(message.file, String(message.context.function_name));
    const context = { ...message.context, environment: JSON.stringify(message.env) };
    const value = await currentRequest.run(message.requestId, () =>
      runWithEnv(message.env, () => Promise.resolve().then(() => main(JSON.parse(message.eventJson), context))),
    );
    // The platform hands the caller JSON; anything JSON cannot carry is lost there too.
    send({ type: 'result', id: message.id, ok: true, json: JSON.stringify(value ?? null) });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    send({ type: 'result', id: message.id, ok: false, message: err.message, stack: err.stack ?? err.message });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'invoke') void invoke(message);
});
send({ type: 'ready' });
