export * from './document-routes.js';
export * from './document-transfer.js';
export * from './documents.module.js';
export * from './read-limited.js';
export * from './upload.rules.js';
