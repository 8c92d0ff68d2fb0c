#!/usr/bin/env node
/**
 * Prepares the database named by DATABASE_URL for the apps, as `npm start` does: creates it when
 * missing, creates or corrects the roles xieshang_app (password from DATABASE_APP_URL, else
 * DATABASE_APP_PASSWORD, else `xieshang_app`) and xieshang_system, and grants what migrations
 * need. Used by docker-compose's one-shot `db-provision` and by operators before a first deploy.
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
    const { adminUrl } = await provisionDatabase({ serverUrl, database });
    say(`provisioned ${redact(adminUrl)} with roles xieshang_app and xieshang_system`);
    return 0;
  }),
);
