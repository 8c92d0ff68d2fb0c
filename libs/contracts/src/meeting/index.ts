export * from './meeting-events.contract.js';
export * from './meeting.subjects.js';
export * from './meeting.contract.js';
export * from './interview.contract.js';
export * from './calendar.contract.js';
