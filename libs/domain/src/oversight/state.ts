import type { EnforcementItem, InspectionFindingKind, Inspector, SupervisionMethod, SupervisionNotice, SupervisionTargetKind } from './commands';
import type { DrawRecord } from './draw';

export type OversightState =
  | {
      kind: 'SUPERVISION';
      id: string;
      version: number;
      openedAt: string;
      title: string;
      target: { kind: SupervisionTargetKind; code: string; name: string };
      method: SupervisionMethod;
      leaderLed: boolean;
      leader: string | null;
      findings: { description: string; at: string }[];
      notices: { kind: SupervisionNotice; documentNumber: string | null; note: string; at: string }[];
    }
  | {
      kind: 'INSPECTION';
      id: string;
      version: number;
      openedAt: string;
      body: { code: string; name: string; departmentCode: string; source: string };
      item: EnforcementItem;
      enterprise: { name: string; creditCode: string; regionCode: string };
      inspectors: Inspector[];
      approvedBy: string;
      approvalDocument: string;
      drawId: string | null;
      findings: { kind: InspectionFindingKind; description: string; at: string }[];
    };

export interface DrawState extends Omit<DrawRecord, 'drawId'> {
  id: string;
  version: number;
  recordedAt: string;
  drawnBy: string;
}
