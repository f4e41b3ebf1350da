// Public API of the pure evaluation: indicators, traffic lights, role gaps, roll-ups, chart models.
export * from './types';
export * from './format';
export * from './traffic-light';
export * from './indicators';
export * from './role-gaps';
export * from './rollup';
export * from './charts';
export { EXTRA_GUIDE_VALUES } from './extra-guide-values';
export * from './survey-view';
export * from './sort';
