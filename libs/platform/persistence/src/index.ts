export * from './database-roles.js';
export * from './provision.js';
export * from './row-level-security.js';
export * from './row-version.rules.js';
export * from './service-database.js';
export * from './tenant-transaction.js';
export * from './tenant-scoped.entity.js';
export * from './like-pattern.rules.js';
