export * from './collections.js';
export * from './migrate.js';
export * from './read-content.js';
export * from './schema.js';
export * from './template.js';
