export * from './app-exception.js';
export * from './validate.js';
