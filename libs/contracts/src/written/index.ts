export * from './written.subjects.js';
export * from './solicitation.contract.js';
export * from './reply.contract.js';
export * from './summary.contract.js';
export * from './submission.contract.js';
export * from './material.contract.js';
export * from './written-events.contract.js';
export * from './attachment.contract.js';
