import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { ROLES, WILDCARD } from '../../../../libs/domain/src';
import { APP_CONFIG, type GatewayConfig } from '../config';
import type { Principal } from './principal';

const code = z.string().min(1).max(32);
const claims = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  regions: z.union([z.literal(WILDCARD), z.array(code).max(100)]),
  departments: z.union([z.literal(WILDCARD), z.array(code).max(100)]),
});

const asList = (value: string | string[]): string[] => (typeof value === 'string' ? [value] : value);

/** HS256 bearer tokens (development and tests); the algorithm is pinned, so `none` and switching fail. */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) config: GatewayConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  async verify(authorization: string | undefined): Promise<Principal> {
    if (!authorization) throw new AuthenticationError('a bearer token is required (Authorization: Bearer <token>)');
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], this.key, { algorithms: ['HS256'], clockTolerance: 30 }));
    } catch {
      throw new AuthenticationError('the token is invalid or expired');
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) {
      throw new AuthenticationError(`the token lacks valid claims: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    const c = parsed.data;
    return { sub: c.sub, name: c.name, roles: c.roles, regions: asList(c.regions), departments: asList(c.departments) };
  }
}

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}
