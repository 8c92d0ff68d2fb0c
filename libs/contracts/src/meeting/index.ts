export * from './meeting-events.contract.js';
