import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EvidenceStore } from './evidence-store';

export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/**
 * An S3-compatible bucket (MinIO, Ceph, a cloud's S3): the object key is `evidence/ab/<sha256>`. S3 checks the body
 * against the SHA-256 sent with it (x-amz-checksum-sha256), so a corrupted upload is refused, not stored.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      ...(settings.accessKeyId && settings.secretAccessKey ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } } : {}),
    });
  }

  get describe(): string {
    return `bucket ${this.settings.bucket}${this.settings.endpoint ? ` at ${this.settings.endpoint}` : ''}`;
  }

  private key(sha256: string): string {
    return `evidence/${sha256.slice(0, 2)}/${sha256}`;
  }

  async put(sha256: string, bytes: Buffer, mediaType: string): Promise<void> {
    const Key = this.key(sha256);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key }));
      return;
    } catch (err) {
      if (!(err instanceof NotFound) && (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 404) throw err;
    }
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key,
        Body: bytes,
        ContentType: mediaType,
        ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
      }),
    );
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
      return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : null;
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw err;
    }
  }

  close(): void {
    this.client.destroy();
  }
}
