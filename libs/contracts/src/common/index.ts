export * from './roles.js';
export * from './error-codes.js';
export * from './headers.js';
export * from './event-envelope.js';
export * from './tenant-code.js';
export * from './list-query.js';
export * from './primitives.js';
export * from './opinion.contract.js';
