export * from './meeting-events.contract.js';
export * from './interview.contract.js';
export * from './calendar.contract.js';
