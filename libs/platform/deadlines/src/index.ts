export * from './clock.js';
export * from './local-time.rules.js';
export * from './deadline.statements.js';
export * from './schedule-deadline.js';
export * from './deadline-scheduler.js';
