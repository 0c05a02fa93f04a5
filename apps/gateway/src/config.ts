import type { AppConfig } from '@hazard/config';

export const APP_CONFIG = Symbol('APP_CONFIG');
export type GatewayConfig = AppConfig;
