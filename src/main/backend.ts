import packageJson from '../../package.json';
import { briefingHandlers } from './briefings/handlers';
import { callHandlers } from './calls/handlers';
// Registers the checker's language model loader before any check runs (loaded on first use).
import './checker-model';
import { dial } from './calls/service';
import { dataHandlers } from './data/handlers';
import { createRouter, type ApiRouter, type Handlers } from './api/router';
import { LiveDatabase, type LiveDatabaseOptions } from './db/live-database';
import type { Db } from './db/open';
import { migrations } from './db/migrate';
import { meetingHandlers } from './meetings/handlers';
import { insightHandlers } from './insights/handlers';
import { planHandlers } from './plans/handlers';
import { prospectHandlers } from './prospects/handlers';
import {
  createMaintenance,
  type Maintenance,
  type MaintenanceChannel,
} from './recovery/maintenance';
import { reviewHandlers } from './review/handlers';
import { isLibraryEmpty, hasSampleData } from './sample/service';
import { sampleHandlers } from './sample/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { todayHandlers } from './today/handlers';

export interface BackendOptions extends LiveDatabaseOptions {
  dataDir: string;
  transport: 'electron' | 'browser';
  onInternalError?: (channel: string, error: unknown) => void;
  /**
   * The hosts set this: a file that cannot be opened safely (damaged, foreign, newer, locked)
   * starts the backend in recovery mode instead of throwing DatabaseOpenError.
   */
  recoverFromBadFile?: boolean;
}

export interface Backend {
  /** The open connection. A restore replaces it, so read it each time; throws in recovery mode. */
  readonly db: Db;
  /** 'recovery' while no database is open; the router then serves the recovery channels. */
  readonly mode: 'normal' | 'recovery';
  router: ApiRouter;
  dataDir: string;
  maintenance: Maintenance;
  /** The health check and automatic backups; hosts call this once the window is up. */
  startBackgroundTasks(): void;
  close(): void;
}

export const APP_VERSION: string = packageJson.version;

/**
 * Opens the rep's database and wires every feature's handlers into the one API router. When a
 * restore or recovery replaces the database, the router is rewired to the new connection.
 */
export function openBackend(options: BackendOptions): Backend {
  const live = new LiveDatabase(options.dataDir, options);
  live.open();
  if (live.openError && !options.recoverFromBadFile) throw live.openError;
  const maintenance = createMaintenance(live, { worthBackingUp: (db) => !isLibraryEmpty(db) });
  const appInfo = (db: Db | null) => ({
    version: APP_VERSION,
    schemaVersion: migrations.length,
    dataDir: options.dataDir,
    transport: options.transport,
    isEmpty: db ? isLibraryEmptyOrUnreadable(db) : false,
    hasSampleData: db ? hasSampleDataOrUnreadable(db) : false,
    mode: db ? ('normal' as const) : ('recovery' as const),
    health: maintenance.health(),
  });
  const wire = () => {
    const db = live.db;
    const handlers: Handlers = db
      ? {
          ...inTransactions(
            db,
            featureHandlers(db, () => appInfo(db)),
          ),
          // Outside a transaction: it must answer even when a damaged page breaks the commit.
          'app:info': () => appInfo(db),
          ...maintenance.handlers(),
        }
      : maintenance.recoveryModeHandlers(() => appInfo(null));
    const report =
      options.onInternalError ?? ((channel, error) => console.error(`[api] ${channel}:`, error));
    return createRouter(handlers, {
      onInternalError: (channel, error) => {
        maintenance.noticeError(error);
        report(channel, error);
      },
    });
  };
  let router = wire();
  live.onChange(() => {
    router = wire();
  });
  let closed = false;
  return {
    get db() {
      return live.requireDb();
    },
    get mode() {
      return live.db ? 'normal' : 'recovery';
    },
    router: { handle: (channel, input) => router.handle(channel, input) },
    dataDir: options.dataDir,
    maintenance,
    startBackgroundTasks: () => maintenance.start(),
    close() {
      if (closed) return;
      closed = true;
      maintenance.stop();
      live.close();
    },
  };
}

/** Every feature's handlers over one open connection; each runs in its own transaction. */
function featureHandlers(
  db: Db,
  appInfo: Handlers['app:info'],
): Omit<Handlers, MaintenanceChannel> {
  return {
    'app:info': appInfo,
    ...sampleHandlers(db),
    ...settingsHandlers(db),
    ...prospectHandlers(db),
    ...insightHandlers(db),
    ...briefingHandlers(db),
    ...searchHandlers(db),
    ...planHandlers(db, { dial: (input) => dial(db, input) }),
    ...callHandlers(db),
    ...reviewHandlers(db),
    ...dataHandlers(db),
    ...meetingHandlers(db),
    ...todayHandlers(db),
  };
}

/**
 * Every handler runs inside one transaction: a write either lands whole and durable
 * (synchronous=FULL) or not at all, and a read sees one consistent snapshot.
 */
function inTransactions<H extends Partial<Handlers>>(db: Db, handlers: H): H {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    string,
    (input: unknown) => unknown,
  ][]) {
    wrapped[channel] = db.transaction((input: unknown) => handler(input));
  }
  return wrapped as unknown as H;
}

/** app:info must answer even on a damaged file, so the renderer can say what is wrong. */
function isLibraryEmptyOrUnreadable(db: Db): boolean {
  try {
    return isLibraryEmpty(db);
  } catch {
    return false;
  }
}

function hasSampleDataOrUnreadable(db: Db): boolean {
  try {
    return hasSampleData(db);
  } catch {
    return false;
  }
}
