import type { InspectionFacts, InspectionFindingKind, SupervisionMethod, SupervisionNotice, SupervisionTargetKind } from './commands';
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
  | (InspectionFacts & {
      kind: 'INSPECTION';
      id: string;
      version: number;
      openedAt: string;
      findings: { kind: InspectionFindingKind; description: string; at: string }[];
    });

export interface DrawState extends Omit<DrawRecord, 'drawId'> {
  id: string;
  version: number;
  recordedAt: string;
  drawnBy: string;
}
