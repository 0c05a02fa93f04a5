import type { Actor } from '../shared/metadata';
import type { EnforcementItem, InspectionFindingKind, Inspector, SupervisionMethod, SupervisionNotice, SupervisionTargetKind } from './commands';
import type { DrawRecord } from './draw';

export type OversightEventBody =
  | {
      type: 'SupervisionOpened';
      data: { oversightId: string; title: string; target: { kind: SupervisionTargetKind; code: string; name: string }; method: SupervisionMethod; leaderLed: boolean; leader: string | null };
    }
  | { type: 'SupervisionFindingRecorded'; data: { description: string } }
  | { type: 'SupervisionNoticeIssued'; data: { kind: SupervisionNotice; documentNumber: string | null; note: string } }
  | {
      type: 'InspectionOpened';
      data: {
        oversightId: string;
        body: { code: string; name: string; departmentCode: string; source: string };
        item: EnforcementItem;
        enterprise: { name: string; creditCode: string; regionCode: string };
        inspectors: Inspector[];
        approvedBy: string;
        approvalDocument: string;
        drawId: string | null;
      };
    }
  | { type: 'InspectionFindingRecorded'; data: { kind: InspectionFindingKind; description: string } };

export interface OversightEvent {
  type: OversightEventBody['type'];
  data: OversightEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export type DrawEventBody = { type: 'RandomDrawRecorded'; data: DrawRecord };
