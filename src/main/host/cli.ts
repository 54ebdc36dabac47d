import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { builtReaderEntry, defaultReaderCount } from '../api/read-pool';
import { openBackend } from '../backend';
import { LibraryLockedError, lockLibrary, type LibraryLock } from '../db/lock';
import { setTestClock } from '../db/time';
import { defaultDataDir } from '../paths';
import { newToken } from './security';
import { createHostServer } from './server';

const USAGE = `Usage: npm run web -- [--port N] [--data-dir DIR] [--readers N] [--no-open]
  --port N        port on 127.0.0.1 (default 5178; 0 picks a free port)
  --data-dir DIR  folder holding oneup.sqlite (default: ${defaultDataDir()})
  --readers N     most threads serving reads beside the writer (default ${defaultReaderCount()}; 0: none)
  --no-open       do not open a browser tab`;

function fail(message: string): never {
  console.error(`OneUp: ${message}`);
  process.exit(2);
}

/** Exit status when another OneUp process (desktop or browser host) has the library. */
const EXIT_LIBRARY_IN_USE = 3;

/**
 * One writer per library: the lock is taken before the library is opened, so a second host on the
 * same folder says so and exits without having read or written anything in it.
 */
function lockOrExit(dataDir: string): LibraryLock {
  try {
    return lockLibrary(dataDir);
  } catch (error) {
    if (error instanceof LibraryLockedError) {
      console.error(`${error.message} Close it first, or use --data-dir for another library.`);
      process.exit(EXIT_LIBRARY_IN_USE);
    }
    fail(`could not lock the library in ${dataDir}: ${(error as Error).message}`);
  }
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '5178' },
        'data-dir': { type: 'string' },
        readers: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.error(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0–65535, got "${args.port}".`);

  const readers = args.readers === undefined ? defaultReaderCount() : Number(args.readers);
  if (!Number.isInteger(readers) || readers < 0 || readers > 16)
    fail(`--readers must be 0–16, got "${args.readers}".`);

  const rendererDir =
    process.env.ONEUP_RENDERER_DIR ?? fileURLToPath(new URL('../renderer', import.meta.url));
  if (!existsSync(`${rendererDir}/index.html`)) {
    fail(`the built renderer is missing at ${rendererDir}. Run "npm run build" first.`);
  }

  const clock = testClock();
  if (clock) {
    setTestClock(clock);
    console.error(`OneUp: TEST CLOCK — the backend's time starts at ${clock}, not the real time.`);
  }

  const dataDir = args['data-dir'] ?? defaultDataDir();
  const lock = lockOrExit(dataDir);
  if (!lock.held) console.error(`OneUp: ${dataDir} is read-only; nothing will be written to it.`);
  // A file that cannot be opened safely starts recovery mode: the renderer explains and offers
  // the latest good backup, instead of the host exiting with a message a rep never sees.
  const backend = openBackend({
    dataDir,
    transport: 'browser',
    recoverFromBadFile: true,
    maxPageCount: testMaxPageCount(),
    ...(readers > 0
      ? {
          readers: {
            size: readers,
            entry: builtReaderEntry(dirname(fileURLToPath(import.meta.url))),
          },
        }
      : {}),
  });
  if (backend.mode === 'recovery') {
    console.error(
      `OneUp could not open the database; starting in recovery mode. The file was not changed.`,
    );
  }

  const token = testToken() ?? newToken();
  let boundPort = port;
  const server = createHostServer({
    router: backend.router,
    rendererDir,
    token,
    port: () => boundPort,
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    backend.close();
    lock.release();
    if (error.code === 'EADDRINUSE') {
      fail(
        `port ${port} on 127.0.0.1 is already in use. Pick another with --port, or --port 0 for any free port.`,
      );
    }
    fail(`could not start the host: ${error.message}`);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    boundPort = typeof address === 'object' && address ? address.port : port;
    const url = `http://127.0.0.1:${boundPort}/#token=${token}`;
    console.log(`OneUp is running at ${url}`);
    console.error(`Data: ${dataDir}. Press Ctrl+C to stop.`);
    if (!args['no-open']) openInBrowser(url);
    // The quick_check and automatic backups start once the host answers, off the startup path.
    backend.startBackgroundTasks();
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    // The readers let go first, so the writer's close is the last and checkpoints the WAL.
    await backend.readers?.close();
    backend.close();
    lock.release();
    console.error(`OneUp stopped (${signal}); the database was closed cleanly.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * TEST ONLY: ONEUP_TEST_MAX_PAGE_COUNT caps the database at that many pages, so e2e tests can
 * meet "disk full" (SQLITE_FULL) without filling a disk. Never set it for real use.
 */
function testMaxPageCount(): number | undefined {
  const value = Number(process.env.ONEUP_TEST_MAX_PAGE_COUNT);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * TEST ONLY: ONEUP_TEST_HOST_TOKEN makes a restarted host keep the token of the one before, so an
 * e2e test can stop the host mid-save and start it again under a page that is still open. It must
 * look like a real token (43+ URL-safe characters). Never set it for real use.
 */
function testToken(): string | undefined {
  const value = process.env.ONEUP_TEST_HOST_TOKEN;
  return value && /^[A-Za-z0-9_-]{43,}$/u.test(value) ? value : undefined;
}

/**
 * TEST ONLY: ONEUP_TEST_NOW (an ISO time with a zone, e.g. 2026-03-10T15:00:00Z) starts the
 * backend's clock there, so an e2e test can walk a day on a known date. Only this browser-host
 * entry reads it (the Electron main process never does), it must be a full ISO timestamp, and a
 * host started with it says so on stderr. Never set it for real use.
 */
function testClock(): string | undefined {
  const value = process.env.ONEUP_TEST_NOW;
  return value && z.iso.datetime().safeParse(value).success ? value : undefined;
}

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => console.error(`Open ${url} in your browser.`));
    child.unref();
  } catch {
    console.error(`Open ${url} in your browser.`);
  }
}

main();
