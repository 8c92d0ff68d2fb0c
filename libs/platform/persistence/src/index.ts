export * from './database-roles.js';
export * from './provision.js';
export * from './row-level-security.js';
export * from './row-version.rules.js';
export * from './service-database.js';
export * from './tenant-database.js';
export * from './tenant-scoped.entity.js';
export * from './tenant-stamp.subscriber.js';
