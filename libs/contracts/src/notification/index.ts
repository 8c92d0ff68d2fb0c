export * from './notification.subjects.js';
export * from './notice.contract.js';
export * from './task.contract.js';
export * from './preference.contract.js';
