export * from './audit.contract.js';
export * from './audit.subjects.js';
export * from './audit-event.view.js';
export * from './audit-event-list.contract.js';
