export * from './database-roles.js';
export * from './row-level-security.js';
export * from './tenant-transaction.js';
