import { z } from 'zod';
import packageJson from '../../package.json';
import { insightCreateInput } from '../shared/domain/insight';
import { prospectCreateInput } from '../shared/domain/prospect';
import { ApiFailure } from './api/errors';
import { briefingHandlers } from './briefings/handlers';
import { callHandlers } from './calls/handlers';
import { dataHandlers } from './data/handlers';
import { createRouter, type ApiRouter, type Handlers } from './api/router';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from './db/open';
import { migrations } from './db/migrate';
import { statement } from './db/statements';
import { insightHandlers } from './insights/handlers';
import { createInsight } from './insights/repository';
import { planHandlers } from './plans/handlers';
import { prospectHandlers } from './prospects/handlers';
import { reviewHandlers } from './review/handlers';
import { createProspect } from './prospects/repository';
import { SAMPLE_INSIGHTS, SAMPLE_PROSPECTS } from './sample/sample-data';
import { searchHandlers } from './search/handlers';
import { getSettings, updateSettings } from './settings/repository';

export interface BackendOptions extends OpenOptions {
  dataDir: string;
  transport: 'electron' | 'browser';
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface Backend {
  db: Db;
  router: ApiRouter;
  dataDir: string;
  close(): void;
}

export const APP_VERSION: string = packageJson.version;

/** Opens the rep's database and wires every feature's handlers into the one API router. */
export function openBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.dataDir, options);
  const handlers: Handlers = {
    'app:info': () => ({
      version: APP_VERSION,
      schemaVersion: migrations.length,
      dataDir: options.dataDir,
      transport: options.transport,
      isEmpty: isLibraryEmpty(db),
    }),
    'sample:load': () => loadSampleData(db),
    'settings:get': () => getSettings(db),
    'settings:update': (patch) => updateSettings(db, patch),
    ...prospectHandlers(db),
    ...insightHandlers(db),
    ...briefingHandlers(db),
    ...searchHandlers(db),
    ...planHandlers(db),
    ...callHandlers(db),
    ...reviewHandlers(db),
    ...dataHandlers(db),
  };
  const router = createRouter(inTransactions(db, handlers), {
    onInternalError:
      options.onInternalError ?? ((channel, error) => console.error(`[api] ${channel}:`, error)),
  });
  let closed = false;
  return {
    db,
    router,
    dataDir: options.dataDir,
    close() {
      if (closed) return;
      closed = true;
      closeDatabase(db);
    },
  };
}

/**
 * Every handler runs inside one transaction: a write either lands whole and durable
 * (synchronous=FULL) or not at all, and a read sees one consistent snapshot.
 */
function inTransactions(db: Db, handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    string,
    (input: unknown) => unknown,
  ][]) {
    wrapped[channel] = db.transaction((input: unknown) => handler(input));
  }
  return wrapped as unknown as Handlers;
}

function isLibraryEmpty(db: Db): boolean {
  return (
    statement(db, 'SELECT (SELECT count(*) FROM prospects) + (SELECT count(*) FROM insights) AS n')
      .pluck()
      .get() === 0
  );
}

function loadSampleData(db: Db): { prospects: number; insights: number } {
  if (!isLibraryEmpty(db)) {
    throw new ApiFailure(
      'conflict',
      'Sample data only goes into an empty library, so it never mixes with yours.',
    );
  }
  for (const insight of SAMPLE_INSIGHTS) createInsight(db, insightCreateInput.parse(insight));
  for (const prospect of SAMPLE_PROSPECTS)
    createProspect(db, z.parse(prospectCreateInput, prospect));
  return { prospects: SAMPLE_PROSPECTS.length, insights: SAMPLE_INSIGHTS.length };
}
