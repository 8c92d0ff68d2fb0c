import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE, REPO_ROOT } from './catalog.mjs';
import { envForConsole } from './app-env.mjs';
import { completion } from './child-process.mjs';
import { LauncherError, say } from './say.mjs';

const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export const assertConsolePresent = () => {
  if (!existsSync(path.join(REPO_ROOT, CONSOLE.configFile))) {
    throw new LauncherError(`the admin console is missing: ${CONSOLE.configFile} does not exist`);
  }
};

/**
 * `dev`: Vite's dev server with hot reload, for `npm start`. `preview`: a production build served
 * by `vite preview`, for tests and benchmarks, so they exercise what gets deployed.
 * Both listen on 4200 exactly (`--strictPort`) and proxy /api to the gateway.
 */
export const launchConsole = async (supervisor, mode) => {
  assertConsolePresent();
  const config = ['--config', CONSOLE.configFile];
  if (mode === 'preview') {
    say('building the admin console (vite build)');
    const build = spawn(process.execPath, [vite, 'build', ...config, '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...envForConsole() },
      stdio: 'inherit',
    });
    const code = await completion(build);
    if (code !== 0) throw new LauncherError(`the admin console build failed (vite build exited with ${code})`);
  }
  const args = [vite, ...(mode === 'preview' ? ['preview'] : []), ...config, '--port', String(CONSOLE.port), '--strictPort'];
  return supervisor.launch({ name: CONSOLE.name, command: process.execPath, args, env: envForConsole() });
};
