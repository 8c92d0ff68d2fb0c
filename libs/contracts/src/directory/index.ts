export * from './org-unit-kind.js';
export * from './directory.subjects.js';
export * from './person.contract.js';
export * from './org-unit.contract.js';
