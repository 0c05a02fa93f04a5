export * from './embedded-postgres';
export * from './ports';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './development-defaults';
export * from './postgres-process';
export * from './process-stack';
export * from './tcp-proxy';
