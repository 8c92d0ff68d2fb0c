import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { z } from 'zod';
import { loadConfig } from '@xieshang/platform-config';
import { createLogger } from '@xieshang/platform-observability';
import { PinoNestLogger } from './pino-nest-logger.js';
import { RuntimeModule } from './runtime.module.js';
import type { ServiceConfig } from './service-config.js';

export interface ServiceDefinition<S extends z.ZodObject> {
  /** Also the NATS queue group, so replicas of one service share its requests. */
  name: string;
  configSchema: S;
  module: Type | DynamicModule;
}

@Module({})
class ServiceRootModule {}

/** Builds a service: config validated first, HTTP probes, and its route table answering over NATS. */
export const createService = async <S extends z.ZodObject>(
  definition: ServiceDefinition<S>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ app: INestApplication; config: z.infer<S> & ServiceConfig }> => {
  const config = loadConfig(definition.configSchema, env) as z.infer<S> & ServiceConfig;
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const app = await NestFactory.create(
    { module: ServiceRootModule, imports: [RuntimeModule.forApp(definition.name, config, logger), definition.module] },
    { logger: new PinoNestLogger(logger) },
  );
  app.enableShutdownHooks();
  // Listening bootstraps the app, and with it the route table's NATS subscriptions (`natsRoutes`).
  await app.listen(config.PORT);
  logger.info({ port: config.PORT }, `${definition.name} is up`);
  return { app, config };
};

/** The `main.ts` of a service: a bad config stops it with one line, anything else with its stack. */
export const launchService = <S extends z.ZodObject>(definition: ServiceDefinition<S>): void => {
  createService(definition).catch((error: Error) => {
    process.stderr.write(`${definition.name} failed to start: ${error.name === 'ConfigError' ? error.message : error.stack}\n`);
    process.exit(1);
  });
};
