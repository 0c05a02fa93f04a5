import type { Provider } from '@nestjs/common';
import { loadTrustedPublicKey } from '@hazard/audit';
import { APP_CONFIG, type GatewayConfig } from '../config';

export const AUDIT_PUBLIC_KEY = Symbol('AUDIT_PUBLIC_KEY');

/** The public key checkpoints are verified with (from config, never from the database); null if none. */
export const auditPublicKeyProvider: Provider = {
  provide: AUDIT_PUBLIC_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: GatewayConfig): string | null => loadTrustedPublicKey(config),
};
