export * from './caller.js';
