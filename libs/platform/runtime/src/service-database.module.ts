import { type DynamicModule, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { Logger } from '@xieshang/platform-observability';
import { createAppDataSource, migrateServiceSchema, TenantDatabase } from '@xieshang/platform-persistence';
import { APP_CONFIG, APP_LOGGER } from './runtime.module.js';
import { ReadinessRegistry } from './readiness.js';
import type { ServiceConfig } from './service-config.js';
import { ServiceEventsModule } from './service-events.module.js';
import { platformMigrations } from './platform-migrations.js';

export interface ServiceDatabaseDefinition {
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The service's own schema: migrated as the owner at start, then served by a pool connected as
 * the row-level-security-bound role (handlers inject `TenantDatabase`), with its outbox published and its
 * event subscriptions run (inject `ServiceEvents`).
 */
@Module({})
export class ServiceDatabaseModule {
  static forSchema(definition: ServiceDatabaseDefinition): DynamicModule {
    return {
      module: ServiceDatabaseModule,
      global: true,
      imports: [ServiceEventsModule.forSchema(definition.schema)],
      providers: [
        {
          provide: DataSource,
          inject: [APP_CONFIG, APP_LOGGER, ReadinessRegistry],
          useFactory: async (config: ServiceConfig, logger: Logger, readiness: ReadinessRegistry) => {
            const options = {
              ...definition,
              migrations: [...definition.migrations, ...platformMigrations(definition.schema)],
              ownerUrl: config.DATABASE_URL,
              appUrl: config.DATABASE_APP_URL,
              poolSize: config.DATABASE_POOL_SIZE,
            };
            const applied = await migrateServiceSchema(options);
            if (applied.length > 0) logger.info({ migrations: applied }, `migrated schema ${definition.schema}`);
            const dataSource = await createAppDataSource(options).initialize();
            readiness.add({ name: 'postgres', probe: () => dataSource.query('select 1') });
            return dataSource;
          },
        },
        { provide: TenantDatabase, inject: [DataSource], useFactory: (dataSource: DataSource) => new TenantDatabase(dataSource, definition.schema) },
        DataSourceCloser,
      ],
      exports: [DataSource, TenantDatabase],
    };
  }
}
