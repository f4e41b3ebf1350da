// Public API of the pure questionnaire engine.
export * from './types';
export * from './conditions';
export * from './numbers';
export * from './validate-number';
export * from './validate-types';
export * from './validate';
export * from './form';
export * from './progress';
export * from './schema';
export type { DefinitionIssue } from './schema-checks';
export { definitionIssues } from './schema-checks';
