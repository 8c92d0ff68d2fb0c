export * from './eventually.js';
export * from './nats-server.process.js';
export * from './platform-urls.js';
export * from './test-database.js';
export * from './tokens.js';
export * from './app-logs.js';
