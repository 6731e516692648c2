// Where the database file lives (SPEC §2): --db, then PROPER_DB, then the platform's data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DbPathInputs {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

export function resolveDbPath({ flag, env = process.env, platform = process.platform, home = homedir() }: DbPathInputs = {}): string {
  if (flag) return flag;
  if (env.PROPER_DB) return env.PROPER_DB;
  if (platform === 'win32') {
    const appData = env.APPDATA || join(home, 'AppData', 'Roaming');
    return join(appData, 'proper', 'proper.db');
  }
  const dataHome = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(dataHome, 'proper', 'proper.db');
}
