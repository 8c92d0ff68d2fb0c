import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './catalog.mjs';
import { LauncherError, say } from './say.mjs';

/** The oldest Node major the platform runs on (package.json `engines`, `.nvmrc`). */
export const REQUIRED_NODE_MAJOR = 24;

/** The one line said (after the launcher's `xieshang` prefix) when this Node is too old, or null when it will do. */
export const nodeTooOldMessage = (version = process.versions.node) => {
  const major = Number(version.split('.')[0]);
  if (major >= REQUIRED_NODE_MAJOR) return null;
  return (
    `needs Node ${REQUIRED_NODE_MAJOR} LTS or newer, and this is Node ${version}: ` +
    `install it (\`nvm install\` reads .nvmrc) or run .ci/run, which fetches Node ${REQUIRED_NODE_MAJOR} from the npm registry`
  );
};

/**
 * What `npm start` and `npm test` check before anything else, so each works as the first
 * command on a fresh clone: a Node that is new enough, and the dependencies, installed with
 * `npm ci` when node_modules is absent. Throws a LauncherError, said as one line.
 */
export const preflight = () => {
  const tooOld = nodeTooOldMessage();
  if (tooOld) throw new LauncherError(tooOld);
  if (existsSync(path.join(REPO_ROOT, 'node_modules'))) return;
  say('node_modules is missing: running npm ci');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new LauncherError('npm ci failed; see its output above');
};
