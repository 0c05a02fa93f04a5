export * from './build';
export * from './columns';
export * from './dates';
export * from './labels';
export * from './load';
export * from './model';
export * from './render';
export * from './store';
