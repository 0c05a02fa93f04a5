import { SignJWT } from 'jose';

export interface TokenClaims {
  sub: string;
  name: string;
  roles: string[];
  regions: string[] | '*';
  departments: string[] | '*';
}

export async function signDevelopmentToken(secret: string, claimsToSign: TokenClaims, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ name: claimsToSign.name, roles: claimsToSign.roles, regions: claimsToSign.regions, departments: claimsToSign.departments })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claimsToSign.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
