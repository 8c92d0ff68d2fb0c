export * from './settings-cache.js';
export * from './settings-change.rules.js';
export * from './settings.client.js';
export * from './settings-client.module.js';
export * from './setting-or-default.js';
