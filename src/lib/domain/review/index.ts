// Review of a concept (pure): statuses and workflow rules, comment threads, stored shapes.
export * from './status';
export * from './comments';
export * from './records';
export * from './format';
