export * from './bundle';
export * from './checkpoints';
export * from './keys';
export * from './merkle';
export * from './verify';
export * from './export';
