import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ChannelName } from '../shared/api/contract';
import type { FromReader, ReaderData, ToReader } from './api/read-pool';
import { knownFailure, serialize } from './api/router';
import { openReadConnection, type Db } from './db/open';
import { setTestClockOffset } from './db/time';
import { featureHandlers } from './feature-handlers';

/**
 * One reader thread of api/read-pool.ts: a read-only connection to the library and every
 * feature's handlers over it, serving the channels the contract declares reads. Each read runs
 * in one transaction, so it sees one committed snapshot; its answer goes back as JSON text.
 */
function serve(data: ReaderData, port: NonNullable<typeof parentPort>): void {
  const send = (message: FromReader) => port.postMessage(message);
  setTestClockOffset(data.clockOffsetMs);
  let db: Db;
  try {
    db = openReadConnection(data.file, { nativeBinding: data.nativeBinding });
  } catch (error) {
    const { message, code } = error as { message: string; code?: string };
    send({ type: 'failed', message, ...(typeof code === 'string' ? { code } : {}) });
    return;
  }
  const handlers = featureHandlers(
    db,
    () => {
      throw new Error('app:info is answered by the main thread.');
    },
    null,
  );
  port.on('message', (message: ToReader) => {
    if (message.type === 'close') {
      db.close();
      port.close();
      return;
    }
    // The router sends only reads. Were a write ever sent, the read-only connection would refuse
    // it (SQLITE_READONLY): a reader cannot write, whatever it is asked.
    const { id, channel, input } = message;
    send({ type: 'done', id, outcome: answer(db, handlers, channel, input) });
  });
  send({ type: 'ready' });
}

function answer(
  db: Db,
  handlers: ReturnType<typeof featureHandlers>,
  channel: ChannelName,
  input: unknown,
): Extract<FromReader, { type: 'done' }>['outcome'] {
  const handler = handlers[channel as keyof typeof handlers] as (input: unknown) => unknown;
  try {
    const value = db.transaction(() => handler(input))();
    return serialize({ ok: true, value });
  } catch (error) {
    const known = knownFailure(error);
    if (known) return serialize(known);
    const { message, code, stack } = error as {
      message?: unknown;
      code?: unknown;
      stack?: unknown;
    };
    return {
      internalError: {
        message: String(message),
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof stack === 'string' ? { stack } : {}),
      },
    };
  }
}

if (!isMainThread && parentPort) serve(workerData as ReaderData, parentPort);
