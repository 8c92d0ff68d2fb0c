import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the running platform's apps write their logs during `npm test` (one `<app>.log` each). */
export const appLogDir = (): string => {
  const dir = process.env['XS_LOG_DIR'];
  if (!dir) throw new Error('XS_LOG_DIR is not set: run this test through npm test, which starts the platform');
  return dir;
};

/** Every app's log as it is now, by file name. */
export const readAppLogs = async (dir = appLogDir()): Promise<Map<string, string>> => {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.log'));
  return new Map(await Promise.all(files.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));
};
