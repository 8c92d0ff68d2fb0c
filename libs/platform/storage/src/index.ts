export * from './document-storage.js';
export * from './document-type.rules.js';
export * from './file-system.storage.js';
export * from './s3.storage.js';
export * from './spool.js';
export * from './storage-settings.js';
