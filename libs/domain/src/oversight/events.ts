import type { Actor } from '../shared/metadata';
import type { InspectionFacts, InspectionFindingKind, SupervisionMethod, SupervisionNotice, SupervisionTargetKind } from './commands';
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
      data: InspectionFacts & { oversightId: string };
    }
  | { type: 'InspectionFindingRecorded'; data: { kind: InspectionFindingKind; description: string } };

export interface OversightEvent {
  type: OversightEventBody['type'];
  data: OversightEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export type DrawEventBody = { type: 'RandomDrawRecorded'; data: DrawRecord };
