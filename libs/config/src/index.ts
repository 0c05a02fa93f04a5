export * from './config';
export * from './logger';
export * from './development-tokens';
export * from './paths';
