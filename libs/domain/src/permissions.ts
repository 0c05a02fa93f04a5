/** Kept at its old path for apps/console, which imports it directly (its tsconfig names this file); the code lives in shared/ and hazard/. */
export * from './shared/permissions';
export * from './hazard/permissions';
