import type { AppConfig } from '../../../libs/config/src';

export const APP_CONFIG = Symbol('APP_CONFIG');
export type GatewayConfig = AppConfig;
