import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where evidence files live, by their SHA-256 (README "Evidence files"). A file is written once and never changed. */
export interface EvidenceStore {
  /** Keeps the bytes under their digest; keeping the same bytes twice is a no-op. */
  put(sha256: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The bytes kept under the digest, or null. */
  get(sha256: string): Promise<Buffer | null>;
  /** What the store is, for logs and the README's operator notes. */
  readonly describe: string;
}

/**
 * A folder: `<dir>/ab/cd/<sha256>`. Written to a temporary name in the same folder, flushed, then renamed, so a
 * crash leaves either no file or the whole file, never a part.
 */
export class FileEvidenceStore implements EvidenceStore {
  constructor(private readonly dir: string) {}

  get describe(): string {
    return `folder ${this.dir}`;
  }

  private path(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const path = this.path(sha256);
    if (await exists(path)) return;
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    const file = await open(temporary, 'wx', 0o640);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temporary, path);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(sha256));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');
