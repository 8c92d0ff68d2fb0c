export * from './launch-service.js';
export * from './pino-nest-logger.js';
export * from './readiness.js';
export * from './runtime.module.js';
export * from './service-config.js';
export * from './service-database.module.js';
export * from './service-events.module.js';
export * from './settings/index.js';
