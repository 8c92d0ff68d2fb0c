export * from './common/index.js';
export * from './directory/index.js';
