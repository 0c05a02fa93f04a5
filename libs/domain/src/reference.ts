/** Kept at its old path for apps/console, which imports it directly; the code lives in shared/. */
export * from './shared/reference';
