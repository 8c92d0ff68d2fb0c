export * from './logger.js';
export * from './metrics.js';
export * from './log-redaction.rules.js';
