import { Global, Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { evidenceStoreProvider } from './evidence-store.provider';
import { EvidenceService } from './evidence.service';
import { HazardEvidenceResolver } from './evidence.resolver';

/** Evidence files: received, hashed, stored by hash, cited by commands, shown and downloaded in scope (README "Evidence files"). */
@Global()
@Module({
  controllers: [EvidenceController],
  providers: [evidenceStoreProvider, EvidenceService, HazardEvidenceResolver],
  exports: [EvidenceService],
})
export class EvidenceModule {}
