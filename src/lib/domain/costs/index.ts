// Five-year cost plan (pure): money in cents, price catalogue, projection, totals, € per pupil.
export * from './money';
export * from './types';
export * from './price-catalogue';
export * from './projection';
export * from './totals';
export * from './per-pupil';
export * from './plan';
export * from './funding-programmes';
export * from './funding-balance';
