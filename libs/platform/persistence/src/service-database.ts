import { DataSource, type MigrationInterface } from 'typeorm';
import { moveLegacyGrantsStatements } from './role-grants.js';
import { schemaStatements } from './row-level-security.js';

type MigrationClass = new () => MigrationInterface;
// TypeORM accepts entity classes of any constructor shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function;

export interface ServiceDatabaseOptions {
  schema: string;
  ownerUrl: string;
  appUrl: string;
  poolSize: number;
  entities: EntityClass[];
  migrations: MigrationClass[];
}

/**
 * Runs a service's committed migrations as the owning role, under an advisory lock so that
 * replicas starting together migrate once. The migrations table lives in the service's schema.
 * Then hands anything still granted to the shared role of old databases to the service's own.
 */
export const migrateServiceSchema = async (options: ServiceDatabaseOptions): Promise<string[]> => {
  const owner = new DataSource({
    type: 'postgres',
    url: options.ownerUrl,
    schema: options.schema,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    logging: false,
    extra: { max: 1 },
  });
  await owner.initialize();
  try {
    await owner.query('select pg_advisory_lock(hashtext($1))', [`xieshang.migrate.${options.schema}`]);
    for (const statement of schemaStatements(options.schema)) await owner.query(statement);
    const applied = await owner.runMigrations({ transaction: 'each' });
    for (const statement of moveLegacyGrantsStatements(options.schema)) await owner.query(statement);
    return applied.map((migration) => migration.name);
  } finally {
    await owner.destroy();
  }
};

/**
 * The run-time pool, connected as the role that row-level security binds. TypeORM logs nothing
 * itself: its query log would carry the parameters (password hashes among them); a failed query
 * reaches the app's logger as an error, whose serializer drops them.
 */
export const createAppDataSource = (options: ServiceDatabaseOptions): DataSource =>
  new DataSource({
    type: 'postgres',
    url: options.appUrl,
    schema: options.schema,
    entities: options.entities,
    logging: false,
    extra: { max: options.poolSize },
  });
