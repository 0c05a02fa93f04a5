import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { projectRoot, requireSetting } from '@hazard/config';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { EVIDENCE_STORE, type EvidenceStore, FileEvidenceStore } from './evidence-store';
import { S3EvidenceStore } from './s3-evidence-store';

/** The store EVIDENCE_STORE names: a folder (default `.data/evidence`) or an S3-compatible bucket. */
export const evidenceStoreProvider: Provider<EvidenceStore> = {
  provide: EVIDENCE_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: GatewayConfig): EvidenceStore =>
    config.EVIDENCE_STORE === 's3'
      ? new S3EvidenceStore({
          endpoint: config.S3_ENDPOINT,
          bucket: requireSetting(config.S3_BUCKET, 'S3_BUCKET'),
          region: config.S3_REGION,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
        })
      : new FileEvidenceStore(config.EVIDENCE_DIR ?? join(process.env.DATA_DIR ?? join(projectRoot(), '.data'), 'evidence')),
};
