import type { DrawInput } from './draw';

export const SUPERVISION_TARGET_KINDS = ['DISTRICT', 'DEPARTMENT'] as const;
export type SupervisionTargetKind = (typeof SUPERVISION_TARGET_KINDS)[number];
/** OPEN 明查, COVERT 暗访, FOUR_NOS_TWO_DIRECTS 四不两直, RANDOM 随机抽查, FOLLOW_UP 回头看. */
export const SUPERVISION_METHODS = ['OPEN', 'COVERT', 'FOUR_NOS_TWO_DIRECTS', 'RANDOM', 'FOLLOW_UP'] as const;
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];
/** REMINDER 提醒, INTERVIEW 约谈, CIRCULAR 通报. */
export const SUPERVISION_NOTICES = ['REMINDER', 'INTERVIEW', 'CIRCULAR'] as const;
export type SupervisionNotice = (typeof SUPERVISION_NOTICES)[number];
export const INSPECTION_FINDING_KINDS = ['VIOLATION', 'GENERAL_HAZARD', 'MAJOR_HAZARD'] as const;
export type InspectionFindingKind = (typeof INSPECTION_FINDING_KINDS)[number];

/** Minimum inspectors on an administrative inspection (two certified law-enforcement officers). */
export const MIN_INSPECTORS = 2;

export interface EnforcementItem {
  code: string;
  name: string;
}

/** A legal enforcement body and its published item list (reference data, resolved by the adapter). */
export interface EnforcementBody {
  code: string;
  name: string;
  departmentCode: string;
  items: EnforcementItem[];
  /** Where the list is published, and its version. */
  source: string;
}

export interface Inspector {
  name: string;
  /** 执法证号: the certificate that makes the person an inspector. */
  certificateNo: string;
}

/** What an inspection is when opened: its event's and its state's common part. */
export interface InspectionFacts {
  /** The enforcement body, as its published list names it. */
  body: { code: string; name: string; departmentCode: string; source: string };
  item: EnforcementItem;
  enterprise: { name: string; creditCode: string; regionCode: string };
  inspectors: Inspector[];
  approvedBy: string;
  approvalDocument: string;
  drawId: string | null;
}

export type OversightCommand =
  | {
      type: 'OpenSupervision';
      data: {
        oversightId: string;
        title: string;
        target: { kind: string; code: string; name: string };
        method: SupervisionMethod;
        leaderLed: boolean;
        leader?: string | null;
      };
    }
  | { type: 'RecordSupervisionFinding'; data: { description: string } }
  | { type: 'IssueSupervisionNotice'; data: { kind: SupervisionNotice; documentNumber?: string | null; note: string } }
  | {
      type: 'OpenInspection';
      data: {
        oversightId: string;
        itemCode: string;
        enterprise: { name: string; creditCode: string; regionCode: string };
        inspectors: Inspector[];
        approvedBy: string;
        approvalDocument: string;
        drawId?: string | null;
        /** Resolved by the adapter from reference data, never by the caller. */
        body: EnforcementBody | null;
        /** Inspections of this enterprise by this body so far this year, and the configured cap (null: none). */
        inspectionsThisYear: number;
        annualCap: number | null;
      };
    }
  | { type: 'RecordInspectionFinding'; data: { kind: InspectionFindingKind; description: string } };

/** Records a random draw (双随机): its pools and seed; the result is drawn by the decider. */
export type DrawCommand = { type: 'RecordRandomDraw'; data: { drawId: string; title: string; bodyCode: string; input: DrawInput } };
