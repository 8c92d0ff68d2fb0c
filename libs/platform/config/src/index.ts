export * from './load-config.js';
export * from './nats-connection-options.js';
