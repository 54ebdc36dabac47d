import { app, type AboutPanelOptionsOptions } from 'electron';
import { APP_NAME } from '../paths';

export interface AboutFacts {
  /** app.getVersion(): package.json's version, in development and packaged alike. */
  version: string;
  electron: string;
  chrome: string;
}

/** What Help → About shows: the version a rep quotes when something goes wrong. */
export function aboutPanelOptions(facts: AboutFacts): AboutPanelOptionsOptions {
  return {
    applicationName: APP_NAME,
    applicationVersion: facts.version,
    // macOS shows this in brackets after the version; Linux and Windows list it below.
    version: `Electron ${facts.electron}, Chromium ${facts.chrome}`,
    copyright: 'Your library stays on this computer.',
    credits: 'Local-first call prep for B2B reps who prospect by phone.',
  };
}

export function installAboutPanel(): void {
  app.setAboutPanelOptions(
    aboutPanelOptions({
      version: app.getVersion(),
      electron: process.versions.electron ?? 'unknown',
      chrome: process.versions.chrome ?? 'unknown',
    }),
  );
}
