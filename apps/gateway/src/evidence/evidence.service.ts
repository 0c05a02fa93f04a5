import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DomainError, badInput, hazardIdFromStreamId, mayPerform, mayRead, mayReadHazard } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { findHazardState } from '@hazard/read-models';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store';
import { ACCEPTED_EVIDENCE, sniffEvidence } from './media-types';
import { readPhotoMetadata } from './photo-metadata';

/** A file the server received, as it recorded it (README "Evidence files"). */
export interface EvidenceFile {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string | null;
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: string;
}

/** A refused upload: the HTTP status it answers with, and the code and message every refusal carries. */
export class EvidenceRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The digests an event cites: a submission's, a standby check's, or a site verification's. */
const CITED = sql`coalesce(data->'evidenceHashes', data->'verification'->'evidenceHashes')`;

/**
 * Receives evidence files, hashes what it received and keeps them by that hash; checks that a command cites only
 * files received; decides who may download one: its uploader, auditors, and whoever may read a record citing it.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  get maxBytes(): number {
    return this.config.EVIDENCE_MAX_BYTES;
  }

  /** Takes in one file. Nothing is stored unless it is accepted; receiving the same bytes again answers the first record. */
  async receive(principal: Principal, bytes: Buffer, declaredType: string | undefined, fileName: string | null): Promise<{ file: EvidenceFile; created: boolean }> {
    if (!mayPerform(principal.roles, 'uploadEvidence')) throw new EvidenceRefused(403, 'FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow uploading evidence`);
    if (bytes.length === 0) throw new EvidenceRefused(400, 'BAD_USER_INPUT', 'the file is empty');
    if (bytes.length > this.maxBytes) throw tooLarge(this.maxBytes);
    const kind = sniffEvidence(bytes, declaredType);
    if (!kind) throw new EvidenceRefused(415, 'BAD_USER_INPUT', `this file is not one of the accepted kinds (${ACCEPTED_EVIDENCE}); its contents decide, not its name`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = await this.find(sha256);
    if (existing) return { file: existing, created: false };
    const photo = kind.photo ? await readPhotoMetadata(bytes) : { takenAt: null, latitude: null, longitude: null };
    // the bytes first: a row never points at a file that is not there
    await this.store.put(sha256, bytes, kind.mediaType);
    const inserted = await this.db
      .insertInto('evidence_files')
      .values({
        sha256,
        size: bytes.length,
        media_type: kind.mediaType,
        file_name: fileName,
        taken_at: photo.takenAt,
        latitude: photo.latitude,
        longitude: photo.longitude,
        uploaded_by: principal.sub,
        uploaded_by_name: principal.name,
      })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    const file = await this.find(sha256);
    if (!file) throw new Error(`evidence ${sha256} was stored but its record cannot be read back`);
    return { file, created: inserted !== undefined };
  }

  /** Refuses with BAD_USER_INPUT (naming the item) a digest of a file the server never received. */
  async assertReceived(hashes: readonly string[] | null | undefined, field = 'evidenceHashes'): Promise<void> {
    if (!hashes?.length) return;
    const digests = hashes.map((h) => (typeof h === 'string' ? h.toLowerCase() : ''));
    const rows = await this.db.selectFrom('evidence_files').select('sha256').where('sha256', 'in', digests).execute();
    const held = new Set(rows.map((r) => r.sha256));
    const missing = digests.findIndex((h) => !held.has(h));
    if (missing >= 0) {
      throw badInput(`${field}[${missing}]`, `no file with SHA-256 ${digests[missing].slice(0, 12)}… was received: upload it first (POST /evidence), then cite the digest the server answered`);
    }
  }

  async find(sha256: string): Promise<EvidenceFile | null> {
    const row = await this.db.selectFrom('evidence_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
    return row ? toFile(row) : null;
  }

  /** The files a stream's events cite, in the order they were first cited. */
  async citedBy(streamId: string): Promise<EvidenceFile[]> {
    const events = await this.db
      .selectFrom('events')
      .select(sql<string[]>`${CITED}`.as('hashes'))
      .where('stream_id', '=', streamId)
      .where(sql<boolean>`${CITED} is not null`)
      .orderBy('version')
      .execute();
    const order = [...new Set(events.flatMap((e) => (Array.isArray(e.hashes) ? e.hashes : [])))];
    if (order.length === 0) return [];
    const rows = await this.db.selectFrom('evidence_files').selectAll().where('sha256', 'in', order).execute();
    const bySha = new Map(rows.map((r) => [r.sha256, toFile(r)]));
    return order.flatMap((sha) => bySha.get(sha) ?? []);
  }

  /** The file and its bytes, for someone who may see it; NOT_FOUND otherwise, exactly as for one that does not exist. */
  async download(principal: Principal, sha256: string): Promise<{ file: EvidenceFile; bytes: Buffer }> {
    const notFound = new DomainError('NOT_FOUND', `no evidence file ${sha256.slice(0, 12)}… that you may see`);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw notFound;
    const file = await this.find(sha256);
    if (!file || !(await this.maySee(principal, file))) throw notFound;
    const bytes = await this.store.get(sha256);
    if (!bytes) throw new Error(`evidence ${sha256} is recorded but missing from the store (${this.store.describe})`);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(`evidence ${sha256} in the store does not match its digest (${this.store.describe})`);
    return { file, bytes };
  }

  private async maySee(principal: Principal, file: EvidenceFile): Promise<boolean> {
    if (principal.roles.includes('AUDITOR') || file.uploadedBy === principal.sub) return true;
    const citing = await this.db
      .selectFrom('events')
      .select('stream_id')
      .distinct()
      .where(sql<boolean>`${CITED} ? ${file.sha256}`)
      .limit(100)
      .execute();
    for (const { stream_id: streamId } of citing) {
      if (streamId.startsWith('hazard-')) {
        const state = await findHazardState(this.db, hazardIdFromStreamId(streamId));
        if (state && mayReadHazard(principal.roles, principal, state)) return true;
        continue;
      }
      const table = streamId.startsWith('source-') ? 'major_hazard_sources' : streamId.startsWith('enterprise-') ? 'enterprises' : null;
      if (!table) continue;
      const row = await this.db.selectFrom(table).select(['region_code', 'department_code']).where('stream_id', '=', streamId).executeTakeFirst();
      if (row && mayRead(principal.roles, principal, row.region_code, row.department_code)) return true;
    }
    return false;
  }
}

export const tooLarge = (max: number): EvidenceRefused =>
  new EvidenceRefused(413, 'BAD_USER_INPUT', `the file is larger than ${Math.floor(max / 1024 / 1024) >= 1 ? `${(max / 1024 / 1024).toFixed(0)} MiB` : `${max} bytes`}, the most a file may be`);

function toFile(row: {
  sha256: string;
  size: string;
  media_type: string;
  file_name: string | null;
  taken_at: Date | null;
  latitude: number | null;
  longitude: number | null;
  uploaded_by: string;
  uploaded_by_name: string;
  uploaded_at: Date;
}): EvidenceFile {
  return {
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type,
    fileName: row.file_name,
    takenAt: row.taken_at ? new Date(row.taken_at).toISOString() : null,
    latitude: row.latitude,
    longitude: row.longitude,
    uploadedBy: row.uploaded_by,
    uploadedByName: row.uploaded_by_name,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}
