import { type KeyObject, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The checkpoint signing key (Ed25519) lives in a file or an environment variable, never in the
 * database: someone who can rewrite tables cannot forge a checkpoint. Verifiers trust a public
 * key given to them the same way, not the copy stored beside the checkpoint.
 */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  fingerprint: string;
}

export const fingerprintOf = (publicKeyPem: string): string =>
  `SHA256:${createHash('sha256').update(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).digest('base64')}`;

export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit signing key must be an Ed25519 private key (PEM, PKCS#8)');
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKey, publicKeyPem, fingerprint: fingerprintOf(publicKeyPem) };
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** AUDIT_SIGNING_KEY (PEM text) or AUDIT_SIGNING_KEY_FILE; null when neither is set. */
export type KeySettings = Partial<Record<'AUDIT_SIGNING_KEY' | 'AUDIT_SIGNING_KEY_FILE' | 'AUDIT_PUBLIC_KEY' | 'AUDIT_PUBLIC_KEY_FILE', string>>;

export function loadSigningKey(env: KeySettings = process.env): SigningKey | null {
  if (env.AUDIT_SIGNING_KEY) return signingKeyFromPem(env.AUDIT_SIGNING_KEY.replace(/\\n/g, '\n'));
  if (env.AUDIT_SIGNING_KEY_FILE) return signingKeyFromPem(readFileSync(env.AUDIT_SIGNING_KEY_FILE, 'utf8'));
  return null;
}

/** The public key verifiers trust: AUDIT_PUBLIC_KEY(_FILE), else the one derived from the signing key. */
export function loadTrustedPublicKey(env: KeySettings = process.env): string | null {
  if (env.AUDIT_PUBLIC_KEY) return createPublicKey(env.AUDIT_PUBLIC_KEY.replace(/\\n/g, '\n')).export({ type: 'spki', format: 'pem' }).toString();
  if (env.AUDIT_PUBLIC_KEY_FILE) return createPublicKey(readFileSync(env.AUDIT_PUBLIC_KEY_FILE, 'utf8')).export({ type: 'spki', format: 'pem' }).toString();
  return loadSigningKey(env)?.publicKeyPem ?? null;
}

/** For local runs: a key file made once under .data/, kept with mode 0600. */
export function ensureDevelopmentKeyFile(path: string): string {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, generateSigningKeyPem(), { mode: 0o600 });
  }
  return path;
}

export const signText = (key: SigningKey, text: string): string => sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');

export function verifyText(publicKeyPem: string, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
