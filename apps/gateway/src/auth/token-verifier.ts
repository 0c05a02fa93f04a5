import { Inject, Injectable } from '@nestjs/common';
import { type JWTPayload, type JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from 'jose';
import { z } from 'zod';
import { ROLES, SYSTEM_ACTOR, WILDCARD } from '@hazard/domain';
import { APP_CONFIG, type GatewayConfig } from '../config';
import type { Principal } from './principal';

const code = z.string().min(1).max(32);
const claims = z.object({
  // 'system' is the actor of the workflow's own clocks; no person may claim it.
  sub: z.string().min(1).max(200).refine((sub) => sub !== SYSTEM_ACTOR.sub, 'is reserved'),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  regions: z.union([z.literal(WILDCARD), z.array(code).max(100)]),
  departments: z.union([z.literal(WILDCARD), z.array(code).max(100)]),
});

const asList = (value: string | string[]): string[] => (typeof value === 'string' ? [value] : value);

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
    const parsed = claims.safeParse(payload);
    if (!parsed.success) {
      throw new AuthenticationError(`the token lacks valid claims: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    const c = parsed.data;
    return { sub: c.sub, name: c.name, roles: c.roles, regions: asList(c.regions), departments: asList(c.departments) };
  }
}
