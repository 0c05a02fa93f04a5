import { type TokenPrincipal, readClaims } from '@hazard/domain';

/**
 * What the console reads from the bearer token: the gateway's own reading of its claims (readClaims), so a token
 * the server accepts shapes the screens the way the server scopes it. The gateway verifies the signature on every request.
 */
export interface Session extends TokenPrincipal {
  token: string;
  expiresAt: number | null;
}

const KEY = 'hazard-console.token';

function base64UrlDecode(part: string): string {
  const padded = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's claims without verifying it (the server does); null when it is not a JWT whose claims the server would accept. */
export function parseToken(token: string): Session | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const read = readClaims(claims);
    if (!read.ok) return null;
    return { ...read.principal, token: token.trim(), expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null };
  } catch {
    return null;
  }
}

/** The session is shared by this browser's tabs (a second tab on a hazard needs no new sign-in); it ends when the token expires or on sign-out. */
export function loadSession(): Session | null {
  const token = localStorage.getItem(KEY);
  const session = token ? parseToken(token) : null;
  if (session?.expiresAt && session.expiresAt < Date.now()) {
    localStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, session.token);
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export const hasRole = (session: Session, ...roles: TokenPrincipal['roles']): boolean => session.roles.some((r) => roles.includes(r));
