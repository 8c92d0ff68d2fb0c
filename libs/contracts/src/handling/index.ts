export * from './handling.subjects.js';
export * from './case.contract.js';
export * from './handling-report.contract.js';
export * from './handling-events.contract.js';
