import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'OneUp';

/**
 * The per-user folder that holds the rep's database: the same folder Electron's
 * `app.getPath('userData')` names for an app called OneUp, so the desktop app and the browser
 * host open the same library. ONEUP_DATA_DIR overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.ONEUP_DATA_DIR) return env.ONEUP_DATA_DIR;
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
  }
}
