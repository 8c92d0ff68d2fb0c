export * from './org-unit-kind.js';
export * from './directory.subjects.js';
export * from './person.contract.js';
export * from './org-unit.contract.js';
export * from './person-admin.contract.js';
export * from './tenant.contract.js';
export * from './settings.contract.js';
export * from './role-org-unit-kinds.js';
