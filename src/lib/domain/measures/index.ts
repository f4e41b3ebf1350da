// Findings → proposed measures (pure): rule set, cost lines priced from the catalogue, adapters.
export * from './types';
export * from './rule-kit';
export * from './cost-lines';
export * from './rules-infrastructure';
export * from './rules-devices';
export * from './rules-operations';
export * from './engine';
export * from './inputs';
export * from './measure';
export * from './cohorts';
