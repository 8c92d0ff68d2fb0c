export * from './planning.subjects.js';
export * from './plan.contract.js';
export * from './plan-item.contract.js';
export * from './plan-suggestion.contract.js';
export * from './plan-revision.contract.js';
export * from './research-topic.contract.js';
export * from './plan-export.contract.js';
export * from './planning-events.contract.js';
