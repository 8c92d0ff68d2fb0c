export * from './audit.contract.js';
