import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APPS, BUILD_COMMAND, REPO_ROOT, appConfigSchemaModule, appEntry } from './catalog.mjs';
import { completion } from './child-process.mjs';
import { LauncherError, say } from './say.mjs';

/** Compiles every library and app with the project references of tsconfig.build.json. */
export const buildAll = async () => {
  say(`building (${BUILD_COMMAND})`);
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const child = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const code = await completion(child);
  if (code !== 0) throw new LauncherError(`the build failed (${BUILD_COMMAND} exited with ${code}); see the errors above`);
};

/** Fails with one line per app whose entry point the build did not produce. */
export const assertAppsBuilt = (apps = APPS) => {
  const missing = apps.filter((app) => !existsSync(appEntry(app)));
  if (missing.length === 0) return;
  const list = missing.map((app) => path.relative(REPO_ROOT, appEntry(app))).join(', ');
  throw new LauncherError(
    `not built: ${list}. The build step (${BUILD_COMMAND}) produces apps/<app>/dist/main.js from ` +
      'apps/<app>/src/main.ts; is that app written and listed in tsconfig.build.json?',
  );
};

/**
 * Checks the environment the launcher is about to give an app against the app's own config
 * schema, so a variable the launcher does not know about fails here, naming the app, rather
 * than as a crash in its log.
 */
export const assertEnvAccepted = async (app, env) => {
  const module = appConfigSchemaModule(app);
  if (!existsSync(module)) return;
  const { configSchema } = await import(pathToFileURL(module).href);
  if (!configSchema?.safeParse) return;
  const result = configSchema.safeParse(env);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new LauncherError(`${app.name} would refuse the configuration the launcher gives it: ${problems}`);
};
