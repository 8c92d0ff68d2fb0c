export * from './meeting-events.contract.js';
export * from './meeting.subjects.js';
export * from './meeting.contract.js';
