// Public API of the pure teacher-survey rules: codes, threshold rule, aggregates, breakdowns.
export * from './code';
export * from './suppression';
export * from './aggregate';
export * from './breakdown';
export * from './pool';
export * from './form';
export * from './dates';
export * from './release';
