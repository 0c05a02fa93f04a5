/** Kept at its old path for libs/event-store/src/canonical.ts, which imports GENESIS_HASH from here; the code lives in shared/. */
export * from './shared/aggregate';
