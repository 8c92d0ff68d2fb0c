export * from './common/index.js';
export * from './audit/index.js';
export * from './directory/index.js';
export * from './planning/index.js';
export * from './meeting/index.js';
export * from './notification/index.js';
export * from './handling/index.js';
export * from './event-contracts.js';
