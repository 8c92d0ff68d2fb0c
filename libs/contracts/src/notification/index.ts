export * from './notification.subjects.js';
export * from './notice.contract.js';
