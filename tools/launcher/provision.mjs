#!/usr/bin/env node
/**
 * Prepares the database named by DATABASE_URL for the apps, as `npm start` does: creates it when
 * missing, creates or corrects each service's role `xieshang_<schema>` (password from
 * DATABASE_APP_PASSWORD_<SCHEMA>, else derived from DATABASE_APP_PASSWORD) and xieshang_system,
 * and grants what migrations need. Used by docker-compose's one-shot `db-provision` and by
 * operators before a first deploy.
 */
import { databaseNameOf, redact } from './database-url.mjs';
import { provisionDatabase } from './database.mjs';
import { runMain } from './lifecycle.mjs';
import { LauncherError, say } from './say.mjs';

process.exit(
  await runMain(async () => {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new LauncherError('DATABASE_URL is not set: it names the server, database and migration user');
    const database = databaseNameOf(serverUrl);
    const { adminUrl, roles } = await provisionDatabase({ serverUrl, database });
    say(`provisioned ${redact(adminUrl)} with roles ${roles.join(', ')} and xieshang_system`);
    return 0;
  }),
);
