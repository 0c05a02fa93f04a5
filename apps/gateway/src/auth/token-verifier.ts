import { Inject, Injectable } from '@nestjs/common';
import { type JWTPayload, type JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from 'jose';
import { readClaims } from '@hazard/domain';
import { APP_CONFIG, type GatewayConfig } from '../config';
import type { Principal } from './principal';

/** Clock skew tolerated on exp and nbf. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/**
 * Bearer tokens: RS256/ES256 against a JWKS in production, HS256 with JWT_SECRET for local runs.
 * The accepted algorithms are pinned either way, so `alg: none` and algorithm switching (an RS256
 * public key used as an HS256 secret) fail.
 */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {
    if (config.JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(config.JWKS_URL), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
      this.algorithms = ['RS256', 'ES256'];
    } else {
      this.key = new TextEncoder().encode(config.JWT_SECRET);
      this.algorithms = ['HS256'];
    }
  }

  async verify(authorization: string | undefined): Promise<Principal> {
    if (!authorization) throw new AuthenticationError('a bearer token is required (Authorization: Bearer <token>)');
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i.exec(authorization.trim());
    if (!match || match[1].length > 8_192) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      const options = {
        algorithms: this.algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        ...(this.config.JWT_ISSUER ? { issuer: this.config.JWT_ISSUER } : {}),
        ...(this.config.JWT_AUDIENCE ? { audience: this.config.JWT_AUDIENCE } : {}),
      };
      ({ payload } =
        this.key instanceof Uint8Array ? await jwtVerify(match[1], this.key, options) : await jwtVerify(match[1], this.key, options));
    } catch {
      throw new AuthenticationError('the token is invalid, expired, not yet valid, or not for this service');
    }
    // One reading of the claims, the console's too (README, Security model).
    const read = readClaims(payload);
    if (!read.ok) throw new AuthenticationError(`the token lacks valid claims: ${read.problems.join(', ')}`);
    return read.principal;
  }
}
