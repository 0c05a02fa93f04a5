/** Kept at its old path for apps/console, which imports it directly (its tsconfig names this file); the code lives in hazard/. */
export * from './hazard/availability';
