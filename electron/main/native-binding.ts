import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Loads better-sqlite3 through the given binary once, before any window opens, so a missing or
 * wrong-ABI build is one clear message at launch instead of a failure on the first file opened.
 * Returns null when it works, else the message for the user.
 */
export function checkNativeBinding(nativeBinding: string, isPackaged: boolean): string | null {
  const fix = isPackaged
    ? 'The installation is incomplete. Please reinstall Partnership Workbook.'
    : 'Run `npm run native:electron` once while online (it builds better-sqlite3 for Electron), then `npm start` again.';
  if (!existsSync(nativeBinding))
    return `The database engine for Electron is missing (${nativeBinding}).\n\n${fix}`;
  try {
    new Database(':memory:', { nativeBinding }).close();
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `The database engine could not be loaded: ${detail}\n\n${fix}`;
  }
}
