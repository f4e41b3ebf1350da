// Pilot projects: pure types and rules (status, KPIs, light suggestion, timeline, chart models).
export * from './types';
export * from './dates';
export * from './format';
export * from './milestones';
export * from './kpis';
export * from './light';
export * from './timeline';
export * from './kpi-chart';
export * from './concept';
