import type { Handlers } from './api/router';
import { briefingHandlers } from './briefings/handlers';
import { callHandlers } from './calls/handlers';
// Registers the checker's language model loader before any check runs (loaded on first use), in
// the main thread and in every reader thread alike.
import './checker-model';
import { dial } from './calls/service';
import { dataHandlers } from './data/handlers';
import type { DataJobs } from './data/jobs';
import type { Db } from './db/open';
import { insightHandlers } from './insights/handlers';
import { meetingHandlers } from './meetings/handlers';
import { planHandlers } from './plans/handlers';
import { prospectHandlers } from './prospects/handlers';
import type { JobChannels } from './jobs/handlers';
import type { MaintenanceChannel } from './recovery/maintenance';
import { reviewHandlers } from './review/handlers';
import { sampleHandlers } from './sample/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { todayHandlers } from './today/handlers';

/**
 * Every feature's handlers over one connection: the writing connection in backend.ts, and each
 * reader thread's read-only connection in read-worker.ts (which serves only the read channels, and
 * has no `dataJobs`: long jobs start on the main thread).
 */
export function featureHandlers(
  db: Db,
  appInfo: Handlers['app:info'],
  dataJobs: DataJobs | null,
): Omit<Handlers, MaintenanceChannel | keyof JobChannels> {
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
    ...dataHandlers(db, dataJobs),
    ...meetingHandlers(db),
    ...todayHandlers(db),
  };
}
