// Where the database file lives (SPEC §2): --db, then PROPER_DB, then the platform's data folder.
import { join } from 'node:path';

export interface DbPathInputs {
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
}

/** The database path for these inputs (called by src/cli/session.ts only, with the run's context). */
export function resolveDbPath({ flag, env, platform, home }: DbPathInputs): string {
  if (flag) return flag;
  if (env.PROPER_DB) return env.PROPER_DB;
  if (platform === 'win32') {
    const appData = env.APPDATA || join(home, 'AppData', 'Roaming');
    return join(appData, 'proper', 'proper.db');
  }
  const dataHome = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(dataHome, 'proper', 'proper.db');
}
