/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as ISO-8601 text with a time zone offset, e.g. 2026-03-01T08:00:00+08:00 (answers are in UTC). */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** The acceptance (验收) a listed major hazard was closed on */
export type AcceptanceRecord = {
  __typename?: 'AcceptanceRecord';
  acceptedBy: Scalars['String']['output'];
  acceptedOn: Scalars['String']['output'];
  opinion: Scalars['String']['output'];
};

/** The acceptance record (验收) a listed major hazard is closed on */
export type AcceptanceRecordInput = {
  acceptedBy: Scalars['String']['input'];
  /** YYYY-MM-DD (Beijing) */
  acceptedOn: Scalars['String']['input'];
  opinion: Scalars['String']['input'];
};

/** Who did something: the token subject and display name. */
export type ActorRef = {
  __typename?: 'ActorRef';
  name: Scalars['String']['output'];
  sub: Scalars['String']['output'];
};

export type AddDepartmentInput = {
  /** The unit’s code: 2–32 upper-case letters, digits and _, starting with a letter (EDUCATION) */
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Whether each district has a counterpart unit */
  hasDistrictUnits: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The sectors it supervises; none: it reports the hazards assigned to it by code */
  sectors: Array<Sector>;
};

export type AddKeyPartInput = {
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  location: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  partId: Scalars['ID']['input'];
  responsibleName: Scalars['String']['input'];
  responsiblePhone?: InputMaybe<Scalars['String']['input']>;
};

export type AddListedHazardInput = {
  campaignId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AddSupervisionRoundInput = {
  campaignId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  oversightId: Scalars['ID']['input'];
};

/** Corrects the enterprise’s name or unified social credit code */
export type AmendEnterpriseInput = {
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  enterpriseName?: InputMaybe<Scalars['String']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

/** RECORDED folds the events the system knew by then; OCCURRED those that had happened by then */
export type AsOfBasis =
  | 'OCCURRED'
  | 'RECORDED';

export type AssessMajorHazardSourceInput = {
  /** Design maximum quantities present in the unit */
  chemicals: Array<HazardousChemicalAmountInput>;
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** People exposed outside the plant within 500 m */
  population500m: Scalars['Int']['input'];
  sourceId: Scalars['ID']['input'];
  /** Why it is re-assessed now (a listed trigger), if not the 3-year cycle */
  trigger?: InputMaybe<Scalars['String']['input']>;
};

export type AssignResponsiblePersonInput = {
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role: ResponsibleRole;
  sourceId: Scalars['ID']['input'];
};

/** A signed Merkle root over every stream head at one moment. */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** SHA-256 fingerprint of the signing key */
  keyFingerprint: Scalars['String']['output'];
  /** RFC 9162 Merkle root (hex) over the stream heads sorted by stream id */
  root: Scalars['String']['output'];
  /** Ed25519 signature of signedText (base64) */
  signature: Scalars['String']['output'];
  /** Whether the signature verifies under the key this server trusts */
  signatureValid: Scalars['Boolean']['output'];
  /** The exact text that was signed (RFC 8785 JSON) */
  signedText: Scalars['String']['output'];
  streamCount: Scalars['Int']['output'];
};

/** Whether a hazard’s recorded history is intact. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** The signed checkpoint the record was compared with */
  checkpointId?: Maybe<Scalars['String']['output']>;
  eventCount: Scalars['Int']['output'];
  /** The first version whose hash or link does not verify */
  firstBadVersion?: Maybe<Scalars['Int']['output']>;
  headHash?: Maybe<Scalars['String']['output']>;
  /** null when no checkpoint covers this hazard yet */
  matchesCheckpoint?: Maybe<Scalars['Boolean']['output']>;
  matchesReadModel: Scalars['Boolean']['output'];
  /** null when the workflow could not be asked (closed long ago) */
  matchesWorkflow?: Maybe<Scalars['Boolean']['output']>;
  ok: Scalars['Boolean']['output'];
  /** What was found, for people */
  reason: Scalars['String']['output'];
  /** Each finding on its own */
  reasons: Array<Scalars['String']['output']>;
};

export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** YYYY-MM-DD (Asia/Shanghai) */
  date: Scalars['String']['output'];
  kind: CalendarDayKind;
  name: Scalars['String']['output'];
};

export type CalendarDayInput = {
  date: Scalars['String']['input'];
  kind: CalendarDayKind;
  name: Scalars['String']['input'];
};

/** HOLIDAY: a day off; WORKDAY: a make-up working day (调休) */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

export type CalendarYear = {
  __typename?: 'CalendarYear';
  days: Array<CalendarDay>;
  /** Whether the official schedule of this year is on file; without it, only weekends are days off */
  official: Scalars['Boolean']['output'];
  source?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** 专项行动: period, scope, teams and the four measures */
export type Campaign = {
  __typename?: 'Campaign';
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  listedHazards: Array<Scalars['String']['output']>;
  measures: CampaignMeasures;
  meetings: Array<CampaignMeeting>;
  name: Scalars['String']['output'];
  /** Penalty case numbers */
  penaltyCases: Array<Scalars['String']['output']>;
  regions: Array<Scalars['String']['output']>;
  sectors: Array<Sector>;
  supervisionRounds: Array<Scalars['String']['output']>;
  teams: Array<CampaignTeam>;
  to: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CampaignCoverage = {
  __typename?: 'CampaignCoverage';
  found: Scalars['Int']['output'];
  major: Scalars['Int']['output'];
  rectified: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  sector: Sector;
};

export type CampaignGap = {
  __typename?: 'CampaignGap';
  regionCode: Scalars['String']['output'];
  sector: Sector;
};

/** Which of the four measures have something recorded */
export type CampaignMeasures = {
  __typename?: 'CampaignMeasures';
  /** 重大隐患挂牌督办 */
  listedMajorHazards: Scalars['Boolean']['output'];
  /** 违法行为处罚 */
  penaltyCases: Scalars['Boolean']['output'];
  /** 专题会议 */
  specialMeeting: Scalars['Boolean']['output'];
  /** 专项督查 */
  supervisionRounds: Scalars['Boolean']['output'];
};

/** 专题会议: when, who chaired, what was decided, who held it */
export type CampaignMeeting = {
  __typename?: 'CampaignMeeting';
  chairedBy: Scalars['String']['output'];
  decisions: Scalars['String']['output'];
  /** The district or department that held it; null: the committee office */
  heldBy?: Maybe<CampaignUnit>;
  heldOn: Scalars['String']['output'];
  /** SHA-256 of the minutes */
  minutesHashes: Array<Scalars['String']['output']>;
};

/** The campaign dashboard: each measure’s figures, coverage by region × sector, rectification */
export type CampaignProgress = {
  __typename?: 'CampaignProgress';
  campaign: Campaign;
  coverage: Array<CampaignCoverage>;
  /** Covert and four-nos-two-directs rounds (明查暗访) */
  covertRounds: Scalars['Int']['output'];
  /** Hazards found in the period, regions and sectors */
  hazardsFound: Scalars['Int']['output'];
  hazardsRectified: Scalars['Int']['output'];
  leaderLedRounds: Scalars['Int']['output'];
  listedMajorHazards: Scalars['Int']['output'];
  listedMajorHazardsRectified: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  penaltyCases: Scalars['Int']['output'];
  /** Percent */
  rectificationRate?: Maybe<Scalars['Float']['output']>;
  supervisionFindings: Scalars['Int']['output'];
  supervisionRounds: Scalars['Int']['output'];
  /** Regions × sectors in scope with no hazard found yet */
  uncovered: Array<CampaignGap>;
  /** The four measures per district of the campaign and per department whose sectors it covers */
  units: Array<CampaignUnitMeasures>;
};

export type CampaignTeam = {
  __typename?: 'CampaignTeam';
  experts: Array<Scalars['String']['output']>;
  leader: Scalars['String']['output'];
  leaderLed: Scalars['Boolean']['output'];
  members: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type CampaignTeamInput = {
  experts?: InputMaybe<Array<Scalars['String']['input']>>;
  leader: Scalars['String']['input'];
  /** Led by a leader (领导带队) */
  leaderLed: Scalars['Boolean']['input'];
  members?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
};

export type CampaignUnit = {
  __typename?: 'CampaignUnit';
  code: Scalars['String']['output'];
  kind: CampaignUnitKind;
};

export type CampaignUnitInput = {
  code: Scalars['String']['input'];
  kind: CampaignUnitKind;
};

/** DISTRICT (a region code of the campaign) or DEPARTMENT (a department code) */
export type CampaignUnitKind =
  | 'DEPARTMENT'
  | 'DISTRICT';

/** One district’s or department’s four measures in the campaign */
export type CampaignUnitMeasures = {
  __typename?: 'CampaignUnitMeasures';
  code: Scalars['String']['output'];
  /** Hazards found in the period (districts) */
  hazardsFound?: Maybe<Scalars['Int']['output']>;
  hazardsRectified?: Maybe<Scalars['Int']['output']>;
  kind: CampaignUnitKind;
  listedMajorHazards: Scalars['Int']['output'];
  listedMajorHazardsRectified: Scalars['Int']['output'];
  /** It held its own special meeting */
  meetingHeld: Scalars['Boolean']['output'];
  /** Penalty cases tied to an oversight of it */
  penaltyCases: Scalars['Int']['output'];
  /** Supervision rounds of the campaign aimed at it */
  supervisionRounds: Scalars['Int']['output'];
};

export type CancelHazardInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

export type Casualties = {
  __typename?: 'Casualties';
  deaths: Scalars['Int']['output'];
  injuries: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
};

export type CasualtiesInput = {
  deaths?: Scalars['Int']['input'];
  injuries?: Scalars['Int']['input'];
  missing?: Scalars['Int']['input'];
};

export type ChangeDepartmentSectorsInput = {
  /** The unit’s code: 2–32 upper-case letters, digits and _, starting with a letter (EDUCATION) */
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  sectors: Array<Sector>;
};

export type CloseIncidentInput = {
  /** Refuse with VERSION_CONFLICT unless the incident is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

export type ConfirmHandoverInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  handoverId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rosterId: Scalars['ID']['input'];
};

export type CreateCampaignInput = {
  campaignId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** First day, YYYY-MM-DD (Beijing time) */
  from: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  regions: Array<Scalars['String']['input']>;
  sectors: Array<Sector>;
  teams?: InputMaybe<Array<CampaignTeamInput>>;
  /** Last day, YYYY-MM-DD */
  to: Scalars['String']['input'];
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookFilterInput>;
  /** Shared secret for the HMAC signature (at least 16 characters); never shown again */
  secret: Scalars['String']['input'];
  /** http(s) URL that receives the POSTs */
  url: Scalars['String']['input'];
};

export type DeadlineExtensionRequest = {
  __typename?: 'DeadlineExtensionRequest';
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: ActorRef;
  requestedDeadline: Scalars['DateTime']['output'];
};

export type DecideDeadlineExtensionInput = {
  approved: Scalars['Boolean']['input'];
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DecideDutySwapInput = {
  approved: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rosterId: Scalars['ID']['input'];
  swapId: Scalars['ID']['input'];
};

export type DecideRegradeInput = {
  approved: Scalars['Boolean']['input'];
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 市直部门 and the sectors they supervise */
export type Department = {
  __typename?: 'Department';
  code: Scalars['String']['output'];
  /** Whether each district has a counterpart unit (大洼区应急管理局); false for e.g. the power company */
  hasDistrictUnits: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  sectors: Array<Scalars['String']['output']>;
};

/** One version of a reporting unit: what it was from validFrom on, and who recorded the change when */
export type DepartmentVersion = {
  __typename?: 'DepartmentVersion';
  /** False from the version that retired it */
  active: Scalars['Boolean']['output'];
  /** The event that made it: DepartmentAdded, DepartmentRenamed, DepartmentSectorsChanged or DepartmentRetired */
  change: Scalars['String']['output'];
  code: Scalars['String']['output'];
  hasDistrictUnits: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (subject; `seed` for the seeded units) */
  recordedBy: Scalars['String']['output'];
  recordedByName: Scalars['String']['output'];
  sectors: Array<Scalars['String']['output']>;
  /** When it took effect (the seeded units: 2000-01-01) */
  validFrom: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type DesignateKeyUnitInput = {
  /** Why it is listed (or re-coloured): the analysis behind it */
  basis: Scalars['String']['input'];
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  riskColour: RiskColour;
};

export type DiscoverySource =
  | 'COVERT_INSPECTION'
  | 'DEPARTMENT_INSPECTION'
  | 'ENTERPRISE_SELF_INSPECTION'
  | 'PUBLIC_REPORT'
  | 'SUPERVISION_CHECK';

export type DrawAssignment = {
  __typename?: 'DrawAssignment';
  enterpriseId: Scalars['String']['output'];
  inspectorIds: Array<Scalars['String']['output']>;
};

export type DrawConflictInput = {
  enterpriseId: Scalars['String']['input'];
  inspectorId: Scalars['String']['input'];
};

export type DrawEnterpriseInput = {
  /** The enterprise’s unified social credit code */
  id: Scalars['String']['input'];
};

export type DrawInspectorInput = {
  certificateNo: Scalars['String']['input'];
  id: Scalars['String']['input'];
};

export type DutyAssignment = {
  __typename?: 'DutyAssignment';
  name: Scalars['String']['output'];
  /** Masked for roles that do not need it */
  phone?: Maybe<Scalars['String']['output']>;
  presence?: Maybe<DutyPresence>;
  role: DutyRole;
  roleLabel: Scalars['String']['output'];
};

export type DutyAssignmentInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: DutyRole;
};

export type DutyCasualties = {
  __typename?: 'DutyCasualties';
  deaths: Scalars['Int']['output'];
  injuries: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
};

export type DutyCasualtiesInput = {
  deaths?: Scalars['Int']['input'];
  injuries?: Scalars['Int']['input'];
  missing?: Scalars['Int']['input'];
};

export type DutyChannel =
  | 'FAX'
  | 'IN_PERSON'
  | 'MESSAGE'
  | 'PHONE'
  | 'RADIO'
  | 'SYSTEM';

export type DutyHandover = {
  __typename?: 'DutyHandover';
  at: Scalars['DateTime']['output'];
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  confirmedBy?: Maybe<Scalars['String']['output']>;
  fromShift: Scalars['String']['output'];
  id: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  pendingItems: Array<Scalars['String']['output']>;
  toShift: Scalars['String']['output'];
};

export type DutyIncidentClock = {
  __typename?: 'DutyIncidentClock';
  dueAt: Scalars['DateTime']['output'];
  incidentId: Scalars['ID']['output'];
  levelLabel: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** The report next due */
  report: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** CITY: all five roles; DISTRICT: duty leader, shift head, dispatcher (a roster may require more) */
export type DutyLevel =
  | 'CITY'
  | 'DISTRICT';

/** 值班记录: one call or message received */
export type DutyLogEntry = {
  __typename?: 'DutyLogEntry';
  casualties: DutyCasualties;
  channel: DutyChannel;
  departmentCode: Scalars['String']['output'];
  hazardId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  incidentId?: Maybe<Scalars['ID']['output']>;
  instructions?: Maybe<Scalars['String']['output']>;
  majorHazardSourceId?: Maybe<Scalars['ID']['output']>;
  measures?: Maybe<Scalars['String']['output']>;
  notified: Array<DutyNotification>;
  place?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  regionCode: Scalars['String']['output'];
  reporter: Scalars['String']['output'];
  reporterPhone?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DutyNotification = {
  __typename?: 'DutyNotification';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  whom: Scalars['String']['output'];
};

export type DutyPresence =
  | 'OFF_POST'
  | 'ON_POST';

/** DUTY_LEADER 带班领导, SHIFT_HEAD 值班长, DISPATCHER 调度员, INFORMATION_OFFICER 信息员, TECHNICAL_SUPPORT 技术保障 */
export type DutyRole =
  | 'DISPATCHER'
  | 'DUTY_LEADER'
  | 'INFORMATION_OFFICER'
  | 'SHIFT_HEAD'
  | 'TECHNICAL_SUPPORT';

/** The roles every shift of a level fills: numbered versions naming their source */
export type DutyRoleRules = {
  __typename?: 'DutyRoleRules';
  city: Array<DutyRole>;
  district: Array<DutyRole>;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  savedBy?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** 值班表: every shift has a person in every required role */
export type DutyRoster = {
  __typename?: 'DutyRoster';
  departmentCode: Scalars['String']['output'];
  handovers: Array<DutyHandover>;
  id: Scalars['ID']['output'];
  level: DutyLevel;
  /** Handed-over items not yet confirmed by the incoming shift */
  openHandoverItems: Array<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
  requiredRoles: Array<DutyRole>;
  shifts: Array<DutyShift>;
  swaps: Array<DutySwap>;
  version: Scalars['Int']['output'];
};

export type DutyShift = {
  __typename?: 'DutyShift';
  assignments: Array<DutyAssignment>;
  date: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type DutyShiftInput = {
  assignments: Array<DutyAssignmentInput>;
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  /** e.g. 白班, 夜班 */
  name: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** What the duty officer sees first: who is on duty, what waits, what is ready */
export type DutySummary = {
  __typename?: 'DutySummary';
  at: Scalars['DateTime']['output'];
  /** Beijing date */
  date: Scalars['String']['output'];
  depots: Scalars['Int']['output'];
  depotsReady: Scalars['Int']['output'];
  /** The duty leaders (带班领导) now */
  dutyLeaders: Array<Scalars['String']['output']>;
  /** Open incidents by their next report due */
  incidentClocks: Array<DutyIncidentClock>;
  /** The shifts on duty now, one per roster in scope */
  onDuty: Array<DutyShift>;
  openHandoverItems: Array<Scalars['String']['output']>;
  peopleOnDuty: Scalars['Int']['output'];
  /** Stock lines expired or expiring within 30 days */
  stockExpiringSoon: Scalars['Int']['output'];
  teams: Scalars['Int']['output'];
  teamsReady: Scalars['Int']['output'];
};

export type DutySwap = {
  __typename?: 'DutySwap';
  fromName: Scalars['String']['output'];
  id: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  role: DutyRole;
  shift: Scalars['String']['output'];
  status: Scalars['String']['output'];
  toName: Scalars['String']['output'];
};

/** A rescue team or a depot, with its equipment or supplies */
export type EmergencyResource = {
  __typename?: 'EmergencyResource';
  base: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  dutyPhone?: Maybe<Scalars['String']['output']>;
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: EmergencyResourceKind;
  lastDrillOn?: Maybe<Scalars['String']['output']>;
  leader?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  onDuty: Scalars['Int']['output'];
  /** A team with people on duty and a drill within a year; a depot with a usable line */
  ready: Scalars['Boolean']['output'];
  regionCode: Scalars['String']['output'];
  specialties: Array<Scalars['String']['output']>;
  stock: Array<StockLine>;
  teamType?: Maybe<RescueTeamType>;
  version: Scalars['Int']['output'];
};

export type EmergencyResourceFilter = {
  kind?: InputMaybe<EmergencyResourceKind>;
  ready?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Holding this GB/T 38565 code (or a code starting with it) */
  supplyCode?: InputMaybe<Scalars['String']['input']>;
  teamType?: InputMaybe<RescueTeamType>;
};

export type EmergencyResourceKind =
  | 'DEPOT'
  | 'TEAM';

export type EnforcementAction = {
  __typename?: 'EnforcementAction';
  amount?: Maybe<Scalars['Float']['output']>;
  at: Scalars['DateTime']['output'];
  decisionNumber?: Maybe<Scalars['String']['output']>;
  kind: EnforcementKind;
};

export type EnforcementBody = {
  __typename?: 'EnforcementBody';
  code: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  items: Array<EnforcementItem>;
  name: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

export type EnforcementItem = {
  __typename?: 'EnforcementItem';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type EnforcementItemInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type EnforcementKind =
  | 'CLOSURE'
  | 'FINE'
  | 'SUSPENSION_FOR_RECTIFICATION'
  | 'WARNING';

/** An enterprise in the register: a key unit when it has a risk colour */
export type Enterprise = {
  __typename?: 'Enterprise';
  address: Scalars['String']['output'];
  creditCode: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  /** Every event (only when fetched by id) */
  history?: Maybe<Array<RegisterEvent>>;
  /** The unified social credit code */
  id: Scalars['ID']['output'];
  keyParts: Array<KeyPart>;
  /** Null unless listed as a key unit */
  keyUnit?: Maybe<KeyUnit>;
  /** The major hazard sources registered under this credit code */
  majorHazardSources: Array<MajorHazardSource>;
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  sector: Sector;
  /** The latest site verification of the unit itself */
  siteVerification?: Maybe<SiteVerification>;
  version: Scalars['Int']['output'];
};

export type EnterpriseFilterInput = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only key units (true) or only the others (false) */
  keyUnit?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  riskColour?: InputMaybe<RiskColour>;
  sector?: InputMaybe<Sector>;
  /** The unit itself verified on site (true) or never (false) */
  verifiedOnSite?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EnterpriseVerificationPayload = {
  __typename?: 'EnterpriseVerificationPayload';
  enterprise: Enterprise;
  /** The hazards the findings started, in the order given */
  hazards: Array<Hazard>;
};

export type Escalation = {
  __typename?: 'Escalation';
  at: Scalars['DateTime']['output'];
  level: Scalars['Int']['output'];
  /** DEPARTMENT_HEAD, COMMITTEE_OFFICE or HIGHER_AUTHORITY */
  notify: Scalars['String']['output'];
  /** DEADLINE_MISSED or ILLEGAL_RESUMPTION_SUSPECTED */
  reason: Scalars['String']['output'];
};

/** A version of an escalation policy; a change makes a new version. */
export type EscalationPolicy = {
  __typename?: 'EscalationPolicy';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rules: EscalationRules;
  version: Scalars['Int']['output'];
};

export type EscalationRules = {
  __typename?: 'EscalationRules';
  /** Grace before a standby check counts as missed: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  checkGrace: Scalars['String']['output'];
  /** Default standby check interval: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  checkInterval: Scalars['String']['output'];
  ladder: Array<EscalationStep>;
  /** A MAJOR hazard found but not listed: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  listWithin: Scalars['String']['output'];
  /** Reminder before the deadline: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  remindBefore: Scalars['String']['output'];
  /** Listed but not supervised: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  superviseWithin: Scalars['String']['output'];
  /** A submitted rectification not verified: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  verifyWithin: Scalars['String']['output'];
};

export type EscalationRulesInput = {
  checkGrace: Scalars['String']['input'];
  checkInterval: Scalars['String']['input'];
  ladder: Array<EscalationStepInput>;
  listWithin: Scalars['String']['input'];
  remindBefore: Scalars['String']['input'];
  superviseWithin: Scalars['String']['input'];
  verifyWithin: Scalars['String']['input'];
};

export type EscalationStep = {
  __typename?: 'EscalationStep';
  /** By when the required act is recorded, after the step: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  actWithin?: Maybe<Scalars['String']['output']>;
  action: Scalars['String']['output'];
  /** After the missed deadline: ISO-8601 duration (PT24H, P3D, PT10S) or working days (5WD) */
  after: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  /** DEPARTMENT_HEAD, COMMITTEE_OFFICE or HIGHER_AUTHORITY */
  notify: Scalars['String']['output'];
  /** An act the step requires on the record: SUPERVISION_LETTER (督办函), INTERVIEW (约谈), RAISE_LISTING (提级挂牌) */
  requires?: Maybe<Scalars['String']['output']>;
};

export type EscalationStepInput = {
  /** By when the required act is recorded, after the step */
  actWithin?: InputMaybe<Scalars['String']['input']>;
  action: Scalars['String']['input'];
  after: Scalars['String']['input'];
  level: Scalars['Int']['input'];
  notify: Scalars['String']['input'];
  /** SUPERVISION_LETTER, INTERVIEW or RAISE_LISTING: an act the step requires on the record */
  requires?: InputMaybe<Scalars['String']['input']>;
};

/** A photo or document the server received and hashed; `GET /evidence/<sha256>` with the bearer token downloads it */
export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  fileName?: Maybe<Scalars['String']['output']>;
  /** Where it was taken (EXIF GPS, degrees), if it says */
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the bytes received, as the server computed it: what events cite */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** When the photo was taken (EXIF), if it says */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
  uploadedAt: Scalars['DateTime']['output'];
  /** Subject (sub) of who uploaded it */
  uploadedBy: Scalars['String']['output'];
  uploadedByName: Scalars['String']['output'];
  /** Path to download it (with the bearer token) */
  url: Scalars['String']['output'];
};

export type FileIncidentReportInput = {
  /** Refuse with VERSION_CONFLICT unless the incident is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  /** The obligation, e.g. pass_on or supplementary-1 */
  key: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whom it went to */
  recipient: Scalars['String']['input'];
  summary: Scalars['String']['input'];
};

export type HandOverDutyInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fromShift: Scalars['String']['input'];
  handoverId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** What the incoming shift must follow up; open until it confirms */
  pendingItems: Array<Scalars['String']['input']>;
  rosterId: Scalars['ID']['input'];
  toShift: Scalars['String']['input'];
};

/** A safety hazard (隐患) and its place in the rectification lifecycle. */
export type Hazard = {
  __typename?: 'Hazard';
  /** A listed major hazard: the acceptance record it was closed on */
  acceptance?: Maybe<AcceptanceRecord>;
  acts: Array<RecordedAct>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Closed by a unit the listing authority delegated: the delegation */
  closedUnderDelegation?: Maybe<Scalars['String']['output']>;
  /** When the closure rule of the Work Safety Law (art. 113) was met */
  closureRecommendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human-readable number, e.g. YH-211102-2026-00042 */
  code: Scalars['String']['output'];
  deadline?: Maybe<Scalars['DateTime']['output']>;
  departmentCode: Scalars['String']['output'];
  description: Scalars['String']['output'];
  enforcementActions: Array<EnforcementAction>;
  enterpriseCreditCode?: Maybe<Scalars['String']['output']>;
  enterpriseName: Scalars['String']['output'];
  escalationLevel: Scalars['Int']['output'];
  escalations: Array<Escalation>;
  /** The evidence files this hazard’s events cite (submissions, standby checks), in the order first cited */
  evidence: Array<EvidenceFile>;
  extensionRequest?: Maybe<DeadlineExtensionRequest>;
  extensionsApproved: Scalars['Int']['output'];
  foundAt: Scalars['DateTime']['output'];
  history: Array<HazardEvent>;
  id: Scalars['ID']['output'];
  /** Judgement basis: standard, clause and its version */
  judgementBasis?: Maybe<Scalars['String']['output']>;
  lastProgressAt?: Maybe<Scalars['DateTime']['output']>;
  level: HazardLevel;
  listing?: Maybe<HazardListing>;
  location?: Maybe<Scalars['String']['output']>;
  nextClock?: Maybe<HazardClock>;
  /** Null for a hazard reported directly */
  origin?: Maybe<HazardOrigin>;
  /** The deadline first set, before any approved extension */
  originalDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** Open and past its deadline */
  overdue: Scalars['Boolean']['output'];
  pendingVerification: Scalars['Boolean']['output'];
  plan?: Maybe<RectificationPlan>;
  policy?: Maybe<PolicyRef>;
  progressPercent: Scalars['Int']['output'];
  /** The order issued with the finding; its deadline was the first deadline */
  rectificationOrder?: Maybe<RectificationOrder>;
  rectifiedAt?: Maybe<Scalars['DateTime']['output']>;
  regionCode: Scalars['String']['output'];
  regradeRequest?: Maybe<RegradeRequest>;
  rejectionCount: Scalars['Int']['output'];
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: ActorRef;
  requiredActs: Array<RequiredAct>;
  sector: Sector;
  source: DiscoverySource;
  status: HazardStatus;
  submission?: Maybe<RectificationSubmission>;
  supervisedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Hours of suspended production over every suspension that ended in a resumption */
  suspendedHours: Scalars['Float']['output'];
  suspension?: Maybe<Suspension>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  verifiedBy?: Maybe<ActorRef>;
  version: Scalars['Int']['output'];
};

/** The next clock that will fire for this hazard by itself. */
export type HazardClock = {
  __typename?: 'HazardClock';
  dueAt: Scalars['DateTime']['output'];
  kind: Scalars['String']['output'];
  level?: Maybe<Scalars['Int']['output']>;
};

export type HazardConnection = {
  __typename?: 'HazardConnection';
  edges: Array<HazardEdge>;
  pageInfo: PageInfo;
  /** How many hazards match the filter, counted exactly up to 10,000; past that it is 10,000 and `totalCountCapped` is true. Counted only when asked for. */
  totalCount: Scalars['Int']['output'];
  /** True when more hazards match than `totalCount` says (the count stopped at its cap). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type HazardEdge = {
  __typename?: 'HazardEdge';
  cursor: Scalars['String']['output'];
  node: Hazard;
};

/** One fact in a hazard’s hash-chained history. */
export type HazardEvent = {
  __typename?: 'HazardEvent';
  /** Subject (sub) of whoever caused it */
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRoles: Array<Role>;
  commandId: Scalars['String']['output'];
  data: Scalars['JSON']['output'];
  eventId: Scalars['ID']['output'];
  hash: Scalars['String']['output'];
  hazardId: Scalars['ID']['output'];
  /** Command id, request id, client address, user agent */
  metadata: Scalars['JSON']['output'];
  /** When it happened in the world */
  occurredAt: Scalars['DateTime']['output'];
  prevHash: Scalars['String']['output'];
  /** When the system accepted it */
  recordedAt: Scalars['DateTime']['output'];
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type HazardFilter = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** A deadline extension request waits for a decision (or not) */
  extensionRequested?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<HazardLevel>;
  /** Only hazards concerning this major hazard source */
  majorHazardSourceId?: InputMaybe<Scalars['String']['input']>;
  /** Only hazards started from this kind of finding */
  originKind?: InputMaybe<OriginKind>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A submitted rectification waits for verification (or not) */
  pendingVerification?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Text in the title, enterprise name or code */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  status?: InputMaybe<Array<HazardStatus>>;
};

/** A hazard found on a patrol, a site verification or an inspection: it becomes a hazard in the same step */
export type HazardFindingInput = {
  description: Scalars['String']['input'];
  judgementBasis?: InputMaybe<Scalars['String']['input']>;
  level: HazardLevel;
  /** The order issued on the spot: its deadline becomes the hazard’s */
  rectificationOrder?: InputMaybe<RectificationOrderInput>;
  /** Default: the sector of what was examined */
  sector?: InputMaybe<Sector>;
  title: Scalars['String']['input'];
};

export type HazardLevel =
  | 'GENERAL'
  | 'MAJOR';

/** 挂牌督办: the listing of a hazard for supervision. */
export type HazardListing = {
  __typename?: 'HazardListing';
  documentNumber?: Maybe<Scalars['String']['output']>;
  listedAt: Scalars['DateTime']['output'];
  listedBy: ActorRef;
  listingLevel: ListingLevel;
  policyId?: Maybe<Scalars['String']['output']>;
  signer?: Maybe<Scalars['String']['output']>;
  supervisingUnit: Scalars['String']['output'];
};

/** The finding that started the hazard and the register entry it concerns */
export type HazardOrigin = {
  __typename?: 'HazardOrigin';
  kind: OriginKind;
  majorHazardSourceId?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
};

/** The finding that started the hazard and the register entry it concerns */
export type HazardOriginInput = {
  kind: OriginKind;
  majorHazardSourceId?: InputMaybe<Scalars['String']['input']>;
  /** The finding’s record (inspection number, patrol event …) */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type HazardPayload = {
  __typename?: 'HazardPayload';
  hazard: Hazard;
};

/** A daily or period report with its three attachments */
export type HazardReport = {
  __typename?: 'HazardReport';
  /** 附件1 未完成整改隐患清单 */
  attachment1: Array<ReportHazardRow>;
  /** 附件2 已完成整改隐患清单 */
  attachment2: Array<ReportHazardRow>;
  /** 附件3 安全生产隐患统计表 */
  attachment3: ReportStatistics;
  /** 已撤销隐患 (format 2), with the reason */
  cancelled: Array<ReportHazardRow>;
  /** SHA-256 of the report content (RFC 8785 JSON) */
  contentHash: Scalars['String']['output'];
  /** The first day of the counting period the lists hold */
  countingFrom?: Maybe<Scalars['String']['output']>;
  /** GET with the bearer token: CSV of attachments 1, 2, 3 (and, format 2, the cancelled list 附件2-1) */
  csvUrls: Array<Scalars['String']['output']>;
  cutoff: Scalars['DateTime']['output'];
  /** The report day D (its cutoff is the start of D, Beijing time) */
  date: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  departmentName: Scalars['String']['output'];
  /** A city unit’s report: each of its district units’ report of the same day (who has submitted, who has not) */
  districtSubmissions: Array<UnitReportState>;
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** When it is (was) due, under the obligation version it records */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The duty desk now: duty leaders, open incidents with their report clocks, readiness (read live, not frozen with the report) */
  dutyDesk: DutySummary;
  /** When the missing submission raised the alarm to the level above (at its due time) */
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The content format (hazard-report/1, hazard-report/2) */
  format: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  late: Scalars['Boolean']['output'];
  obligationVersion?: Maybe<Scalars['Int']['output']>;
  previousReportDate?: Maybe<Scalars['String']['output']>;
  /** Once submitted */
  receipt?: Maybe<ReportReceipt>;
  /** The district of a district unit’s report; null for the city unit */
  regionCode?: Maybe<Scalars['String']['output']>;
  signature?: Maybe<ReportSignature>;
  status: ReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<Scalars['String']['output']>;
  tier: ReportingTier;
  /** The last day covered */
  to: Scalars['String']['output'];
  /** 填报单位: 市应急管理局, 大洼区应急管理局 */
  unitName: Scalars['String']['output'];
  /** The renderer that wrote the workbook xlsxSha256 hashes (1: ExcelJS, 2: streaming); a download or a verification renders with it */
  xlsxRenderer: Scalars['Int']['output'];
  /** SHA-256 of the XLSX workbook */
  xlsxSha256: Scalars['String']['output'];
  /** GET with the bearer token: the XLSX workbook */
  xlsxUrl: Scalars['String']['output'];
};

export type HazardStatus =
  | 'CANCELLED'
  | 'FOUND'
  | 'LISTED'
  | 'RECTIFIED'
  | 'SUPERVISED'
  | 'SUSPENDED';

/** PRODUCTION 生产单元, STORAGE 储存单元 */
export type HazardUnitKind =
  | 'PRODUCTION'
  | 'STORAGE';

/** A chemical of the standard’s reference data: its critical quantity and correction factor */
export type HazardousChemical = {
  __typename?: 'HazardousChemical';
  /** Common names matched too (液氯, 液氨 …) */
  aliases: Array<Scalars['String']['output']>;
  /** Correction factor β, 表3 or 表4 */
  beta: Scalars['Float']['output'];
  cas?: Maybe<Scalars['String']['output']>;
  /** Critical quantity Q (t), 表1 or 表2 */
  criticalQuantity: Scalars['Float']['output'];
  /** The name the standard uses */
  name: Scalars['String']['output'];
  /** The edition of the standard */
  standard: Scalars['String']['output'];
};

export type HazardousChemicalAmountInput = {
  /** CAS number */
  cas?: InputMaybe<Scalars['String']['input']>;
  /** Name as GB 18218-2018 writes it (or a common alias: 液氯, 液氨 …) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Maximum quantity present in the unit, in tonnes */
  quantityTonnes: Scalars['Float']['input'];
};

/** An incident (事故) on its reporting clocks */
export type Incident = {
  __typename?: 'Incident';
  casualties: Casualties;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  departmentCode: Scalars['String']['output'];
  happenedAt: Scalars['DateTime']['output'];
  hazardId?: Maybe<Scalars['ID']['output']>;
  /** Every event (only when fetched by id) */
  history?: Maybe<Array<RegisterEvent>>;
  id: Scalars['ID']['output'];
  level: IncidentLevel;
  levelLabel: Scalars['String']['output'];
  majorHazardSourceId?: Maybe<Scalars['ID']['output']>;
  /** The next warning or alarm */
  nextClock?: Maybe<IncidentClock>;
  place: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  regionCode: Scalars['String']['output'];
  reports: Array<IncidentReportObligation>;
  rulesSource: Scalars['String']['output'];
  rulesVersion: Scalars['Int']['output'];
  sector: Sector;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type IncidentClock = {
  __typename?: 'IncidentClock';
  at: Scalars['DateTime']['output'];
  clock: Scalars['String']['output'];
  kind: Scalars['String']['output'];
};

export type IncidentFilter = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** With a report past its due time and not filed */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** ORDINARY 一般, LARGER 较大, MAJOR 重大, ESPECIALLY_MAJOR 特别重大 */
export type IncidentLevel =
  | 'ESPECIALLY_MAJOR'
  | 'LARGER'
  | 'MAJOR'
  | 'ORDINARY';

/** UNIT_REPORT 单位报告, PHONE_FLASH 电话快报, WRITTEN_FIRST 书面首报, PASS_ON 逐级上报, FOLLOW_UP 续报, FINAL 终报, SUPPLEMENTARY 补报 */
export type IncidentReportKind =
  | 'FINAL'
  | 'FOLLOW_UP'
  | 'PASS_ON'
  | 'PHONE_FLASH'
  | 'SUPPLEMENTARY'
  | 'UNIT_REPORT'
  | 'WRITTEN_FIRST';

/** A report the incident requires, with its clock */
export type IncidentReportObligation = {
  __typename?: 'IncidentReportObligation';
  dueAt: Scalars['DateTime']['output'];
  filedAt?: Maybe<Scalars['DateTime']['output']>;
  key: Scalars['String']['output'];
  kind: IncidentReportKind;
  late: Scalars['Boolean']['output'];
  /** When the alarm went off: due and not filed */
  missedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the desk was warned that it is due soon */
  warnedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Numbered versions, each naming its source */
export type IncidentReportingRules = {
  __typename?: 'IncidentReportingRules';
  casualtyWindowDays: Scalars['Int']['output'];
  fireCasualtyWindowDays?: Maybe<Scalars['Int']['output']>;
  obligations: Array<ObligationRule>;
  roadTrafficCasualtyWindowDays?: Maybe<Scalars['Int']['output']>;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  savedBy?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  supplementaryWithin: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  warnBefore: Scalars['String']['output'];
};

/** Proof that a hazard’s head is a leaf of a checkpoint’s signed root (RFC 9162 audit path) */
export type InclusionProof = {
  __typename?: 'InclusionProof';
  checkpoint: AuditCheckpoint;
  head: StreamHead;
  index: Scalars['Int']['output'];
  path: Array<Scalars['String']['output']>;
  treeSize: Scalars['Int']['output'];
  /** The proof recomputes the signed root */
  valid: Scalars['Boolean']['output'];
};

export type InspectedEnterpriseInput = {
  creditCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};

export type InspectionFindingKind =
  | 'GENERAL_HAZARD'
  | 'MAJOR_HAZARD'
  | 'VIOLATION';

export type InspectionFindingPayload = {
  __typename?: 'InspectionFindingPayload';
  /** The hazard the finding started, if asked */
  hazard?: Maybe<Hazard>;
  inspection: Oversight;
};

/** Makes a hazard finding a hazard in the same step (level from the finding’s kind) */
export type InspectionHazardInput = {
  judgementBasis?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** The rectification order (责令限期整改指令书) issued: its deadline becomes the hazard’s */
  rectificationOrder?: InputMaybe<RectificationOrderInput>;
  sector: Sector;
  title: Scalars['String']['input'];
};

export type Inspector = {
  __typename?: 'Inspector';
  certificateNo: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type InspectorInput = {
  /** 执法证号 */
  certificateNo: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** 督办函: a supervision letter issued */
export type IssueSupervisionLetterInput = {
  /** To whom (the enterprise or unit) */
  addressee: Scalars['String']['input'];
  documentNumber: Scalars['String']['input'];
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type IssueSupervisionNoticeInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SupervisionNoticeKind;
  note: Scalars['String']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 重点部位 */
export type KeyPart = {
  __typename?: 'KeyPart';
  addedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  responsibleName: Scalars['String']['output'];
  /** Masked for roles that do not need it */
  responsiblePhone?: Maybe<Scalars['String']['output']>;
  siteVerification?: Maybe<SiteVerification>;
};

/** 重点单位 */
export type KeyUnit = {
  __typename?: 'KeyUnit';
  basis: Scalars['String']['output'];
  /** When the current colour was given */
  colourSince: Scalars['DateTime']['output'];
  riskColour: RiskColour;
  riskColourLabel: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
};

export type ListHazardInput = {
  deadline: Scalars['DateTime']['input'];
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  listingLevel: ListingLevel;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  policyId?: InputMaybe<Scalars['String']['input']>;
  /** Who signed the listing document */
  signer?: InputMaybe<Scalars['String']['input']>;
  supervisingUnit: Scalars['String']['input'];
};

export type ListingLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** GB 18218-2018: S = Σ q/Q (≥ 1 is major), R = α · Σ β·q/Q, level 1 (R ≥ 100) … 4 (R < 10) */
export type MajorHazardGrade = {
  __typename?: 'MajorHazardGrade';
  alpha: Scalars['Float']['output'];
  isMajor: Scalars['Boolean']['output'];
  /** 1–4 (一级–四级); null when not a major hazard source */
  level?: Maybe<Scalars['Int']['output']>;
  r: Scalars['Float']['output'];
  s: Scalars['Float']['output'];
  /** The edition of the standard whose reference data was used */
  standard: Scalars['String']['output'];
  terms: Array<MajorHazardGradeTerm>;
};

export type MajorHazardGradeInput = {
  chemicals: Array<HazardousChemicalAmountInput>;
  /** People exposed outside the plant within 500 m (厂区外暴露人员) */
  population500m: Scalars['Int']['input'];
};

export type MajorHazardGradeTerm = {
  __typename?: 'MajorHazardGradeTerm';
  /** Correction factor β */
  beta: Scalars['Float']['output'];
  /** Critical quantity Q (t) */
  criticalQuantity: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  quantityTonnes: Scalars['Float']['output'];
  /** q / Q */
  ratio: Scalars['Float']['output'];
};

/** 重大危险源: a production or storage unit, graded by GB 18218-2018 */
export type MajorHazardSource = {
  __typename?: 'MajorHazardSource';
  /** The latest assessment; null before the first */
  assessment?: Maybe<MajorHazardSourceAssessment>;
  assessmentCount: Scalars['Int']['output'];
  departmentCode: Scalars['String']['output'];
  enterpriseCreditCode?: Maybe<Scalars['String']['output']>;
  enterpriseName: Scalars['String']['output'];
  /** Every event (only when fetched by id) */
  history?: Maybe<Array<RegisterEvent>>;
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  overduePatrols: Array<ResponsibleRole>;
  /** No assessment yet, or its re-assessment date has passed */
  reassessmentDue: Scalars['Boolean']['output'];
  regionCode: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  responsiblePersons: Array<ResponsiblePerson>;
  /** The latest site verification (现场核查); null before the first */
  siteVerification?: Maybe<SiteVerification>;
  siteVerificationCount: Scalars['Int']['output'];
  unitKind: HazardUnitKind;
  /** Roles with no active person */
  vacantRoles: Array<ResponsibleRole>;
  version: Scalars['Int']['output'];
};

/** An immutable snapshot: the inputs, the reference entries used and the result */
export type MajorHazardSourceAssessment = {
  __typename?: 'MajorHazardSourceAssessment';
  alpha: Scalars['Float']['output'];
  assessedAt: Scalars['DateTime']['output'];
  isMajor: Scalars['Boolean']['output'];
  level?: Maybe<Scalars['Int']['output']>;
  population500m: Scalars['Int']['output'];
  r: Scalars['Float']['output'];
  /** Re-assessment due (3 years after, unless a trigger comes sooner) */
  reassessBy: Scalars['DateTime']['output'];
  s: Scalars['Float']['output'];
  standard: Scalars['String']['output'];
  terms: Array<MajorHazardGradeTerm>;
  trigger?: Maybe<Scalars['String']['output']>;
};

export type MajorHazardSourceFilter = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  /** Only sources with a patrol overdue now */
  overduePatrol?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only sources verified on site (true) or never verified (false) */
  verifiedOnSite?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A change of the standby roster */
export type MonitorRotation = {
  __typename?: 'MonitorRotation';
  at: Scalars['DateTime']['output'];
  by: ActorRef;
  previous: Array<StandbyMonitor>;
  reason: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a reporting unit (committee office); a code is never given out twice */
  addDepartment: DepartmentVersion;
  /** Registers a key part (重点部位) with its location and responsible person */
  addKeyPart: Enterprise;
  /** Measure 3: a major hazard under listing (挂牌督办) counted for the campaign */
  addListedHazard: Campaign;
  /** Measure 2: a supervision round (专项督查) of the campaign */
  addSupervisionRound: Campaign;
  /** Corrects the enterprise’s name or credit code; before and after are recorded */
  amendEnterprise: HazardPayload;
  /** Grades the source by GB 18218-2018 and keeps the inputs, reference entries and result as a snapshot */
  assessMajorHazardSource: MajorHazardSource;
  /** Names a responsible person (包保责任人); exactly one is active per role */
  assignResponsiblePerson: MajorHazardSource;
  cancelHazard: HazardPayload;
  /** Replaces the sectors a reporting unit supervises */
  changeDepartmentSectors: DepartmentVersion;
  closeIncident: Incident;
  /** The incoming shift confirms a handover */
  confirmHandover: DutyRoster;
  /** Signs a checkpoint now (the worker holds the key); changes no hazard */
  createAuditCheckpoint: AuditCheckpoint;
  createCampaign: Campaign;
  createWebhookSubscription: WebhookSubscription;
  deactivateWebhookSubscription: WebhookSubscription;
  decideDeadlineExtension: HazardPayload;
  /** Approves or denies a swap (not by the person who asked) */
  decideDutySwap: DutyRoster;
  /** Approves or denies a re-grade; not by whoever asked for it */
  decideRegrade: HazardPayload;
  /** Lists the enterprise as a key unit (重点单位) with a risk colour, or re-colours it (rolling analysis) */
  designateKeyUnit: Enterprise;
  /** Files one of the required reports (its clocks stop; late if after its due time) */
  fileIncidentReport: Incident;
  /** Hands over to a later shift; the pending items stay open until it confirms */
  handOverDuty: DutyRoster;
  /** 督办函 issued: an act on the record (an escalation step may require it) */
  issueSupervisionLetter: HazardPayload;
  /** A reminder, an interview (约谈) or a circular (通报) following a supervision */
  issueSupervisionNotice: Oversight;
  listHazard: HazardPayload;
  /** Opens an administrative inspection (行政检查): an enforcement body, a listed item, two certified inspectors, an approval */
  openInspection: Oversight;
  /** Measure 4: a penalty case opened for a violation */
  openPenaltyCase: Campaign;
  /** Opens a supervision (督查) of a district or department; an enterprise is refused */
  openSupervision: Oversight;
  /** Publishes a roster; a gap in any required role or between shifts refuses it */
  publishRoster: DutyRoster;
  /** 提级挂牌: the listing raised to a higher level by that level’s authority */
  raiseListingLevel: HazardPayload;
  reassignKeyPart: Enterprise;
  recordDutyLogEntry: DutyLogEntry;
  /** Records whom the desk notified and when */
  recordDutyNotification: DutyLogEntry;
  recordDutyPresence: DutyRoster;
  recordEnforcement: HazardPayload;
  /** Records an incident as the duty desk received it; its reporting clocks start */
  recordIncident: Incident;
  /** Records a finding; a hazard finding can start its hazard in the same step */
  recordInspectionFinding: InspectionFindingPayload;
  /** 约谈 held: who, when, the minutes (an escalation step may require it) */
  recordInterview: HazardPayload;
  /** Records a responsible person’s patrol of the source; its findings become hazards in the same step */
  recordPatrol: PatrolPayload;
  /** Draws enterprises and inspectors at random (双随机), records pools, seed and result */
  recordRandomDraw: RandomDraw;
  /** Records a new version of a reporting obligation (committee office); reports keep the version they were due under */
  recordReportingObligation: ReportingObligation;
  /** Measure 1: the special meeting (专题会议) */
  recordSpecialMeeting: Campaign;
  recordStandbyCheck: HazardPayload;
  recordSupervisionFinding: Oversight;
  recordTeamDrill: EmergencyResource;
  rectifyOnSpot: HazardPayload;
  registerEmergencyResource: EmergencyResource;
  /** Enters an enterprise in the register (once per credit code) */
  registerEnterprise: Enterprise;
  /** Enters a production or storage unit in the register (before its grading) */
  registerMajorHazardSource: MajorHazardSource;
  relieveResponsiblePerson: MajorHazardSource;
  removeKeyPart: Enterprise;
  /** Renames a reporting unit; reports of earlier days keep the name it had */
  renameDepartment: DepartmentVersion;
  /** Records new casualty figures; inside the window a supplementary report (补报) becomes due */
  reportCasualtyChange: Incident;
  reportHazard: HazardPayload;
  reportProgress: HazardPayload;
  reportTeamStatus: EmergencyResource;
  requestDeadlineExtension: HazardPayload;
  requestDutySwap: DutyRoster;
  /** Asks for a re-grade (general ↔ major) with the reason; a second person approves it (decideRegrade) */
  requestRegrade: HazardPayload;
  /** 复产验收: production resumes after its review (the rectification submitted, reviewed by someone else); the hazard is closed apart */
  resumeOperations: HazardPayload;
  /** Retires a reporting unit: it takes no new hazards and no longer reports; its code is not given out again */
  retireDepartment: DepartmentVersion;
  revokeKeyUnit: Enterprise;
  /** Changes the standby roster of a suspension (rotation), with the reason */
  rotateStandbyMonitors: HazardPayload;
  /** Saves a new version of the roles per level; rosters published from now on use it */
  saveDutyRoleRules: DutyRoleRules;
  /** Registers or replaces a legal enforcement body and its published inspection item list (committee office) */
  saveEnforcementBody: EnforcementBody;
  /** Saves a new version; hazards already listed keep the version they were listed under */
  saveEscalationPolicy: EscalationPolicy;
  /** Saves a new version of the incident reporting rules; incidents recorded from now on use it */
  saveIncidentReportingRules: IncidentReportingRules;
  /** Saves a new version of the patrol cadence (old versions stay); it applies from now on */
  savePatrolCadence: PatrolCadence;
  /** Replaces a year of official holidays and make-up working days */
  setHolidayCalendar: CalendarYear;
  /** Sets one stock line (by GB/T 38565 code) to what is there now, with the reason */
  setResourceStock: EmergencyResource;
  /** Submits (freezes) day D’s report of a unit, due by its tier’s cutoff under the obligation in force */
  submitDailyReport: HazardReport;
  /** Submits a period report an obligation demands (e.g. 1 January – 28 February, due 28 February 15:00); the answer carries the receipt */
  submitPeriodReport: HazardReport;
  submitRectification: HazardPayload;
  superviseHazard: HazardPayload;
  suspendOperations: HazardPayload;
  /** Moves the hazard to another region or department (both must be in the caller’s scope); before and after are recorded */
  transferHazard: HazardPayload;
  /** Records a site verification (现场核查) of the key unit or one key part; its findings become hazards in the same step */
  verifyEnterpriseOnSite: EnterpriseVerificationPayload;
  verifyRectification: HazardPayload;
  /** Records a site verification (现场核查) by at least two verifiers; its findings become hazards in the same step */
  verifySourceOnSite: PatrolPayload;
};


export type MutationAddDepartmentArgs = {
  input: AddDepartmentInput;
};


export type MutationAddKeyPartArgs = {
  input: AddKeyPartInput;
};


export type MutationAddListedHazardArgs = {
  input: AddListedHazardInput;
};


export type MutationAddSupervisionRoundArgs = {
  input: AddSupervisionRoundInput;
};


export type MutationAmendEnterpriseArgs = {
  input: AmendEnterpriseInput;
};


export type MutationAssessMajorHazardSourceArgs = {
  input: AssessMajorHazardSourceInput;
};


export type MutationAssignResponsiblePersonArgs = {
  input: AssignResponsiblePersonInput;
};


export type MutationCancelHazardArgs = {
  input: CancelHazardInput;
};


export type MutationChangeDepartmentSectorsArgs = {
  input: ChangeDepartmentSectorsInput;
};


export type MutationCloseIncidentArgs = {
  input: CloseIncidentInput;
};


export type MutationConfirmHandoverArgs = {
  input: ConfirmHandoverInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeactivateWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideDeadlineExtensionArgs = {
  input: DecideDeadlineExtensionInput;
};


export type MutationDecideDutySwapArgs = {
  input: DecideDutySwapInput;
};


export type MutationDecideRegradeArgs = {
  input: DecideRegradeInput;
};


export type MutationDesignateKeyUnitArgs = {
  input: DesignateKeyUnitInput;
};


export type MutationFileIncidentReportArgs = {
  input: FileIncidentReportInput;
};


export type MutationHandOverDutyArgs = {
  input: HandOverDutyInput;
};


export type MutationIssueSupervisionLetterArgs = {
  input: IssueSupervisionLetterInput;
};


export type MutationIssueSupervisionNoticeArgs = {
  input: IssueSupervisionNoticeInput;
};


export type MutationListHazardArgs = {
  input: ListHazardInput;
};


export type MutationOpenInspectionArgs = {
  input: OpenInspectionInput;
};


export type MutationOpenPenaltyCaseArgs = {
  input: OpenPenaltyCaseInput;
};


export type MutationOpenSupervisionArgs = {
  input: OpenSupervisionInput;
};


export type MutationPublishRosterArgs = {
  input: PublishRosterInput;
};


export type MutationRaiseListingLevelArgs = {
  input: RaiseListingLevelInput;
};


export type MutationReassignKeyPartArgs = {
  input: ReassignKeyPartInput;
};


export type MutationRecordDutyLogEntryArgs = {
  input: RecordDutyLogEntryInput;
};


export type MutationRecordDutyNotificationArgs = {
  input: RecordDutyNotificationInput;
};


export type MutationRecordDutyPresenceArgs = {
  input: RecordDutyPresenceInput;
};


export type MutationRecordEnforcementArgs = {
  input: RecordEnforcementInput;
};


export type MutationRecordIncidentArgs = {
  input: RecordIncidentInput;
};


export type MutationRecordInspectionFindingArgs = {
  input: RecordInspectionFindingInput;
};


export type MutationRecordInterviewArgs = {
  input: RecordInterviewInput;
};


export type MutationRecordPatrolArgs = {
  input: RecordPatrolInput;
};


export type MutationRecordRandomDrawArgs = {
  input: RecordRandomDrawInput;
};


export type MutationRecordReportingObligationArgs = {
  input: RecordReportingObligationInput;
};


export type MutationRecordSpecialMeetingArgs = {
  input: RecordSpecialMeetingInput;
};


export type MutationRecordStandbyCheckArgs = {
  input: RecordStandbyCheckInput;
};


export type MutationRecordSupervisionFindingArgs = {
  input: RecordSupervisionFindingInput;
};


export type MutationRecordTeamDrillArgs = {
  input: RecordTeamDrillInput;
};


export type MutationRectifyOnSpotArgs = {
  input: RectifyOnSpotInput;
};


export type MutationRegisterEmergencyResourceArgs = {
  input: RegisterEmergencyResourceInput;
};


export type MutationRegisterEnterpriseArgs = {
  input: RegisterEnterpriseInput;
};


export type MutationRegisterMajorHazardSourceArgs = {
  input: RegisterMajorHazardSourceInput;
};


export type MutationRelieveResponsiblePersonArgs = {
  input: RelieveResponsiblePersonInput;
};


export type MutationRemoveKeyPartArgs = {
  input: RemoveKeyPartInput;
};


export type MutationRenameDepartmentArgs = {
  input: RenameDepartmentInput;
};


export type MutationReportCasualtyChangeArgs = {
  input: ReportCasualtyChangeInput;
};


export type MutationReportHazardArgs = {
  input: ReportHazardInput;
};


export type MutationReportProgressArgs = {
  input: ReportProgressInput;
};


export type MutationReportTeamStatusArgs = {
  input: ReportTeamStatusInput;
};


export type MutationRequestDeadlineExtensionArgs = {
  input: RequestDeadlineExtensionInput;
};


export type MutationRequestDutySwapArgs = {
  input: RequestDutySwapInput;
};


export type MutationRequestRegradeArgs = {
  input: RequestRegradeInput;
};


export type MutationResumeOperationsArgs = {
  input: ResumeOperationsInput;
};


export type MutationRetireDepartmentArgs = {
  input: RetireDepartmentInput;
};


export type MutationRevokeKeyUnitArgs = {
  input: RevokeKeyUnitInput;
};


export type MutationRotateStandbyMonitorsArgs = {
  input: RotateStandbyMonitorsInput;
};


export type MutationSaveDutyRoleRulesArgs = {
  input: SaveDutyRoleRulesInput;
};


export type MutationSaveEnforcementBodyArgs = {
  input: SaveEnforcementBodyInput;
};


export type MutationSaveEscalationPolicyArgs = {
  input: SaveEscalationPolicyInput;
};


export type MutationSaveIncidentReportingRulesArgs = {
  input: SaveIncidentReportingRulesInput;
};


export type MutationSavePatrolCadenceArgs = {
  input: SavePatrolCadenceInput;
};


export type MutationSetHolidayCalendarArgs = {
  input: SetHolidayCalendarInput;
};


export type MutationSetResourceStockArgs = {
  input: SetResourceStockInput;
};


export type MutationSubmitDailyReportArgs = {
  input: SubmitDailyReportInput;
};


export type MutationSubmitPeriodReportArgs = {
  input: SubmitPeriodReportInput;
};


export type MutationSubmitRectificationArgs = {
  input: SubmitRectificationInput;
};


export type MutationSuperviseHazardArgs = {
  input: SuperviseHazardInput;
};


export type MutationSuspendOperationsArgs = {
  input: SuspendOperationsInput;
};


export type MutationTransferHazardArgs = {
  input: TransferHazardInput;
};


export type MutationVerifyEnterpriseOnSiteArgs = {
  input: VerifyEnterpriseOnSiteInput;
};


export type MutationVerifyRectificationArgs = {
  input: VerifyRectificationInput;
};


export type MutationVerifySourceOnSiteArgs = {
  input: VerifySourceOnSiteInput;
};

export type ObligationRule = {
  __typename?: 'ObligationRule';
  /** OCCURRED or RECEIVED */
  from: Scalars['String']['output'];
  kind: IncidentReportKind;
  /** Empty: every level */
  levels: Array<IncidentLevel>;
  /** ISO-8601 duration */
  within: Scalars['String']['output'];
};

export type ObligationRuleInput = {
  from: Scalars['String']['input'];
  kind: IncidentReportKind;
  levels?: InputMaybe<Array<IncidentLevel>>;
  within: Scalars['String']['input'];
};

export type OpenInspectionInput = {
  approvalDocument: Scalars['String']['input'];
  approvedBy: Scalars['String']['input'];
  /** The random draw that chose this enterprise, if any */
  drawId?: InputMaybe<Scalars['String']['input']>;
  /** The legal enforcement body carrying it out */
  enforcementBodyCode: Scalars['String']['input'];
  enterprise: InspectedEnterpriseInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At least two certified inspectors */
  inspectors: Array<InspectorInput>;
  /** An item of the body’s published list */
  itemCode: Scalars['String']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type OpenPenaltyCaseInput = {
  campaignId: Scalars['ID']['input'];
  caseNumber: Scalars['String']['input'];
  enterpriseName: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The inspection that found it */
  oversightId?: InputMaybe<Scalars['String']['input']>;
  violation: Scalars['String']['input'];
};

export type OpenSupervisionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leader?: InputMaybe<Scalars['String']['input']>;
  /** Led by a leader (领导带队) */
  leaderLed: Scalars['Boolean']['input'];
  method: SupervisionMethod;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  target: SupervisionTargetInput;
  title: Scalars['String']['input'];
};

/** The work whose finding started a hazard: inspection 行政检查, supervision 督查, patrol 包保巡查, site verification 现场核查, self-check 企业自查 */
export type OriginKind =
  | 'INSPECTION'
  | 'PATROL'
  | 'SELF_CHECK'
  | 'SITE_VERIFICATION'
  | 'SUPERVISION';

/** A supervision (督查) of a district or department, or an administrative inspection (行政检查) of an enterprise */
export type Oversight = {
  __typename?: 'Oversight';
  approvalDocument?: Maybe<Scalars['String']['output']>;
  /** Inspection: the enforcement body */
  bodyName?: Maybe<Scalars['String']['output']>;
  drawId?: Maybe<Scalars['String']['output']>;
  enterpriseCreditCode?: Maybe<Scalars['String']['output']>;
  enterpriseName?: Maybe<Scalars['String']['output']>;
  findings: Array<OversightFinding>;
  history?: Maybe<Array<RegisterEvent>>;
  id: Scalars['ID']['output'];
  inspectors: Array<Inspector>;
  item?: Maybe<EnforcementItem>;
  /** SUPERVISION or INSPECTION */
  kind: Scalars['String']['output'];
  leader?: Maybe<Scalars['String']['output']>;
  leaderLed?: Maybe<Scalars['Boolean']['output']>;
  method?: Maybe<SupervisionMethod>;
  notices: Array<SupervisionNotice>;
  openedAt: Scalars['DateTime']['output'];
  targetCode?: Maybe<Scalars['String']['output']>;
  /** Supervision: DISTRICT or DEPARTMENT */
  targetKind?: Maybe<Scalars['String']['output']>;
  targetName?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type OversightFinding = {
  __typename?: 'OversightFinding';
  at: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  kind?: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** How often responsible persons patrol: numbered versions, each naming its source */
export type PatrolCadence = {
  __typename?: 'PatrolCadence';
  rules: Array<PatrolCadenceRule>;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  savedBy?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  /** 0 is the built-in default, used until the office saves a version */
  version: Scalars['Int']['output'];
};

export type PatrolCadenceRule = {
  __typename?: 'PatrolCadenceRule';
  /** A patrol within this many days before each official holiday period */
  beforeHolidaysWithinDays?: Maybe<Scalars['Int']['output']>;
  /** A patrol within this many days before each major event (a campaign’s first day) */
  beforeMajorEventsWithinDays?: Maybe<Scalars['Int']['output']>;
  /** At least one patrol every this many days */
  everyDays: Scalars['Int']['output'];
  role: ResponsibleRole;
};

export type PatrolCadenceRuleInput = {
  beforeHolidaysWithinDays?: InputMaybe<Scalars['Int']['input']>;
  beforeMajorEventsWithinDays?: InputMaybe<Scalars['Int']['input']>;
  everyDays: Scalars['Int']['input'];
  role: ResponsibleRole;
};

export type PatrolPayload = {
  __typename?: 'PatrolPayload';
  /** The hazards the findings started, in the order given */
  hazards: Array<Hazard>;
  source: MajorHazardSource;
};

/** A one-off period report an obligation demands, with its own due time */
export type PeriodReportDue = {
  __typename?: 'PeriodReportDue';
  dueAt: Scalars['DateTime']['output'];
  from: Scalars['String']['output'];
  title: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type PeriodReportDueInput = {
  /** An instant with its offset, e.g. 2023-02-28T15:00:00+08:00 */
  dueAt: Scalars['String']['input'];
  from: Scalars['String']['input'];
  title: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** The escalation policy a hazard runs under (id and version are recorded in its events). */
export type PolicyRef = {
  __typename?: 'PolicyRef';
  id: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** e.g. years without an official holiday schedule */
  warnings: Array<Scalars['String']['output']>;
};

export type PublishRosterInput = {
  departmentCode: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  level: DutyLevel;
  regionCode: Scalars['String']['input'];
  /** Roles required beyond the level’s */
  requiredRoles?: InputMaybe<Array<DutyRole>>;
  rosterId: Scalars['ID']['input'];
  shifts: Array<DutyShiftInput>;
};

export type Query = {
  __typename?: 'Query';
  /** Signed checkpoints, newest first */
  auditCheckpoints: Array<AuditCheckpoint>;
  /** The campaign dashboard */
  campaignProgress?: Maybe<CampaignProgress>;
  campaigns: Array<Campaign>;
  /** Day D’s report of a unit as of the end of D − 1, Beijing time: a department at the city (ALL: the whole city), or its unit in a district (regionCode) */
  dailyReport: HazardReport;
  /** Every version of a reporting unit, oldest first (empty for a code never added) */
  departmentHistory: Array<DepartmentVersion>;
  departments: Array<Department>;
  /** The duty log in scope, newest first */
  dutyLog: Array<DutyLogEntry>;
  /** The roles per level in force, or a given version */
  dutyRoleRules?: Maybe<DutyRoleRules>;
  /** Rosters in scope; with `at`, those covering that moment */
  dutyRosters: Array<DutyRoster>;
  dutySummary: DutySummary;
  /** Rescue teams and depots by region, type, supply code and readiness */
  emergencyResources: Array<EmergencyResource>;
  enforcementBodies: Array<EnforcementBody>;
  /** One enterprise with its history; with `at`, as it stood then */
  enterprise?: Maybe<Enterprise>;
  /** Enterprises and key units inside your regions × departments (auditors see all) */
  enterprises: Array<Enterprise>;
  /** The latest version of each escalation policy */
  escalationPolicies: Array<EscalationPolicy>;
  escalationPolicy?: Maybe<EscalationPolicy>;
  /** Every version of one policy, newest first */
  escalationPolicyVersions: Array<EscalationPolicy>;
  hazard?: Maybe<Hazard>;
  /** The hazard as the record stood at `at` (null if not yet reported then) */
  hazardAsOf?: Maybe<Hazard>;
  /** A self-contained bundle (events, checkpoint, proof, public key) for offline verification */
  hazardAuditBundle: Scalars['JSON']['output'];
  hazardHistory: Array<HazardEvent>;
  /** Null when the checkpoint does not cover this hazard (it is newer) */
  hazardInclusionProof?: Maybe<InclusionProof>;
  /** The chemicals of GB 18218 the grading knows, with their critical quantities and correction factors */
  hazardousChemicals: Array<HazardousChemical>;
  hazards: HazardConnection;
  holidayCalendar: CalendarYear;
  /** One incident with its history; with `at`, as it stood then */
  incident?: Maybe<Incident>;
  /** The incident reporting rules in force, or a given version */
  incidentReportingRules?: Maybe<IncidentReportingRules>;
  /** Incidents inside your regions × departments, newest first */
  incidents: Array<Incident>;
  majorHazardGrade: MajorHazardGrade;
  /** One source with its history; with `at`, as it stood then */
  majorHazardSource?: Maybe<MajorHazardSource>;
  /** The register, inside your regions × departments (auditors see all) */
  majorHazardSources: Array<MajorHazardSource>;
  oversight?: Maybe<Oversight>;
  /** Supervisions (committee office, auditors) and inspections in your scope, newest first */
  oversights: Array<Oversight>;
  /** The patrol cadence in force, or a given version */
  patrolCadence?: Maybe<PatrolCadence>;
  /** Hazards found from `from` to `to` (inclusive), as of the end of `to` (or now, before it ends) */
  periodReport: HazardReport;
  /** A recorded draw, re-run from its pools and seed */
  randomDraw?: Maybe<RandomDraw>;
  regions: Array<Region>;
  /** Per region × sector: enterprises, key units by colour, key parts, major hazard sources by level, and what was verified on site */
  registerOverview: Array<RegisterOverviewRow>;
  /** Which city departments have reported for day D (committee office, auditors); reportingBoard shows both tiers */
  reportSubmissions: Array<ReportSubmission>;
  /** Per obligation in force on day D, each bound unit’s report at both tiers: not started, draft, submitted, late, missed (the office sees all; others their own units) */
  reportingBoard: Array<UnitReportState>;
  /** Reporting obligations, every version newest first (one obligation’s when id is given) */
  reportingObligations: Array<ReportingObligation>;
  verifyDailyReport: ReportVerification;
  verifyHazardHistory: AuditVerification;
  /** Delivery attempts of a subscription, newest first */
  webhookDeliveries: Array<WebhookDeliveryAttempt>;
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAuditCheckpointsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignProgressArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDailyReportArgs = {
  date: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDepartmentHistoryArgs = {
  code: Scalars['String']['input'];
};


export type QueryDutyLogArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDutyRoleRulesArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDutyRostersArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDutySummaryArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEmergencyResourcesArgs = {
  filter?: InputMaybe<EmergencyResourceFilter>;
};


export type QueryEnterpriseArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  basis?: InputMaybe<AsOfBasis>;
  creditCode: Scalars['ID']['input'];
};


export type QueryEnterprisesArgs = {
  filter?: InputMaybe<EnterpriseFilterInput>;
};


export type QueryEscalationPolicyArgs = {
  id: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEscalationPolicyVersionsArgs = {
  id: Scalars['String']['input'];
};


export type QueryHazardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHazardAsOfArgs = {
  at: Scalars['DateTime']['input'];
  basis?: InputMaybe<AsOfBasis>;
  id: Scalars['ID']['input'];
};


export type QueryHazardAuditBundleArgs = {
  id: Scalars['ID']['input'];
  includeEvidence?: Scalars['Boolean']['input'];
};


export type QueryHazardHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHazardInclusionProofArgs = {
  checkpointId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryHazardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HazardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHolidayCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryIncidentArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  basis?: InputMaybe<AsOfBasis>;
  id: Scalars['ID']['input'];
};


export type QueryIncidentReportingRulesArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncidentsArgs = {
  filter?: InputMaybe<IncidentFilter>;
};


export type QueryMajorHazardGradeArgs = {
  input: MajorHazardGradeInput;
};


export type QueryMajorHazardSourceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  basis?: InputMaybe<AsOfBasis>;
  id: Scalars['ID']['input'];
};


export type QueryMajorHazardSourcesArgs = {
  filter?: InputMaybe<MajorHazardSourceFilter>;
};


export type QueryOversightArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOversightsArgs = {
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPatrolCadenceArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeriodReportArgs = {
  departmentCode: Scalars['String']['input'];
  from: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type QueryRandomDrawArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegisterOverviewArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
};


export type QueryReportSubmissionsArgs = {
  date: Scalars['String']['input'];
};


export type QueryReportingBoardArgs = {
  date: Scalars['String']['input'];
  departmentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportingObligationsArgs = {
  id?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyDailyReportArgs = {
  date: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyHazardHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};

/** 提级挂牌: the listing raised by the higher level’s authority */
export type RaiseListingLevelInput = {
  documentNumber: Scalars['String']['input'];
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  listingLevel: ListingLevel;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 双随机: which enterprises are inspected and by whom, reproducible from its pools and seed */
export type RandomDraw = {
  __typename?: 'RandomDraw';
  annualCap?: Maybe<Scalars['Int']['output']>;
  assignments: Array<DrawAssignment>;
  bodyCode: Scalars['String']['output'];
  /** Left out: at the annual inspection cap */
  capped: Array<Scalars['String']['output']>;
  enterprisePool: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  inspectorPool: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Running the draw again from the recorded pools and seed gives exactly this result */
  reproduces: Scalars['Boolean']['output'];
  seed: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Drawn, but without enough inspectors free of conflicts */
  unassigned: Array<Scalars['String']['output']>;
};

export type ReassignKeyPartInput = {
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  partId: Scalars['ID']['input'];
  responsibleName: Scalars['String']['input'];
  responsiblePhone?: InputMaybe<Scalars['String']['input']>;
};

export type RecordDutyLogEntryInput = {
  casualties?: InputMaybe<DutyCasualtiesInput>;
  channel: DutyChannel;
  departmentCode: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId?: InputMaybe<Scalars['ID']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Instructions received */
  instructions?: InputMaybe<Scalars['String']['input']>;
  majorHazardSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Measures taken */
  measures?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  receivedAt: Scalars['DateTime']['input'];
  regionCode: Scalars['String']['input'];
  reporter: Scalars['String']['input'];
  reporterPhone?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
};

export type RecordDutyNotificationInput = {
  at: Scalars['DateTime']['input'];
  entryId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  whom: Scalars['String']['input'];
};

export type RecordDutyPresenceInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  role: DutyRole;
  rosterId: Scalars['ID']['input'];
  shift: Scalars['String']['input'];
  status: DutyPresence;
};

export type RecordEnforcementInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Number of the administrative decision */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: EnforcementKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordIncidentInput = {
  casualties?: InputMaybe<CasualtiesInput>;
  departmentCode: Scalars['String']['input'];
  /** When the incident happened */
  happenedAt: Scalars['DateTime']['input'];
  hazardId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  level: IncidentLevel;
  majorHazardSourceId?: InputMaybe<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
  /** When the duty desk received the unit’s report */
  receivedAt: Scalars['DateTime']['input'];
  regionCode: Scalars['String']['input'];
  /** ROAD_TRAFFIC and FIRE have the shorter casualty window */
  sector: Sector;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type RecordInspectionFindingInput = {
  description: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** For GENERAL_HAZARD and MAJOR_HAZARD: start the hazard now */
  hazard?: InputMaybe<InspectionHazardInput>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: InspectionFindingKind;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 约谈: an interview held */
export type RecordInterviewInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  heldAt: Scalars['DateTime']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Who was interviewed */
  interviewee: Scalars['String']['input'];
  /** The minutes (纪要) */
  minutes: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordPatrolInput = {
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hazards found; each starts a hazard workflow (retry with the same idempotencyKey: each applies once) */
  findings?: InputMaybe<Array<HazardFindingInput>>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whose patrol (包保检查) this is */
  role: ResponsibleRole;
  sourceId: Scalars['ID']['input'];
};

export type RecordRandomDrawInput = {
  bodyCode: Scalars['String']['input'];
  /** Declared conflicts of interest */
  conflicts?: InputMaybe<Array<DrawConflictInput>>;
  count: Scalars['Int']['input'];
  enterprises: Array<DrawEnterpriseInput>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectors: Array<DrawInspectorInput>;
  inspectorsPerEnterprise?: Scalars['Int']['input'];
  /** Made by the server when absent; recorded either way */
  seed?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A new version of a reporting obligation (a new id starts at version 1) */
export type RecordReportingObligationInput = {
  cityCutoff: Scalars['String']['input'];
  countingFrom?: Scalars['String']['input'];
  districtCutoff: Scalars['String']['input'];
  documentNumber: Scalars['String']['input'];
  effectiveFrom: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  periodReports?: InputMaybe<Array<PeriodReportDueInput>>;
  remindBeforeMinutes?: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  units: Array<Scalars['String']['input']>;
};

export type RecordSpecialMeetingInput = {
  campaignId: Scalars['ID']['input'];
  chairedBy: Scalars['String']['input'];
  decisions: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The district or department that held it; none: the committee office’s own */
  heldBy?: InputMaybe<CampaignUnitInput>;
  heldOn: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** SHA-256 of the minutes */
  minutesHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordStandbyCheckInput = {
  /** SHA-256 of photos of the check, as POST /evidence answered */
  evidenceHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where the check-in was made */
  location?: InputMaybe<Scalars['String']['input']>;
  monitor: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  productionObserved: Scalars['Boolean']['input'];
};

export type RecordSupervisionFindingInput = {
  /** Work the district or department has not done */
  description: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordTeamDrillInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  heldOn: Scalars['String']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  resourceId: Scalars['ID']['input'];
};

/** An act on the record: 督办函 (SUPERVISION_LETTER), 约谈 (INTERVIEW), 提级挂牌 (RAISE_LISTING) */
export type RecordedAct = {
  __typename?: 'RecordedAct';
  act: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: ActorRef;
  /** The letter’s or listing’s document number; for an interview, who was interviewed */
  reference: Scalars['String']['output'];
};

/** 责令限期整改指令书 issued with the finding */
export type RectificationOrder = {
  __typename?: 'RectificationOrder';
  deadline: Scalars['DateTime']['output'];
  documentNumber?: Maybe<Scalars['String']['output']>;
};

/** A rectification order (责令限期整改指令书) issued with the finding */
export type RectificationOrderInput = {
  /** Becomes the hazard’s deadline; a listing or supervision may shorten it, only an extension lengthens it */
  deadline: Scalars['DateTime']['input'];
  /** The order’s document number */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
};

/** 整改方案 with the five implementations (五落实). */
export type RectificationPlan = {
  __typename?: 'RectificationPlan';
  contingencyPlan: Scalars['String']['output'];
  fundingAmount: Scalars['Float']['output'];
  fundingSource?: Maybe<Scalars['String']['output']>;
  measures: Scalars['String']['output'];
  /** How often progress is due (ISO 8601, e.g. P7D); a missed report raises its alarm */
  progressEvery?: Maybe<Scalars['String']['output']>;
  responsiblePerson: Scalars['String']['output'];
  responsiblePhone?: Maybe<Scalars['String']['output']>;
  responsibleUnit: Scalars['String']['output'];
};

export type RectificationPlanInput = {
  contingencyPlan: Scalars['String']['input'];
  fundingAmount: Scalars['Float']['input'];
  fundingSource?: InputMaybe<Scalars['String']['input']>;
  measures: Scalars['String']['input'];
  /** How often progress is due (ISO 8601, e.g. P7D for weekly); a missed report raises its alarm */
  progressEvery?: InputMaybe<Scalars['String']['input']>;
  responsiblePerson: Scalars['String']['input'];
  responsiblePhone?: InputMaybe<Scalars['String']['input']>;
  responsibleUnit: Scalars['String']['input'];
};

export type RectificationSubmission = {
  __typename?: 'RectificationSubmission';
  evidenceHashes: Array<Scalars['String']['output']>;
  onSpot: Scalars['Boolean']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: ActorRef;
  summary: Scalars['String']['output'];
};

export type RectifyOnSpotInput = {
  evidenceHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  summary: Scalars['String']['input'];
};

/** 县区 and development zones (reference data) */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type RegisterEmergencyResourceInput = {
  /** Where the team is based / where the depot is */
  base: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  dutyPhone?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: EmergencyResourceKind;
  leader?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  resourceId: Scalars['ID']['input'];
  specialties?: InputMaybe<Array<Scalars['String']['input']>>;
  teamType?: InputMaybe<RescueTeamType>;
};

export type RegisterEnterpriseInput = {
  address: Scalars['String']['input'];
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** The department that supervises it */
  departmentCode: Scalars['String']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  regionCode: Scalars['String']['input'];
  sector: Sector;
};

export type RegisterEvent = {
  __typename?: 'RegisterEvent';
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRoles: Array<Role>;
  commandId: Scalars['String']['output'];
  data: Scalars['JSON']['output'];
  hash: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  prevHash: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  streamId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type RegisterMajorHazardSourceInput = {
  departmentCode: Scalars['String']['input'];
  /** 统一社会信用代码 */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  enterpriseName: Scalars['String']['input'];
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  location: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  regionCode: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
  unitKind: HazardUnitKind;
};

/** What the register holds in one region × sector, and how much was verified on site */
export type RegisterOverviewRow = {
  __typename?: 'RegisterOverviewRow';
  enterprises: Scalars['Int']['output'];
  keyParts: Scalars['Int']['output'];
  keyPartsVerifiedOnSite: Scalars['Int']['output'];
  keyUnits: Scalars['Int']['output'];
  keyUnitsByColour: RiskColourCounts;
  keyUnitsVerifiedOnSite: Scalars['Int']['output'];
  /** Assessed as major (S ≥ 1) */
  majorHazardSources: Scalars['Int']['output'];
  /** Counts of 一级, 二级, 三级, 四级 */
  majorHazardSourcesByLevel: Array<Scalars['Int']['output']>;
  majorHazardSourcesVerifiedOnSite: Scalars['Int']['output'];
  /** Sources with a responsible person’s patrol overdue now (cadence in force, holidays included) */
  majorHazardSourcesWithOverduePatrols: Scalars['Int']['output'];
  /** Sources missing one of their three responsible persons */
  majorHazardSourcesWithVacantRoles: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  sector: Sector;
};

/** A re-grade waiting for a second person’s approval */
export type RegradeRequest = {
  __typename?: 'RegradeRequest';
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: ActorRef;
  to: HazardLevel;
};

export type RelieveResponsiblePersonInput = {
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  role: ResponsibleRole;
  sourceId: Scalars['ID']['input'];
};

export type RemoveKeyPartInput = {
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  partId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RenameDepartmentInput = {
  /** The unit’s code: 2–32 upper-case letters, digits and _, starting with a letter (EDUCATION) */
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ReportCasualtyChangeInput = {
  deaths: Scalars['Int']['input'];
  /** Refuse with VERSION_CONFLICT unless the incident is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  injuries: Scalars['Int']['input'];
  missing: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReportHazardInput = {
  departmentCode: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** Unified social credit code (GB 32100-2015) */
  enterpriseCreditCode?: InputMaybe<Scalars['String']['input']>;
  enterpriseName: Scalars['String']['input'];
  foundAt?: InputMaybe<Scalars['DateTime']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Standard, clause and version the judgement rests on */
  judgementBasis?: InputMaybe<Scalars['String']['input']>;
  level: HazardLevel;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from, when a finding of the register’s work started it */
  origin?: InputMaybe<HazardOriginInput>;
  rectificationOrder?: InputMaybe<RectificationOrderInput>;
  regionCode: Scalars['String']['input'];
  sector: Sector;
  source: DiscoverySource;
  title: Scalars['String']['input'];
};

/** A row of attachment 1 (未完成整改隐患清单) or 2 (已完成整改隐患清单) */
export type ReportHazardRow = {
  __typename?: 'ReportHazardRow';
  /** 撤销日期 (cancelled list) */
  cancelledDate?: Maybe<Scalars['String']['output']>;
  /** 销号日期 (attachment 2) */
  closedDate?: Maybe<Scalars['String']['output']>;
  /** 隐患编号 */
  code: Scalars['String']['output'];
  /** 整改完成日期 (attachment 2) */
  completedDate?: Maybe<Scalars['String']['output']>;
  /** 统一社会信用代码 */
  creditCode: Scalars['String']['output'];
  /** 整改期限 */
  deadline: Scalars['String']['output'];
  /** 隐患描述 */
  description: Scalars['String']['output'];
  /** 单位名称 */
  enterpriseName: Scalars['String']['output'];
  /** 发现日期 */
  foundDate: Scalars['String']['output'];
  /** 整改资金 */
  funding: Scalars['String']['output'];
  hazardId: Scalars['ID']['output'];
  /** 判定依据 */
  judgementBasis: Scalars['String']['output'];
  /** 隐患等级 */
  level: Scalars['String']['output'];
  /** 挂牌级别/文号 */
  listing: Scalars['String']['output'];
  /** 整改措施 */
  measures: Scalars['String']['output'];
  /** Red: on attachment 1 of the previous submitted report, rectified now */
  newlyRectified: Scalars['Boolean']['output'];
  /** 是否超期 (attachment 1) */
  overdue?: Maybe<Scalars['String']['output']>;
  /** 撤销原因 (cancelled list) */
  reason?: Maybe<Scalars['String']['output']>;
  /** 县区 */
  region: Scalars['String']['output'];
  /** 备注 (format 2) */
  remarks?: Maybe<Scalars['String']['output']>;
  /** 填报单位: the unit that reported the row (format 2) */
  reportingUnit?: Maybe<Scalars['String']['output']>;
  /** 整改责任单位/责任人 */
  responsible: Scalars['String']['output'];
  /** 行业领域 */
  sector: Scalars['String']['output'];
  /** 序号 */
  seq: Scalars['Int']['output'];
  /** 发现方式 */
  source: Scalars['String']['output'];
  /** 当前状态 (attachment 1) */
  status?: Maybe<Scalars['String']['output']>;
  /** 监管部门 (format 2) */
  supervisingDepartment?: Maybe<Scalars['String']['output']>;
  /** 督办单位 */
  supervisingUnit: Scalars['String']['output'];
  /** 是否停产停工/盯守人员 (attachment 1) */
  suspension?: Maybe<Scalars['String']['output']>;
  /** 验收单位/日期 (attachment 2) */
  verification?: Maybe<Scalars['String']['output']>;
};

export type ReportProgressInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  percent: Scalars['Int']['input'];
};

/** What a unit keeps after submitting: the hashes it submitted under, when, by whom, when it was due */
export type ReportReceipt = {
  __typename?: 'ReportReceipt';
  contentHash: Scalars['String']['output'];
  /** The notice the report was due under, and its version */
  documentNumber?: Maybe<Scalars['String']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  late: Scalars['Boolean']['output'];
  /** e.g. DAILY-EMERGENCY-211104-2026-12-03-1a2b3c4d */
  number: Scalars['String']['output'];
  obligationVersion?: Maybe<Scalars['Int']['output']>;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
  xlsxSha256: Scalars['String']['output'];
};

/** The signature block on each sheet */
export type ReportSignature = {
  __typename?: 'ReportSignature';
  filledBy: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  reviewer: Scalars['String']['output'];
  signedOn: Scalars['String']['output'];
};

/** The signature block of each sheet (who filled it, a phone number, the reviewer); the date is the submission’s */
export type ReportSignatureInput = {
  /** 填报人 (default: the caller’s name) */
  filledBy?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 审核人 */
  reviewer?: InputMaybe<Scalars['String']['input']>;
};

export type ReportStatistics = {
  __typename?: 'ReportStatistics';
  byRegion: Array<ReportStatisticsRow>;
  /** City-wide reports only */
  bySector: Array<ReportStatisticsRow>;
  total: ReportStatisticsRow;
};

/** A row of attachment 3 (安全生产隐患统计表) */
export type ReportStatisticsRow = {
  __typename?: 'ReportStatisticsRow';
  byCovert: Scalars['Int']['output'];
  byDepartment: Scalars['Int']['output'];
  byOther: Scalars['Int']['output'];
  bySelfInspection: Scalars['Int']['output'];
  closedToday: Scalars['Int']['output'];
  closures: Scalars['Int']['output'];
  cumulative: Scalars['Int']['output'];
  /** 检查企业数 (format 2) */
  enterprisesChecked?: Maybe<Scalars['Int']['output']>;
  /** 参与排查的生产经营单位数 (format 2) */
  enterprisesTookPart?: Maybe<Scalars['Int']['output']>;
  fineAmount: Scalars['Float']['output'];
  fines: Scalars['Int']['output'];
  foundGeneral: Scalars['Int']['output'];
  foundMajor: Scalars['Int']['output'];
  /** 整改资金到位，万元 (format 2) */
  fundingInPlace?: Maybe<Scalars['String']['output']>;
  /** 一般隐患整改率 (format 2) */
  generalRectificationRate?: Maybe<Scalars['String']['output']>;
  /** 检查组数 (format 2) */
  inspectionTeams?: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  listedCity: Scalars['Int']['output'];
  listedClosed: Scalars['Int']['output'];
  listedCounty: Scalars['Int']['output'];
  listedProvince: Scalars['Int']['output'];
  /** 重大隐患整改率 (format 2) */
  majorRectificationRate?: Maybe<Scalars['String']['output']>;
  /** 重大隐患纳入治理方案（五落实） (format 2) */
  majorWithPlan?: Maybe<Scalars['Int']['output']>;
  newToday: Scalars['Int']['output'];
  onTimeRate: Scalars['String']['output'];
  openNotDue: Scalars['Int']['output'];
  openOverdue: Scalars['Int']['output'];
  /** 检查人次 (format 2) */
  personTimes?: Maybe<Scalars['Int']['output']>;
  rectificationRate: Scalars['String']['output'];
  rectifiedGeneral: Scalars['Int']['output'];
  rectifiedMajor: Scalars['Int']['output'];
  suspended: Scalars['Int']['output'];
  suspendedWithMonitors: Scalars['Int']['output'];
  suspensionsForRectification: Scalars['Int']['output'];
};

export type ReportStatus =
  | 'DRAFT'
  | 'NOT_STARTED'
  | 'SUBMITTED';

/** Whether a department has reported for a day */
export type ReportSubmission = {
  __typename?: 'ReportSubmission';
  contentHash?: Maybe<Scalars['String']['output']>;
  departmentCode: Scalars['String']['output'];
  departmentName: Scalars['String']['output'];
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  late: Scalars['Boolean']['output'];
  status: ReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<Scalars['String']['output']>;
};

export type ReportTeamStatusInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  onDuty: Scalars['Int']['input'];
  resourceId: Scalars['ID']['input'];
};

/** A submitted report regenerated from the events as they stood at its cutoff */
export type ReportVerification = {
  __typename?: 'ReportVerification';
  ok: Scalars['Boolean']['output'];
  regeneratedContentHash: Scalars['String']['output'];
  regeneratedXlsxSha256: Scalars['String']['output'];
  storedContentHash: Scalars['String']['output'];
  storedXlsxSha256: Scalars['String']['output'];
  /** The renderer the submission names, which the regeneration used */
  xlsxRenderer: Scalars['Int']['output'];
};

/** A reporting duty’s event: ReportDueSoon (the reminder before a unit’s cutoff), ReportMissed (the alarm to the level above), ReportSubmitted */
export type ReportingAlarm = {
  __typename?: 'ReportingAlarm';
  date: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** ReportMissed: CITY_DEPARTMENT (a district unit missed) or COMMITTEE_OFFICE (a city department missed) */
  escalatedTo?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  regionCode?: Maybe<Scalars['String']['output']>;
  tier: Scalars['String']['output'];
  type: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
};

/** A notice that binds units to report, at one version (a changed cutoff is a new version) */
export type ReportingObligation = {
  __typename?: 'ReportingObligation';
  /** HH:MM Beijing: city departments report to the committee office by then */
  cityCutoff: Scalars['String']['output'];
  /** MM-DD: the counting period starts on this day each year */
  countingFrom: Scalars['String']['output'];
  /** HH:MM Beijing: district units report to their city department by then */
  districtCutoff: Scalars['String']['output'];
  /** 文号, e.g. 盘安委办发〔2023〕11号 */
  documentNumber: Scalars['String']['output'];
  effectiveFrom: Scalars['String']['output'];
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  periodReports: Array<PeriodReportDue>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  remindBeforeMinutes: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Department codes of the bound units, or ["*"] */
  units: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** A unit’s report on the board: not started, draft, submitted on time, submitted late, missed (cutoff passed) */
export type ReportingState =
  | 'DRAFT'
  | 'LATE'
  | 'MISSED'
  | 'NOT_STARTED'
  | 'SUBMITTED';

export type ReportingTier =
  | 'CITY'
  | 'DISTRICT';

export type RequestDeadlineExtensionInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  requestedDeadline: Scalars['DateTime']['input'];
};

export type RequestDutySwapInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  role: DutyRole;
  rosterId: Scalars['ID']['input'];
  /** <date>/<shift name> */
  shift: Scalars['String']['input'];
  swapId: Scalars['ID']['input'];
  toName: Scalars['String']['input'];
  toPhone?: InputMaybe<Scalars['String']['input']>;
};

/** Asks for a re-grade (general ↔ major); a second person approves it */
export type RequestRegradeInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  level: HazardLevel;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

/** An act an escalation step required, and whether it is on the record in time */
export type RequiredAct = {
  __typename?: 'RequiredAct';
  act: Scalars['String']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt: Scalars['DateTime']['output'];
  level: Scalars['Int']['output'];
  /** When it became overdue */
  overdueAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RescueTeamType =
  | 'ENGINEERING'
  | 'FIRE_RESCUE'
  | 'FLOOD'
  | 'HAZARDOUS_CHEMICALS'
  | 'MEDICAL'
  | 'MINE'
  | 'OTHER'
  | 'VOLUNTEER';

export type ResponsiblePerson = {
  __typename?: 'ResponsiblePerson';
  lastPatrolAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The last patrol (or the assignment, if none yet) is older than the cadence, or a pre-holiday patrol is missing */
  patrolOverdue: Scalars['Boolean']['output'];
  /** Why it is overdue, naming the cadence version and its source */
  patrolOverdueReason?: Maybe<Scalars['String']['output']>;
  /** Masked for roles that do not need it */
  phone?: Maybe<Scalars['String']['output']>;
  role: ResponsibleRole;
  roleLabel: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
};

/** PRINCIPAL 主要负责人, TECHNICAL 技术负责人, OPERATIONAL 操作负责人 */
export type ResponsibleRole =
  | 'OPERATIONAL'
  | 'PRINCIPAL'
  | 'TECHNICAL';

/** 复产验收: the review that lets production resume, apart from closing the hazard */
export type ResumeOperationsInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  opinion: Scalars['String']['input'];
  /** Who reviewed (the review team) */
  reviewedBy: Scalars['String']['input'];
  /** YYYY-MM-DD (Beijing) */
  reviewedOn: Scalars['String']['input'];
};

/** 复产验收: the review that let production resume */
export type ResumptionReview = {
  __typename?: 'ResumptionReview';
  opinion: Scalars['String']['output'];
  reviewedBy: Scalars['String']['output'];
  reviewedOn: Scalars['String']['output'];
};

export type RetireDepartmentInput = {
  /** The unit’s code: 2–32 upper-case letters, digits and _, starting with a letter (EDUCATION) */
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

export type RevokeKeyUnitInput = {
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

/** RED 红 重大风险, ORANGE 橙 较大风险, YELLOW 黄 一般风险, BLUE 蓝 低风险 */
export type RiskColour =
  | 'BLUE'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type RiskColourCounts = {
  __typename?: 'RiskColourCounts';
  blue: Scalars['Int']['output'];
  orange: Scalars['Int']['output'];
  red: Scalars['Int']['output'];
  yellow: Scalars['Int']['output'];
};

export type Role =
  | 'AUDITOR'
  | 'COMMITTEE_OFFICE'
  | 'ENTERPRISE'
  | 'INSPECTOR'
  | 'SUPERVISOR';

export type RotateStandbyMonitorsInput = {
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  monitors: Array<StandbyMonitorInput>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
};

export type SaveDutyRoleRulesInput = {
  city: Array<DutyRole>;
  district: Array<DutyRole>;
  /** The regulation or notice and its version */
  source: Scalars['String']['input'];
};

export type SaveEnforcementBodyInput = {
  code: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  /** The published inspection item list (行政检查事项清单) */
  items: Array<EnforcementItemInput>;
  name: Scalars['String']['input'];
  /** Where the list is published, and its version */
  source: Scalars['String']['input'];
};

export type SaveEscalationPolicyInput = {
  /** Policy id (letters, digits, - and _); saving an existing id makes its next version */
  id: Scalars['String']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rules: EscalationRulesInput;
};

export type SaveIncidentReportingRulesInput = {
  casualtyWindowDays: Scalars['Int']['input'];
  fireCasualtyWindowDays?: InputMaybe<Scalars['Int']['input']>;
  obligations: Array<ObligationRuleInput>;
  roadTrafficCasualtyWindowDays?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['String']['input'];
  supplementaryWithin: Scalars['String']['input'];
  warnBefore: Scalars['String']['input'];
};

export type SavePatrolCadenceInput = {
  /** One rule per role */
  rules: Array<PatrolCadenceRuleInput>;
  /** The regulation or notice and its version the rules come from */
  source: Scalars['String']['input'];
};

export type Sector =
  | 'CONSTRUCTION'
  | 'FIRE'
  | 'FISHING_VESSELS'
  | 'HAZARDOUS_CHEMICALS'
  | 'HAZARDOUS_WASTE'
  | 'INDUSTRY_TRADE'
  | 'NON_COAL_MINES'
  | 'OILFIELD'
  | 'OTHER'
  | 'ROAD_TRAFFIC'
  | 'SPECIAL_EQUIPMENT'
  | 'TRANSPORT'
  | 'URBAN_GAS';

export type SetHolidayCalendarInput = {
  days: Array<CalendarDayInput>;
  /** The notice it comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
  source: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type SetResourceStockInput = {
  /** GB/T 38565-2020 code: 7 digits, the first 1–3 */
  code: Scalars['String']['input'];
  condition: StockCondition;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  resourceId: Scalars['ID']['input'];
  unit: Scalars['String']['input'];
};

/** 现场核查 */
export type SiteVerification = {
  __typename?: 'SiteVerification';
  at: Scalars['DateTime']['output'];
  discrepancies: Array<Scalars['String']['output']>;
  evidenceHashes: Array<Scalars['String']['output']>;
  result: SiteVerificationResult;
  verifiers: Array<Scalars['String']['output']>;
};

/** CONSISTENT 一致, INCONSISTENT 不一致, NEW 新发现, TO_DEREGISTER 应注销 */
export type SiteVerificationResult =
  | 'CONSISTENT'
  | 'INCONSISTENT'
  | 'NEW'
  | 'TO_DEREGISTER';

export type SiteVerifierInput = {
  name: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type StandbyMonitor = {
  __typename?: 'StandbyMonitor';
  /** The account that records this post’s checks itself, if the roster assigns one */
  account?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type StandbyMonitorInput = {
  /** The account (token subject) of the person on the post when they record their own checks, e.g. the enterprise’s safety manager (role ENTERPRISE) */
  account?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type StockCondition =
  | 'GOOD'
  | 'NEEDS_REPAIR'
  | 'UNUSABLE';

export type StockLine = {
  __typename?: 'StockLine';
  /** GB/T 38565-2020 */
  code: Scalars['String']['output'];
  condition: StockCondition;
  expiresOn?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  ready: Scalars['Boolean']['output'];
  unit: Scalars['String']['output'];
};

export type StreamHead = {
  __typename?: 'StreamHead';
  headHash: Scalars['String']['output'];
  streamId: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SubmitDailyReportInput = {
  /** The report day D, YYYY-MM-DD (Beijing) */
  date: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  /** A district unit’s report: its region; absent for the city unit (a district caller’s own region when it has one) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  signature?: InputMaybe<ReportSignatureInput>;
};

export type SubmitPeriodReportInput = {
  departmentCode: Scalars['String']['input'];
  /** First day of the period an obligation demands, YYYY-MM-DD */
  from: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  signature?: InputMaybe<ReportSignatureInput>;
  /** Last day of the period */
  to: Scalars['String']['input'];
};

export type SubmitRectificationInput = {
  /** SHA-256 (hex) of each evidence file */
  evidenceHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  summary: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Events of the hazards the caller may see, as they are recorded (graphql-ws; token in connectionParams.authorization). The filter is applied to the hazard as it stands when the event is delivered, so an event recorded just before a change that makes the hazard match may come too */
  hazardEvents: HazardEvent;
  /** Reminders before a unit’s cutoff, alarms when it is missed, and submissions, for the units the caller hears of (graphql-ws) */
  reportingAlarms: ReportingAlarm;
};


export type SubscriptionHazardEventsArgs = {
  filter?: InputMaybe<HazardFilter>;
};

export type SuperviseHazardInput = {
  /** Only for an unlisted GENERAL hazard: its deadline */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  plan: RectificationPlanInput;
};

/** OPEN 明查, COVERT 暗访, FOUR_NOS_TWO_DIRECTS 四不两直, RANDOM 随机抽查, FOLLOW_UP 回头看 */
export type SupervisionMethod =
  | 'COVERT'
  | 'FOLLOW_UP'
  | 'FOUR_NOS_TWO_DIRECTS'
  | 'OPEN'
  | 'RANDOM';

export type SupervisionNotice = {
  __typename?: 'SupervisionNotice';
  at: Scalars['DateTime']['output'];
  documentNumber?: Maybe<Scalars['String']['output']>;
  kind: SupervisionNoticeKind;
  note: Scalars['String']['output'];
};

/** REMINDER 提醒, INTERVIEW 约谈, CIRCULAR 通报 */
export type SupervisionNoticeKind =
  | 'CIRCULAR'
  | 'INTERVIEW'
  | 'REMINDER';

export type SupervisionTargetInput = {
  /** Region code of a district, or a department code */
  code: Scalars['String']['input'];
  kind: SupervisionTargetKind;
  name: Scalars['String']['input'];
};

/** ENTERPRISE is refused: enterprises are inspected (行政检查), not supervised */
export type SupervisionTargetKind =
  | 'DEPARTMENT'
  | 'DISTRICT'
  | 'ENTERPRISE';

export type SuspendOperationsInput = {
  /** ISO-8601 duration between standby check-ins, e.g. PT24H */
  checkInterval: Scalars['String']['input'];
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  monitors: Array<StandbyMonitorInput>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  scope: SuspensionScope;
};

/** 责令停产停工 with its standby monitors (盯守). */
export type Suspension = {
  __typename?: 'Suspension';
  checkCount: Scalars['Int']['output'];
  /** ISO-8601 duration between standby check-ins */
  checkInterval: Scalars['String']['output'];
  lastCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a missed standby check was last raised */
  lastMissedAt?: Maybe<Scalars['DateTime']['output']>;
  monitors: Array<StandbyMonitor>;
  productionObservedCount: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** When production resumed after its review (复产验收) */
  resumedAt?: Maybe<Scalars['DateTime']['output']>;
  resumption?: Maybe<ResumptionReview>;
  /** Each change of the standby roster, with who and when */
  rotations: Array<MonitorRotation>;
  scope: SuspensionScope;
  suspendedAt: Scalars['DateTime']['output'];
};

export type SuspensionScope =
  | 'FULL'
  | 'PARTIAL';

/** Moves the hazard to another region or department */
export type TransferHazardInput = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** One unit’s report of a day on the board */
export type UnitReportState = {
  __typename?: 'UnitReportState';
  contentHash?: Maybe<Scalars['String']['output']>;
  /** The report day (a period report’s: the day after its period) */
  date: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  documentNumber: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** DAILY, or PERIOD for a period report due that day */
  kind: Scalars['String']['output'];
  obligationId: Scalars['String']['output'];
  obligationVersion: Scalars['Int']['output'];
  periodFrom?: Maybe<Scalars['String']['output']>;
  periodTo?: Maybe<Scalars['String']['output']>;
  /** null: the city unit */
  regionCode?: Maybe<Scalars['String']['output']>;
  state: ReportingState;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<Scalars['String']['output']>;
  tier: ReportingTier;
  unitName: Scalars['String']['output'];
};

export type VerifyEnterpriseOnSiteInput = {
  /** 统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register */
  creditCode: Scalars['ID']['input'];
  /** What differs from the register (required when INCONSISTENT) */
  discrepancies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SHA-256 of photos and documents */
  evidenceHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse with VERSION_CONFLICT unless the enterprise is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hazards found on site; each starts a hazard workflow */
  findings?: InputMaybe<Array<HazardFindingInput>>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A key part; null verifies the key unit itself */
  keyPartId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  result: SiteVerificationResult;
  /** At least two different people */
  verifiers: Array<SiteVerifierInput>;
};

export type VerifyRectificationInput = {
  /** Required to close a listed MAJOR hazard */
  acceptance?: InputMaybe<AcceptanceRecordInput>;
  accepted: Scalars['Boolean']['input'];
  /** When a unit the listing authority delegated closes it: the delegation (its document) */
  delegatedBy?: InputMaybe<Scalars['String']['input']>;
  /** Refuse with VERSION_CONFLICT unless the hazard is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  hazardId: Scalars['ID']['input'];
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VerifySourceOnSiteInput = {
  /** What differs from the register (required when INCONSISTENT) */
  discrepancies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SHA-256 of photos and documents */
  evidenceHashes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse with VERSION_CONFLICT unless the source is at this version */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hazards found on site; each starts a hazard workflow */
  findings?: InputMaybe<Array<HazardFindingInput>>;
  /** A retried command with the same key applies once */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened in the world, if earlier than now */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  result: SiteVerificationResult;
  sourceId: Scalars['ID']['input'];
  /** At least two different people */
  verifiers: Array<SiteVerifierInput>;
};

export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  attempt: Scalars['Int']['output'];
  attemptedAt?: Maybe<Scalars['DateTime']['output']>;
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  statusCode?: Maybe<Scalars['Int']['output']>;
  subscriptionId: Scalars['ID']['output'];
  succeeded: Scalars['Boolean']['output'];
};

export type WebhookFilter = {
  __typename?: 'WebhookFilter';
  departmentCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Event types, e.g. Escalated, DeadlineMissed */
  eventTypes?: Maybe<Array<Scalars['String']['output']>>;
  levels?: Maybe<Array<HazardLevel>>;
  regionCodes?: Maybe<Array<Scalars['String']['output']>>;
  sectors?: Maybe<Array<Sector>>;
};

export type WebhookFilterInput = {
  departmentCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  levels?: InputMaybe<Array<HazardLevel>>;
  regionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Sector>>;
};

/** Deliveries are POSTed as JSON, signed in x-hazard-signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  filter: WebhookFilter;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

export type AuditHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditHistoryQuery = { __typename?: 'Query', hazardHistory: Array<{ __typename?: 'HazardEvent', eventId: string, version: number, type: string, actor: string, actorName: string, occurredAt: string, recordedAt: string, hash: string }> };

export type AuditAsOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
  basis?: InputMaybe<AsOfBasis>;
}>;


export type AuditAsOfQuery = { __typename?: 'Query', hazardAsOf?: { __typename?: 'Hazard', code: string, status: HazardStatus, level: HazardLevel, deadline?: string | null, escalationLevel: number, version: number } | null };

export type HazardDetailFieldsFragment = { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> };

export type HazardDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HazardDetailQuery = { __typename?: 'Query', hazard?: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, history: Array<{ __typename?: 'HazardEvent', eventId: string, version: number, type: string, actor: string, actorName: string, actorRoles: Array<Role>, occurredAt: string, recordedAt: string, data: unknown, hash: string }>, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } | null };

export type CommandListHazardMutationVariables = Exact<{
  input: ListHazardInput;
}>;


export type CommandListHazardMutation = { __typename?: 'Mutation', listHazard: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandSuperviseHazardMutationVariables = Exact<{
  input: SuperviseHazardInput;
}>;


export type CommandSuperviseHazardMutation = { __typename?: 'Mutation', superviseHazard: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandReportProgressMutationVariables = Exact<{
  input: ReportProgressInput;
}>;


export type CommandReportProgressMutation = { __typename?: 'Mutation', reportProgress: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandSubmitRectificationMutationVariables = Exact<{
  input: SubmitRectificationInput;
}>;


export type CommandSubmitRectificationMutation = { __typename?: 'Mutation', submitRectification: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandVerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type CommandVerifyRectificationMutation = { __typename?: 'Mutation', verifyRectification: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRectifyOnSpotMutationVariables = Exact<{
  input: RectifyOnSpotInput;
}>;


export type CommandRectifyOnSpotMutation = { __typename?: 'Mutation', rectifyOnSpot: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRequestDeadlineExtensionMutationVariables = Exact<{
  input: RequestDeadlineExtensionInput;
}>;


export type CommandRequestDeadlineExtensionMutation = { __typename?: 'Mutation', requestDeadlineExtension: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandDecideDeadlineExtensionMutationVariables = Exact<{
  input: DecideDeadlineExtensionInput;
}>;


export type CommandDecideDeadlineExtensionMutation = { __typename?: 'Mutation', decideDeadlineExtension: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandSuspendOperationsMutationVariables = Exact<{
  input: SuspendOperationsInput;
}>;


export type CommandSuspendOperationsMutation = { __typename?: 'Mutation', suspendOperations: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRecordStandbyCheckMutationVariables = Exact<{
  input: RecordStandbyCheckInput;
}>;


export type CommandRecordStandbyCheckMutation = { __typename?: 'Mutation', recordStandbyCheck: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRecordEnforcementMutationVariables = Exact<{
  input: RecordEnforcementInput;
}>;


export type CommandRecordEnforcementMutation = { __typename?: 'Mutation', recordEnforcement: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandCancelHazardMutationVariables = Exact<{
  input: CancelHazardInput;
}>;


export type CommandCancelHazardMutation = { __typename?: 'Mutation', cancelHazard: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandResumeOperationsMutationVariables = Exact<{
  input: ResumeOperationsInput;
}>;


export type CommandResumeOperationsMutation = { __typename?: 'Mutation', resumeOperations: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRotateStandbyMonitorsMutationVariables = Exact<{
  input: RotateStandbyMonitorsInput;
}>;


export type CommandRotateStandbyMonitorsMutation = { __typename?: 'Mutation', rotateStandbyMonitors: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRequestRegradeMutationVariables = Exact<{
  input: RequestRegradeInput;
}>;


export type CommandRequestRegradeMutation = { __typename?: 'Mutation', requestRegrade: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandDecideRegradeMutationVariables = Exact<{
  input: DecideRegradeInput;
}>;


export type CommandDecideRegradeMutation = { __typename?: 'Mutation', decideRegrade: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandTransferHazardMutationVariables = Exact<{
  input: TransferHazardInput;
}>;


export type CommandTransferHazardMutation = { __typename?: 'Mutation', transferHazard: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandAmendEnterpriseMutationVariables = Exact<{
  input: AmendEnterpriseInput;
}>;


export type CommandAmendEnterpriseMutation = { __typename?: 'Mutation', amendEnterprise: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandIssueSupervisionLetterMutationVariables = Exact<{
  input: IssueSupervisionLetterInput;
}>;


export type CommandIssueSupervisionLetterMutation = { __typename?: 'Mutation', issueSupervisionLetter: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRecordInterviewMutationVariables = Exact<{
  input: RecordInterviewInput;
}>;


export type CommandRecordInterviewMutation = { __typename?: 'Mutation', recordInterview: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type CommandRaiseListingLevelMutationVariables = Exact<{
  input: RaiseListingLevelInput;
}>;


export type CommandRaiseListingLevelMutation = { __typename?: 'Mutation', raiseListingLevel: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string, title: string, description: string, status: HazardStatus, level: HazardLevel, sector: Sector, source: DiscoverySource, regionCode: string, departmentCode: string, enterpriseName: string, enterpriseCreditCode?: string | null, location?: string | null, judgementBasis?: string | null, foundAt: string, reportedAt: string, deadline?: string | null, originalDeadline?: string | null, overdue: boolean, escalationLevel: number, pendingVerification: boolean, progressPercent: number, rejectionCount: number, extensionsApproved: number, rectifiedAt?: string | null, cancelReason?: string | null, updatedAt: string, version: number, reportedBy: { __typename?: 'ActorRef', sub: string, name: string }, nextClock?: { __typename?: 'HazardClock', kind: string, dueAt: string, level?: number | null } | null, listing?: { __typename?: 'HazardListing', listingLevel: ListingLevel, supervisingUnit: string, documentNumber?: string | null, signer?: string | null, listedAt: string, policyId?: string | null, listedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, plan?: { __typename?: 'RectificationPlan', responsibleUnit: string, responsiblePerson: string, responsiblePhone?: string | null, measures: string, fundingAmount: number, fundingSource?: string | null, contingencyPlan: string } | null, suspension?: { __typename?: 'Suspension', scope: SuspensionScope, reason: string, checkInterval: string, suspendedAt: string, lastCheckAt?: string | null, checkCount: number, productionObservedCount: number, monitors: Array<{ __typename?: 'StandbyMonitor', name: string, phone?: string | null, account?: string | null }> } | null, submission?: { __typename?: 'RectificationSubmission', summary: string, evidenceHashes: Array<string>, onSpot: boolean, submittedAt: string, submittedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedDeadline: string, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, regradeRequest?: { __typename?: 'RegradeRequest', to: HazardLevel, reason: string, requestedAt: string, requestedBy: { __typename?: 'ActorRef', sub: string, name: string } } | null, escalations: Array<{ __typename?: 'Escalation', level: number, at: string, notify: string, reason: string }>, enforcementActions: Array<{ __typename?: 'EnforcementAction', kind: EnforcementKind, amount?: number | null, at: string, decisionNumber?: string | null }>, evidence: Array<{ __typename?: 'EvidenceFile', sha256: string, mediaType: string, fileName?: string | null, takenAt?: string | null, latitude?: number | null, longitude?: number | null, uploadedByName: string, url: string }> } } };

export type HazardRegionNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HazardRegionNamesQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string }>, departments: Array<{ __typename?: 'Department', code: string, name: string }> };

export type LiveHazardEventSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveHazardEventSubscription = { __typename?: 'Subscription', hazardEvents: { __typename?: 'HazardEvent', hazardId: string, version: number, type: string, occurredAt: string, recordedAt: string, actor: string } };

export type CommandReportHazardMutationVariables = Exact<{
  input: ReportHazardInput;
}>;


export type CommandReportHazardMutation = { __typename?: 'Mutation', reportHazard: { __typename?: 'HazardPayload', hazard: { __typename?: 'Hazard', id: string, code: string } } };

export type AuditHazardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditHazardQuery = { __typename?: 'Query', hazard?: { __typename?: 'Hazard', id: string, code: string, title: string, enterpriseName: string, status: HazardStatus, level: HazardLevel, version: number } | null };

export type AuditVerifyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditVerifyQuery = { __typename?: 'Query', verifyHazardHistory: { __typename?: 'AuditVerification', ok: boolean, eventCount: number, firstBadVersion?: number | null, headHash?: string | null, matchesReadModel: boolean, matchesCheckpoint?: boolean | null, matchesWorkflow?: boolean | null, checkpointId?: string | null, reason: string, reasons: Array<string> } };

export type AuditLookupQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type AuditLookupQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, enterpriseName: string } }> } };

export type AuditBundleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditBundleQuery = { __typename?: 'Query', hazardAuditBundle: unknown };

export type ReportDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportDepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', code: string, name: string }> };

export type ReportDailyQueryVariables = Exact<{
  date: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
}>;


export type ReportDailyQuery = { __typename?: 'Query', dailyReport: { __typename?: 'HazardReport', date: string, departmentCode: string, departmentName: string, status: ReportStatus, cutoff: string, contentHash: string, xlsxSha256: string, submittedAt?: string | null, submittedBy?: string | null, late: boolean, escalatedAt?: string | null, previousReportDate?: string | null, xlsxUrl: string, csvUrls: Array<string>, attachment1: Array<{ __typename?: 'ReportHazardRow', hazardId: string, seq: number, code: string, region: string, sector: string, enterpriseName: string, level: string, foundDate: string, deadline: string, status?: string | null, overdue?: string | null, completedDate?: string | null, verification?: string | null, closedDate?: string | null, newlyRectified: boolean }>, attachment2: Array<{ __typename?: 'ReportHazardRow', hazardId: string, seq: number, code: string, region: string, sector: string, enterpriseName: string, level: string, foundDate: string, deadline: string, status?: string | null, overdue?: string | null, completedDate?: string | null, verification?: string | null, closedDate?: string | null, newlyRectified: boolean }>, attachment3: { __typename?: 'ReportStatistics', byRegion: Array<{ __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number }>, bySector: Array<{ __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number }>, total: { __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number } } } };

export type ReportHazardRowFieldsFragment = { __typename?: 'ReportHazardRow', hazardId: string, seq: number, code: string, region: string, sector: string, enterpriseName: string, level: string, foundDate: string, deadline: string, status?: string | null, overdue?: string | null, completedDate?: string | null, verification?: string | null, closedDate?: string | null, newlyRectified: boolean };

export type ReportStatisticsRowFieldsFragment = { __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number };

export type ReportSubmitDailyMutationVariables = Exact<{
  input: SubmitDailyReportInput;
}>;


export type ReportSubmitDailyMutation = { __typename?: 'Mutation', submitDailyReport: { __typename?: 'HazardReport', date: string, departmentCode: string, status: ReportStatus, submittedAt?: string | null, contentHash: string, late: boolean } };

export type ReportSubmissionsQueryVariables = Exact<{
  date: Scalars['String']['input'];
}>;


export type ReportSubmissionsQuery = { __typename?: 'Query', reportSubmissions: Array<{ __typename?: 'ReportSubmission', departmentCode: string, departmentName: string, status: ReportStatus, submittedAt?: string | null, submittedBy?: string | null, late: boolean, escalatedAt?: string | null, contentHash?: string | null }> };

export type InboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxCountsQuery = { __typename?: 'Query', toList: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null } }> }, toSupervise: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null } }> }, toRectify: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null } }> }, toVerify: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null, submission?: { __typename?: 'RectificationSubmission', submittedBy: { __typename?: 'ActorRef', sub: string } } | null } }> }, extensions: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null, extensionRequest?: { __typename?: 'DeadlineExtensionRequest', requestedBy: { __typename?: 'ActorRef', sub: string } } | null } }> }, overdue: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null } }> }, standby: { __typename?: 'HazardConnection', totalCount: number, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, deadline?: string | null } }> } };

export type OverdueHazardsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueHazardsQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, enterpriseName: string, regionCode: string, level: HazardLevel, sector: Sector, deadline?: string | null, escalationLevel: number, status: HazardStatus } }> } };

export type OverdueRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueRegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string, kind: string }> };

export type DutyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyNamesQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string }>, departments: Array<{ __typename?: 'Department', code: string, name: string }> };

export type DutyDeskQueryVariables = Exact<{
  at: Scalars['DateTime']['input'];
}>;


export type DutyDeskQuery = { __typename?: 'Query', dutySummary: { __typename?: 'DutySummary', at: string, date: string, dutyLeaders: Array<string>, openHandoverItems: Array<string>, teams: number, teamsReady: number, depots: number, depotsReady: number, peopleOnDuty: number, stockExpiringSoon: number }, dutyRosters: Array<{ __typename?: 'DutyRoster', id: string, level: DutyLevel, regionCode: string, departmentCode: string, shifts: Array<{ __typename?: 'DutyShift', key: string, date: string, name: string, startsAt: string, endsAt: string, assignments: Array<{ __typename?: 'DutyAssignment', role: DutyRole, name: string, phone?: string | null, presence?: DutyPresence | null }> }> }>, incidents: Array<{ __typename?: 'Incident', id: string, title: string, level: IncidentLevel, regionCode: string, reports: Array<{ __typename?: 'IncidentReportObligation', key: string, kind: IncidentReportKind, dueAt: string, filedAt?: string | null, late: boolean, warnedAt?: string | null, missedAt?: string | null }> }> };

export type DutyResourcesQueryVariables = Exact<{
  filter?: InputMaybe<EmergencyResourceFilter>;
}>;


export type DutyResourcesQuery = { __typename?: 'Query', emergencyResources: Array<{ __typename?: 'EmergencyResource', id: string, kind: EmergencyResourceKind, name: string, regionCode: string, departmentCode: string, base: string, teamType?: RescueTeamType | null, headcount: number, onDuty: number, leader?: string | null, dutyPhone?: string | null, lastDrillOn?: string | null, ready: boolean, stock: Array<{ __typename?: 'StockLine', code: string, name: string, quantity: number, unit: string, condition: StockCondition, expiresOn?: string | null, ready: boolean }> }> };

export type DutyRostersQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyRostersQuery = { __typename?: 'Query', dutyRoleRules?: { __typename?: 'DutyRoleRules', version: number, source: string, city: Array<DutyRole>, district: Array<DutyRole> } | null, dutyRosters: Array<{ __typename?: 'DutyRoster', id: string, version: number, level: DutyLevel, regionCode: string, departmentCode: string, requiredRoles: Array<DutyRole>, openHandoverItems: Array<string>, shifts: Array<{ __typename?: 'DutyShift', key: string, date: string, name: string, startsAt: string, endsAt: string, assignments: Array<{ __typename?: 'DutyAssignment', role: DutyRole, name: string, phone?: string | null, presence?: DutyPresence | null }> }>, swaps: Array<{ __typename?: 'DutySwap', id: string, shift: string, role: DutyRole, fromName: string, toName: string, reason: string, status: string }>, handovers: Array<{ __typename?: 'DutyHandover', id: string, at: string, fromShift: string, toShift: string, pendingItems: Array<string>, notes?: string | null, confirmedAt?: string | null, confirmedBy?: string | null }> }> };

export type DutyPublishRosterMutationVariables = Exact<{
  input: PublishRosterInput;
}>;


export type DutyPublishRosterMutation = { __typename?: 'Mutation', publishRoster: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyRequestSwapMutationVariables = Exact<{
  input: RequestDutySwapInput;
}>;


export type DutyRequestSwapMutation = { __typename?: 'Mutation', requestDutySwap: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyDecideSwapMutationVariables = Exact<{
  input: DecideDutySwapInput;
}>;


export type DutyDecideSwapMutation = { __typename?: 'Mutation', decideDutySwap: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyRecordPresenceMutationVariables = Exact<{
  input: RecordDutyPresenceInput;
}>;


export type DutyRecordPresenceMutation = { __typename?: 'Mutation', recordDutyPresence: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyHandOverMutationVariables = Exact<{
  input: HandOverDutyInput;
}>;


export type DutyHandOverMutation = { __typename?: 'Mutation', handOverDuty: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyConfirmHandoverMutationVariables = Exact<{
  input: ConfirmHandoverInput;
}>;


export type DutyConfirmHandoverMutation = { __typename?: 'Mutation', confirmHandover: { __typename?: 'DutyRoster', id: string, version: number } };

export type DutyLogQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyLogQuery = { __typename?: 'Query', dutyLog: Array<{ __typename?: 'DutyLogEntry', id: string, version: number, regionCode: string, departmentCode: string, receivedAt: string, channel: DutyChannel, reporter: string, reporterPhone?: string | null, place?: string | null, summary: string, measures?: string | null, instructions?: string | null, incidentId?: string | null, casualties: { __typename?: 'DutyCasualties', deaths: number, injuries: number, missing: number }, notified: Array<{ __typename?: 'DutyNotification', whom: string, at: string, by: string }> }> };

export type DutyRecordLogEntryMutationVariables = Exact<{
  input: RecordDutyLogEntryInput;
}>;


export type DutyRecordLogEntryMutation = { __typename?: 'Mutation', recordDutyLogEntry: { __typename?: 'DutyLogEntry', id: string, version: number } };

export type DutyRecordNotificationMutationVariables = Exact<{
  input: RecordDutyNotificationInput;
}>;


export type DutyRecordNotificationMutation = { __typename?: 'Mutation', recordDutyNotification: { __typename?: 'DutyLogEntry', id: string, version: number } };

export type DutyIncidentsQueryVariables = Exact<{
  filter?: InputMaybe<IncidentFilter>;
}>;


export type DutyIncidentsQuery = { __typename?: 'Query', incidents: Array<{ __typename?: 'Incident', id: string, version: number, title: string, level: IncidentLevel, sector: Sector, regionCode: string, departmentCode: string, place: string, summary: string, happenedAt: string, receivedAt: string, closedAt?: string | null, rulesVersion: number, rulesSource: string, casualties: { __typename?: 'Casualties', deaths: number, injuries: number, missing: number }, reports: Array<{ __typename?: 'IncidentReportObligation', key: string, kind: IncidentReportKind, dueAt: string, filedAt?: string | null, late: boolean, warnedAt?: string | null, missedAt?: string | null }> }> };

export type DutyRecordIncidentMutationVariables = Exact<{
  input: RecordIncidentInput;
}>;


export type DutyRecordIncidentMutation = { __typename?: 'Mutation', recordIncident: { __typename?: 'Incident', id: string, version: number } };

export type DutyFileIncidentReportMutationVariables = Exact<{
  input: FileIncidentReportInput;
}>;


export type DutyFileIncidentReportMutation = { __typename?: 'Mutation', fileIncidentReport: { __typename?: 'Incident', id: string, version: number } };

export type DutyReportCasualtyChangeMutationVariables = Exact<{
  input: ReportCasualtyChangeInput;
}>;


export type DutyReportCasualtyChangeMutation = { __typename?: 'Mutation', reportCasualtyChange: { __typename?: 'Incident', id: string, version: number } };

export type DutyCloseIncidentMutationVariables = Exact<{
  input: CloseIncidentInput;
}>;


export type DutyCloseIncidentMutation = { __typename?: 'Mutation', closeIncident: { __typename?: 'Incident', id: string, version: number } };

export type HazardListPageQueryVariables = Exact<{
  filter?: InputMaybe<HazardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  withCount: Scalars['Boolean']['input'];
}>;


export type HazardListPageQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', totalCount?: number, totalCountCapped?: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HazardEdge', cursor: string, node: { __typename?: 'Hazard', id: string, code: string, title: string, level: HazardLevel, status: HazardStatus, enterpriseName: string, regionCode: string, deadline?: string | null, overdue: boolean, escalationLevel: number, foundAt: string, version: number } }> } };

export type HazardListRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HazardListRegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string }>, departments: Array<{ __typename?: 'Department', code: string, name: string }> };

export type HazardListRowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HazardListRowQuery = { __typename?: 'Query', hazard?: { __typename?: 'Hazard', id: string, code: string, title: string, level: HazardLevel, status: HazardStatus, enterpriseName: string, regionCode: string, deadline?: string | null, overdue: boolean, escalationLevel: number, foundAt: string, version: number } | null };

export type OversightCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightCampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, from: string, to: string, regions: Array<string>, sectors: Array<Sector>, measures: { __typename?: 'CampaignMeasures', specialMeeting: boolean, supervisionRounds: boolean, listedMajorHazards: boolean, penaltyCases: boolean } }> };

export type OversightCampaignProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OversightCampaignProgressQuery = { __typename?: 'Query', campaignProgress?: { __typename?: 'CampaignProgress', meetings: number, supervisionRounds: number, leaderLedRounds: number, covertRounds: number, supervisionFindings: number, listedMajorHazards: number, listedMajorHazardsRectified: number, penaltyCases: number, hazardsFound: number, hazardsRectified: number, rectificationRate?: number | null, campaign: { __typename?: 'Campaign', id: string, version: number, name: string, from: string, to: string, regions: Array<string>, sectors: Array<Sector>, supervisionRounds: Array<string>, listedHazards: Array<string>, penaltyCases: Array<string>, teams: Array<{ __typename?: 'CampaignTeam', name: string, leader: string, leaderLed: boolean, members: Array<string>, experts: Array<string> }>, measures: { __typename?: 'CampaignMeasures', specialMeeting: boolean, supervisionRounds: boolean, listedMajorHazards: boolean, penaltyCases: boolean }, meetings: Array<{ __typename?: 'CampaignMeeting', heldOn: string, chairedBy: string, decisions: string, heldBy?: { __typename?: 'CampaignUnit', kind: CampaignUnitKind, code: string } | null }> }, coverage: Array<{ __typename?: 'CampaignCoverage', regionCode: string, sector: Sector, found: number, major: number, rectified: number }>, uncovered: Array<{ __typename?: 'CampaignGap', regionCode: string, sector: Sector }>, units: Array<{ __typename?: 'CampaignUnitMeasures', kind: CampaignUnitKind, code: string, meetingHeld: boolean, supervisionRounds: number, listedMajorHazards: number, listedMajorHazardsRectified: number, penaltyCases: number, hazardsFound?: number | null, hazardsRectified?: number | null }> } | null };

export type OversightsQueryVariables = Exact<{
  kind?: InputMaybe<Scalars['String']['input']>;
}>;


export type OversightsQuery = { __typename?: 'Query', oversights: Array<{ __typename?: 'Oversight', id: string, version: number, kind: string, title?: string | null, openedAt: string, targetKind?: string | null, targetCode?: string | null, targetName?: string | null, method?: SupervisionMethod | null, leaderLed?: boolean | null, leader?: string | null, enterpriseName?: string | null, enterpriseCreditCode?: string | null, bodyName?: string | null, approvalDocument?: string | null, item?: { __typename?: 'EnforcementItem', code: string, name: string } | null, inspectors: Array<{ __typename?: 'Inspector', name: string, certificateNo: string }>, findings: Array<{ __typename?: 'OversightFinding', at: string, description: string, kind?: string | null }>, notices: Array<{ __typename?: 'SupervisionNotice', at: string, kind: SupervisionNoticeKind, documentNumber?: string | null, note: string }> }> };

export type OversightInspectionHazardsQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightInspectionHazardsQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, level: HazardLevel, origin?: { __typename?: 'HazardOrigin', reference?: string | null } | null } }> } };

export type OversightListedMajorHazardsQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightListedMajorHazardsQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', edges: Array<{ __typename?: 'HazardEdge', node: { __typename?: 'Hazard', id: string, code: string, title: string, regionCode: string } }> } };

export type OversightEnforcementBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightEnforcementBodiesQuery = { __typename?: 'Query', enforcementBodies: Array<{ __typename?: 'EnforcementBody', code: string, name: string, departmentCode: string, items: Array<{ __typename?: 'EnforcementItem', code: string, name: string }> }> };

export type OversightCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type OversightCreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, version: number } };

export type OversightRecordMeetingMutationVariables = Exact<{
  input: RecordSpecialMeetingInput;
}>;


export type OversightRecordMeetingMutation = { __typename?: 'Mutation', recordSpecialMeeting: { __typename?: 'Campaign', id: string, version: number } };

export type OversightAddRoundMutationVariables = Exact<{
  input: AddSupervisionRoundInput;
}>;


export type OversightAddRoundMutation = { __typename?: 'Mutation', addSupervisionRound: { __typename?: 'Campaign', id: string, version: number } };

export type OversightAddListedMutationVariables = Exact<{
  input: AddListedHazardInput;
}>;


export type OversightAddListedMutation = { __typename?: 'Mutation', addListedHazard: { __typename?: 'Campaign', id: string, version: number } };

export type OversightOpenCaseMutationVariables = Exact<{
  input: OpenPenaltyCaseInput;
}>;


export type OversightOpenCaseMutation = { __typename?: 'Mutation', openPenaltyCase: { __typename?: 'Campaign', id: string, version: number } };

export type OversightOpenSupervisionMutationVariables = Exact<{
  input: OpenSupervisionInput;
}>;


export type OversightOpenSupervisionMutation = { __typename?: 'Mutation', openSupervision: { __typename?: 'Oversight', id: string, version: number } };

export type OversightSupervisionFindingMutationVariables = Exact<{
  input: RecordSupervisionFindingInput;
}>;


export type OversightSupervisionFindingMutation = { __typename?: 'Mutation', recordSupervisionFinding: { __typename?: 'Oversight', id: string, version: number } };

export type OversightNoticeMutationVariables = Exact<{
  input: IssueSupervisionNoticeInput;
}>;


export type OversightNoticeMutation = { __typename?: 'Mutation', issueSupervisionNotice: { __typename?: 'Oversight', id: string, version: number } };

export type OversightOpenInspectionMutationVariables = Exact<{
  input: OpenInspectionInput;
}>;


export type OversightOpenInspectionMutation = { __typename?: 'Mutation', openInspection: { __typename?: 'Oversight', id: string, version: number } };

export type OversightInspectionFindingMutationVariables = Exact<{
  input: RecordInspectionFindingInput;
}>;


export type OversightInspectionFindingMutation = { __typename?: 'Mutation', recordInspectionFinding: { __typename?: 'InspectionFindingPayload', inspection: { __typename?: 'Oversight', id: string, version: number }, hazard?: { __typename?: 'Hazard', id: string, code: string } | null } };

export type RegisterOverviewQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterOverviewQuery = { __typename?: 'Query', registerOverview: Array<{ __typename?: 'RegisterOverviewRow', regionCode: string, sector: Sector, enterprises: number, keyUnits: number, keyUnitsVerifiedOnSite: number, keyParts: number, keyPartsVerifiedOnSite: number, majorHazardSources: number, majorHazardSourcesByLevel: Array<number>, majorHazardSourcesVerifiedOnSite: number, majorHazardSourcesWithOverduePatrols: number, majorHazardSourcesWithVacantRoles: number, keyUnitsByColour: { __typename?: 'RiskColourCounts', red: number, orange: number, yellow: number, blue: number } }> };

export type RegisterEnterprisesQueryVariables = Exact<{
  filter?: InputMaybe<EnterpriseFilterInput>;
}>;


export type RegisterEnterprisesQuery = { __typename?: 'Query', enterprises: Array<{ __typename?: 'Enterprise', id: string, creditCode: string, version: number, name: string, regionCode: string, departmentCode: string, sector: Sector, address: string, keyUnit?: { __typename?: 'KeyUnit', riskColour: RiskColour, riskColourLabel: string, basis: string, since: string } | null, keyParts: Array<{ __typename?: 'KeyPart', id: string, name: string, location: string, responsibleName: string, responsiblePhone?: string | null, siteVerification?: { __typename?: 'SiteVerification', at: string, result: SiteVerificationResult } | null }>, majorHazardSources: Array<{ __typename?: 'MajorHazardSource', id: string, name: string }>, siteVerification?: { __typename?: 'SiteVerification', at: string, result: SiteVerificationResult, verifiers: Array<string>, discrepancies: Array<string>, evidenceHashes: Array<string> } | null }> };

export type RegisterSourcesQueryVariables = Exact<{
  filter?: InputMaybe<MajorHazardSourceFilter>;
}>;


export type RegisterSourcesQuery = { __typename?: 'Query', majorHazardSources: Array<{ __typename?: 'MajorHazardSource', id: string, version: number, name: string, enterpriseName: string, enterpriseCreditCode?: string | null, unitKind: HazardUnitKind, location: string, regionCode: string, departmentCode: string, reassessmentDue: boolean, vacantRoles: Array<ResponsibleRole>, overduePatrols: Array<ResponsibleRole>, assessment?: { __typename?: 'MajorHazardSourceAssessment', isMajor: boolean, level?: number | null, r: number, population500m: number, assessedAt: string, reassessBy: string } | null, responsiblePersons: Array<{ __typename?: 'ResponsiblePerson', role: ResponsibleRole, roleLabel: string, name: string, phone?: string | null, lastPatrolAt?: string | null, patrolOverdue: boolean, patrolOverdueReason?: string | null }>, siteVerification?: { __typename?: 'SiteVerification', at: string, result: SiteVerificationResult, verifiers: Array<string>, discrepancies: Array<string>, evidenceHashes: Array<string> } | null }> };

export type RegisterGradeQueryVariables = Exact<{
  input: MajorHazardGradeInput;
}>;


export type RegisterGradeQuery = { __typename?: 'Query', majorHazardGrade: { __typename?: 'MajorHazardGrade', standard: string, isMajor: boolean, level?: number | null, r: number, s: number, alpha: number, terms: Array<{ __typename?: 'MajorHazardGradeTerm', name: string, quantityTonnes: number, criticalQuantity: number, beta: number, ratio: number }> } };

export type RegisterRecordPatrolMutationVariables = Exact<{
  input: RecordPatrolInput;
}>;


export type RegisterRecordPatrolMutation = { __typename?: 'Mutation', recordPatrol: { __typename?: 'PatrolPayload', source: { __typename?: 'MajorHazardSource', id: string, version: number, overduePatrols: Array<ResponsibleRole> }, hazards: Array<{ __typename?: 'Hazard', id: string, code: string }> } };

export type RegisterVerifySourceMutationVariables = Exact<{
  input: VerifySourceOnSiteInput;
}>;


export type RegisterVerifySourceMutation = { __typename?: 'Mutation', verifySourceOnSite: { __typename?: 'PatrolPayload', source: { __typename?: 'MajorHazardSource', id: string, version: number }, hazards: Array<{ __typename?: 'Hazard', id: string, code: string }> } };

export type RegisterVerifyEnterpriseMutationVariables = Exact<{
  input: VerifyEnterpriseOnSiteInput;
}>;


export type RegisterVerifyEnterpriseMutation = { __typename?: 'Mutation', verifyEnterpriseOnSite: { __typename?: 'EnterpriseVerificationPayload', enterprise: { __typename?: 'Enterprise', id: string, version: number }, hazards: Array<{ __typename?: 'Hazard', id: string, code: string }> } };

export type RegisterChemicalsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterChemicalsQuery = { __typename?: 'Query', hazardousChemicals: Array<{ __typename?: 'HazardousChemical', name: string, cas?: string | null, aliases: Array<string>, criticalQuantity: number, beta: number, standard: string }> };

export type RegisterCadenceQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterCadenceQuery = { __typename?: 'Query', patrolCadence?: { __typename?: 'PatrolCadence', version: number, source: string, savedAt?: string | null, rules: Array<{ __typename?: 'PatrolCadenceRule', role: ResponsibleRole, everyDays: number, beforeHolidaysWithinDays?: number | null, beforeMajorEventsWithinDays?: number | null }> } | null };

export type RegisterEnterpriseMutationVariables = Exact<{
  input: RegisterEnterpriseInput;
}>;


export type RegisterEnterpriseMutation = { __typename?: 'Mutation', registerEnterprise: { __typename?: 'Enterprise', id: string, creditCode: string, version: number } };

export type RegisterDesignateKeyUnitMutationVariables = Exact<{
  input: DesignateKeyUnitInput;
}>;


export type RegisterDesignateKeyUnitMutation = { __typename?: 'Mutation', designateKeyUnit: { __typename?: 'Enterprise', id: string, version: number, keyUnit?: { __typename?: 'KeyUnit', riskColour: RiskColour } | null } };

export type RegisterAddKeyPartMutationVariables = Exact<{
  input: AddKeyPartInput;
}>;


export type RegisterAddKeyPartMutation = { __typename?: 'Mutation', addKeyPart: { __typename?: 'Enterprise', id: string, version: number } };

export type RegisterSourceMutationVariables = Exact<{
  input: RegisterMajorHazardSourceInput;
}>;


export type RegisterSourceMutation = { __typename?: 'Mutation', registerMajorHazardSource: { __typename?: 'MajorHazardSource', id: string, version: number } };

export type RegisterAssessSourceMutationVariables = Exact<{
  input: AssessMajorHazardSourceInput;
}>;


export type RegisterAssessSourceMutation = { __typename?: 'Mutation', assessMajorHazardSource: { __typename?: 'MajorHazardSource', id: string, version: number, assessment?: { __typename?: 'MajorHazardSourceAssessment', level?: number | null, isMajor: boolean, r: number } | null } };

export type RegisterAssignPersonMutationVariables = Exact<{
  input: AssignResponsiblePersonInput;
}>;


export type RegisterAssignPersonMutation = { __typename?: 'Mutation', assignResponsiblePerson: { __typename?: 'MajorHazardSource', id: string, version: number, vacantRoles: Array<ResponsibleRole> } };

export type PeriodReportQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeriodReportQuery = { __typename?: 'Query', periodReport: { __typename?: 'HazardReport', kind: string, from?: string | null, to: string, departmentCode: string, departmentName: string, regionCode?: string | null, unitName: string, tier: ReportingTier, status: ReportStatus, cutoff: string, contentHash: string, xlsxSha256: string, xlsxUrl: string, csvUrls: Array<string>, dueAt?: string | null, late: boolean, submittedAt?: string | null, submittedBy?: string | null, documentNumber?: string | null, receipt?: { __typename?: 'ReportReceipt', number: string, submittedAt: string, submittedBy: string, late: boolean, dueAt?: string | null, documentNumber?: string | null, contentHash: string } | null, attachment1: Array<{ __typename?: 'ReportHazardRow', hazardId: string, seq: number, code: string, region: string, sector: string, enterpriseName: string, level: string, foundDate: string, deadline: string, status?: string | null, overdue?: string | null, completedDate?: string | null, verification?: string | null, closedDate?: string | null, newlyRectified: boolean }>, attachment2: Array<{ __typename?: 'ReportHazardRow', hazardId: string, seq: number, code: string, region: string, sector: string, enterpriseName: string, level: string, foundDate: string, deadline: string, status?: string | null, overdue?: string | null, completedDate?: string | null, verification?: string | null, closedDate?: string | null, newlyRectified: boolean }>, attachment3: { __typename?: 'ReportStatistics', byRegion: Array<{ __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number }>, bySector: Array<{ __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number }>, total: { __typename?: 'ReportStatisticsRow', label: string, foundGeneral: number, foundMajor: number, bySelfInspection: number, byDepartment: number, byCovert: number, byOther: number, rectifiedGeneral: number, rectifiedMajor: number, rectificationRate: string, onTimeRate: string, openNotDue: number, openOverdue: number, listedCounty: number, listedCity: number, listedProvince: number, listedClosed: number, suspended: number, suspendedWithMonitors: number, fines: number, fineAmount: number, suspensionsForRectification: number, closures: number, newToday: number, closedToday: number, cumulative: number } } } };

export type SubmitPeriodReportMutationVariables = Exact<{
  input: SubmitPeriodReportInput;
}>;


export type SubmitPeriodReportMutation = { __typename?: 'Mutation', submitPeriodReport: { __typename?: 'HazardReport', from?: string | null, to: string, status: ReportStatus, contentHash: string, receipt?: { __typename?: 'ReportReceipt', number: string, submittedAt: string, late: boolean } | null } };

export const HazardDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<HazardDetailFieldsFragment, unknown>;
export const ReportHazardRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHazardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"foundDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedDate"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"newlyRectified"}}]}}]} as unknown as DocumentNode<ReportHazardRowFieldsFragment, unknown>;
export const ReportStatisticsRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"foundGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"foundMajor"}},{"kind":"Field","name":{"kind":"Name","value":"bySelfInspection"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"byCovert"}},{"kind":"Field","name":{"kind":"Name","value":"byOther"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedMajor"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openNotDue"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"listedCounty"}},{"kind":"Field","name":{"kind":"Name","value":"listedCity"}},{"kind":"Field","name":{"kind":"Name","value":"listedProvince"}},{"kind":"Field","name":{"kind":"Name","value":"listedClosed"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWithMonitors"}},{"kind":"Field","name":{"kind":"Name","value":"fines"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionsForRectification"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"newToday"}},{"kind":"Field","name":{"kind":"Name","value":"closedToday"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}}]} as unknown as DocumentNode<ReportStatisticsRowFieldsFragment, unknown>;
export const AuditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const AuditAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOfBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AuditAsOfQuery, AuditAsOfQueryVariables>;
export const HazardDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<HazardDetailQuery, HazardDetailQueryVariables>;
export const CommandListHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandListHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandListHazardMutation, CommandListHazardMutationVariables>;
export const CommandSuperviseHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandSuperviseHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandSuperviseHazardMutation, CommandSuperviseHazardMutationVariables>;
export const CommandReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandReportProgressMutation, CommandReportProgressMutationVariables>;
export const CommandSubmitRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandSubmitRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandSubmitRectificationMutation, CommandSubmitRectificationMutationVariables>;
export const CommandVerifyRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandVerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandVerifyRectificationMutation, CommandVerifyRectificationMutationVariables>;
export const CommandRectifyOnSpotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRectifyOnSpot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectifyOnSpotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifyOnSpot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRectifyOnSpotMutation, CommandRectifyOnSpotMutationVariables>;
export const CommandRequestDeadlineExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRequestDeadlineExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeadlineExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeadlineExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRequestDeadlineExtensionMutation, CommandRequestDeadlineExtensionMutationVariables>;
export const CommandDecideDeadlineExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandDecideDeadlineExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDeadlineExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeadlineExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandDecideDeadlineExtensionMutation, CommandDecideDeadlineExtensionMutationVariables>;
export const CommandSuspendOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandSuspendOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendOperationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandSuspendOperationsMutation, CommandSuspendOperationsMutationVariables>;
export const CommandRecordStandbyCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRecordStandbyCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStandbyCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStandbyCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRecordStandbyCheckMutation, CommandRecordStandbyCheckMutationVariables>;
export const CommandRecordEnforcementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRecordEnforcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEnforcementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEnforcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRecordEnforcementMutation, CommandRecordEnforcementMutationVariables>;
export const CommandCancelHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandCancelHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandCancelHazardMutation, CommandCancelHazardMutationVariables>;
export const CommandResumeOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandResumeOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeOperationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandResumeOperationsMutation, CommandResumeOperationsMutationVariables>;
export const CommandRotateStandbyMonitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRotateStandbyMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateStandbyMonitorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateStandbyMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRotateStandbyMonitorsMutation, CommandRotateStandbyMonitorsMutationVariables>;
export const CommandRequestRegradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRequestRegrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRegradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRegrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRequestRegradeMutation, CommandRequestRegradeMutationVariables>;
export const CommandDecideRegradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandDecideRegrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRegradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRegrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandDecideRegradeMutation, CommandDecideRegradeMutationVariables>;
export const CommandTransferHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandTransferHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandTransferHazardMutation, CommandTransferHazardMutationVariables>;
export const CommandAmendEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandAmendEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandAmendEnterpriseMutation, CommandAmendEnterpriseMutationVariables>;
export const CommandIssueSupervisionLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandIssueSupervisionLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSupervisionLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSupervisionLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandIssueSupervisionLetterMutation, CommandIssueSupervisionLetterMutationVariables>;
export const CommandRecordInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRecordInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRecordInterviewMutation, CommandRecordInterviewMutationVariables>;
export const CommandRaiseListingLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandRaiseListingLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseListingLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseListingLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HazardDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HazardDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"judgementBasis"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"listedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkInterval"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkCount"}},{"kind":"Field","name":{"kind":"Name","value":"productionObservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}},{"kind":"Field","name":{"kind":"Name","value":"onSpot"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regradeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CommandRaiseListingLevelMutation, CommandRaiseListingLevelMutationVariables>;
export const HazardRegionNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardRegionNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HazardRegionNamesQuery, HazardRegionNamesQueryVariables>;
export const LiveHazardEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveHazardEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]} as unknown as DocumentNode<LiveHazardEventSubscription, LiveHazardEventSubscriptionVariables>;
export const CommandReportHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommandReportHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommandReportHazardMutation, CommandReportHazardMutationVariables>;
export const AuditHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AuditHazardQuery, AuditHazardQueryVariables>;
export const AuditVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyHazardHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstBadVersion"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"matchesReadModel"}},{"kind":"Field","name":{"kind":"Name","value":"matchesCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"matchesWorkflow"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<AuditVerifyQuery, AuditVerifyQueryVariables>;
export const AuditLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLookupQuery, AuditLookupQueryVariables>;
export const AuditBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardAuditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AuditBundleQuery, AuditBundleQueryVariables>;
export const ReportDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportDepartmentsQuery, ReportDepartmentsQueryVariables>;
export const ReportDailyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDaily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxSha256"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousReportDate"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrls"}},{"kind":"Field","name":{"kind":"Name","value":"attachment1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHazardRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHazardRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHazardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"foundDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedDate"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"newlyRectified"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"foundGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"foundMajor"}},{"kind":"Field","name":{"kind":"Name","value":"bySelfInspection"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"byCovert"}},{"kind":"Field","name":{"kind":"Name","value":"byOther"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedMajor"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openNotDue"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"listedCounty"}},{"kind":"Field","name":{"kind":"Name","value":"listedCity"}},{"kind":"Field","name":{"kind":"Name","value":"listedProvince"}},{"kind":"Field","name":{"kind":"Name","value":"listedClosed"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWithMonitors"}},{"kind":"Field","name":{"kind":"Name","value":"fines"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionsForRectification"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"newToday"}},{"kind":"Field","name":{"kind":"Name","value":"closedToday"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}}]} as unknown as DocumentNode<ReportDailyQuery, ReportDailyQueryVariables>;
export const ReportSubmitDailyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSubmitDaily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDailyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDailyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]} as unknown as DocumentNode<ReportSubmitDailyMutation, ReportSubmitDailyMutationVariables>;
export const ReportSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<ReportSubmissionsQuery, ReportSubmissionsQueryVariables>;
export const InboxCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toList"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FOUND"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"MAJOR"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toSupervise"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LISTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toRectify"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUPERVISED"},{"kind":"EnumValue","value":"SUSPENDED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"pendingVerification"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toVerify"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingVerification"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"extensions"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"extensionRequested"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"standby"},"name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUSPENDED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxCountsQuery, InboxCountsQueryVariables>;
export const OverdueHazardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueHazards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueHazardsQuery, OverdueHazardsQueryVariables>;
export const OverdueRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OverdueRegionsQuery, OverdueRegionsQueryVariables>;
export const DutyNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DutyNamesQuery, DutyNamesQueryVariables>;
export const DutyDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dutyLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"openHandoverItems"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"teamsReady"}},{"kind":"Field","name":{"kind":"Name","value":"depots"}},{"kind":"Field","name":{"kind":"Name","value":"depotsReady"}},{"kind":"Field","name":{"kind":"Name","value":"peopleOnDuty"}},{"kind":"Field","name":{"kind":"Name","value":"stockExpiringSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyRosters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DutyDeskQuery, DutyDeskQueryVariables>;
export const DutyResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"teamType"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastDrillOn"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}}]}}]} as unknown as DocumentNode<DutyResourcesQuery, DutyResourcesQueryVariables>;
export const DutyRostersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRoleRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyRosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}},{"kind":"Field","name":{"kind":"Name","value":"openHandoverItems"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"swaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromShift"}},{"kind":"Field","name":{"kind":"Name","value":"toShift"}},{"kind":"Field","name":{"kind":"Name","value":"pendingItems"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}}]}}]}}]}}]} as unknown as DocumentNode<DutyRostersQuery, DutyRostersQueryVariables>;
export const DutyPublishRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyPublishRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyPublishRosterMutation, DutyPublishRosterMutationVariables>;
export const DutyRequestSwapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRequestSwap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDutySwapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDutySwap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRequestSwapMutation, DutyRequestSwapMutationVariables>;
export const DutyDecideSwapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDecideSwap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDutySwapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDutySwap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyDecideSwapMutation, DutyDecideSwapMutationVariables>;
export const DutyRecordPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyPresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRecordPresenceMutation, DutyRecordPresenceMutationVariables>;
export const DutyHandOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverDutyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyHandOverMutation, DutyHandOverMutationVariables>;
export const DutyConfirmHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyConfirmHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmHandoverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyConfirmHandoverMutation, DutyConfirmHandoverMutationVariables>;
export const DutyLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"casualties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deaths"}},{"kind":"Field","name":{"kind":"Name","value":"injuries"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"notified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whom"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]}}]} as unknown as DocumentNode<DutyLogQuery, DutyLogQueryVariables>;
export const DutyRecordLogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordLogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyLogEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyLogEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRecordLogEntryMutation, DutyRecordLogEntryMutationVariables>;
export const DutyRecordNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRecordNotificationMutation, DutyRecordNotificationMutationVariables>;
export const DutyIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rulesSource"}},{"kind":"Field","name":{"kind":"Name","value":"casualties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deaths"}},{"kind":"Field","name":{"kind":"Name","value":"injuries"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DutyIncidentsQuery, DutyIncidentsQueryVariables>;
export const DutyRecordIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRecordIncidentMutation, DutyRecordIncidentMutationVariables>;
export const DutyFileIncidentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyFileIncidentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileIncidentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileIncidentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyFileIncidentReportMutation, DutyFileIncidentReportMutationVariables>;
export const DutyReportCasualtyChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyReportCasualtyChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCasualtyChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCasualtyChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyReportCasualtyChangeMutation, DutyReportCasualtyChangeMutationVariables>;
export const DutyCloseIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCloseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyCloseIncidentMutation, DutyCloseIncidentMutationVariables>;
export const HazardListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HazardListPageQuery, HazardListPageQueryVariables>;
export const HazardListRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardListRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HazardListRegionsQuery, HazardListRegionsQueryVariables>;
export const HazardListRowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HazardListRow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<HazardListRowQuery, HazardListRowQueryVariables>;
export const OversightCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazards"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"}}]}}]}}]}}]} as unknown as DocumentNode<OversightCampaignsQuery, OversightCampaignsQueryVariables>;
export const OversightCampaignProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightCampaignProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"leaderLed"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazards"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"chairedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"}},{"kind":"Field","name":{"kind":"Name","value":"listedHazards"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"}},{"kind":"Field","name":{"kind":"Name","value":"leaderLedRounds"}},{"kind":"Field","name":{"kind":"Name","value":"covertRounds"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionFindings"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazards"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsFound"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"rectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meetingHeld"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazards"}},{"kind":"Field","name":{"kind":"Name","value":"listedMajorHazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsFound"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsRectified"}}]}}]}}]}}]} as unknown as DocumentNode<OversightCampaignProgressQuery, OversightCampaignProgressQueryVariables>;
export const OversightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Oversights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"leaderLed"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalDocument"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<OversightsQuery, OversightsQueryVariables>;
export const OversightInspectionHazardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightInspectionHazards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"originKind"},"value":{"kind":"EnumValue","value":"INSPECTION"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OversightInspectionHazardsQuery, OversightInspectionHazardsQueryVariables>;
export const OversightListedMajorHazardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightListedMajorHazards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"MAJOR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LISTED"},{"kind":"EnumValue","value":"SUPERVISED"},{"kind":"EnumValue","value":"SUSPENDED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OversightListedMajorHazardsQuery, OversightListedMajorHazardsQueryVariables>;
export const OversightEnforcementBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightEnforcementBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OversightEnforcementBodiesQuery, OversightEnforcementBodiesQueryVariables>;
export const OversightCreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightCreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightCreateCampaignMutation, OversightCreateCampaignMutationVariables>;
export const OversightRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSpecialMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSpecialMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightRecordMeetingMutation, OversightRecordMeetingMutationVariables>;
export const OversightAddRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightAddRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupervisionRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupervisionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightAddRoundMutation, OversightAddRoundMutationVariables>;
export const OversightAddListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightAddListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddListedHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addListedHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightAddListedMutation, OversightAddListedMutationVariables>;
export const OversightOpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightOpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPenaltyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPenaltyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightOpenCaseMutation, OversightOpenCaseMutationVariables>;
export const OversightOpenSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightOpenSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightOpenSupervisionMutation, OversightOpenSupervisionMutationVariables>;
export const OversightSupervisionFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightSupervisionFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightSupervisionFindingMutation, OversightSupervisionFindingMutationVariables>;
export const OversightNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSupervisionNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSupervisionNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightNoticeMutation, OversightNoticeMutationVariables>;
export const OversightOpenInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightOpenInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OversightOpenInspectionMutation, OversightOpenInspectionMutationVariables>;
export const OversightInspectionFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OversightInspectionFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OversightInspectionFindingMutation, OversightInspectionFindingMutationVariables>;
export const RegisterOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"keyUnits"}},{"kind":"Field","name":{"kind":"Name","value":"keyUnitsByColour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"orange"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"blue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyUnitsVerifiedOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"keyParts"}},{"kind":"Field","name":{"kind":"Name","value":"keyPartsVerifiedOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSources"}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSourcesByLevel"}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSourcesVerifiedOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSourcesWithOverduePatrols"}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSourcesWithVacantRoles"}}]}}]}}]} as unknown as DocumentNode<RegisterOverviewQuery, RegisterOverviewQueryVariables>;
export const RegisterEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"keyUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskColour"}},{"kind":"Field","name":{"kind":"Name","value":"riskColourLabel"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePhone"}},{"kind":"Field","name":{"kind":"Name","value":"siteVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"majorHazardSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siteVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"verifiers"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterEnterprisesQuery, RegisterEnterprisesQueryVariables>;
export const RegisterSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorHazardSourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorHazardSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isMajor"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"population500m"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reassessBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reassessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"lastPatrolAt"}},{"kind":"Field","name":{"kind":"Name","value":"patrolOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"patrolOverdueReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacantRoles"}},{"kind":"Field","name":{"kind":"Name","value":"overduePatrols"}},{"kind":"Field","name":{"kind":"Name","value":"siteVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"verifiers"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHashes"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterSourcesQuery, RegisterSourcesQueryVariables>;
export const RegisterGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorHazardGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorHazardGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"isMajor"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"s"}},{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantityTonnes"}},{"kind":"Field","name":{"kind":"Name","value":"criticalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"beta"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterGradeQuery, RegisterGradeQueryVariables>;
export const RegisterRecordPatrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRecordPatrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPatrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPatrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overduePatrols"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hazards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterRecordPatrolMutation, RegisterRecordPatrolMutationVariables>;
export const RegisterVerifySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVerifySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifySourceOnSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySourceOnSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hazards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterVerifySourceMutation, RegisterVerifySourceMutationVariables>;
export const RegisterVerifyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVerifyEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEnterpriseOnSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEnterpriseOnSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hazards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterVerifyEnterpriseMutation, RegisterVerifyEnterpriseMutationVariables>;
export const RegisterChemicalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterChemicals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardousChemicals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cas"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"criticalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"beta"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}}]}}]} as unknown as DocumentNode<RegisterChemicalsQuery, RegisterChemicalsQueryVariables>;
export const RegisterCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterCadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrolCadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"beforeHolidaysWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"beforeMajorEventsWithinDays"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCadenceQuery, RegisterCadenceQueryVariables>;
export const RegisterEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterEnterpriseMutation, RegisterEnterpriseMutationVariables>;
export const RegisterDesignateKeyUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDesignateKeyUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateKeyUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateKeyUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"keyUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskColour"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDesignateKeyUnitMutation, RegisterDesignateKeyUnitMutationVariables>;
export const RegisterAddKeyPartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAddKeyPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddKeyPartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addKeyPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterAddKeyPartMutation, RegisterAddKeyPartMutationVariables>;
export const RegisterSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMajorHazardSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMajorHazardSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterSourceMutation, RegisterSourceMutationVariables>;
export const RegisterAssessSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAssessSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessMajorHazardSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessMajorHazardSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isMajor"}},{"kind":"Field","name":{"kind":"Name","value":"r"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterAssessSourceMutation, RegisterAssessSourceMutationVariables>;
export const RegisterAssignPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAssignPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignResponsiblePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignResponsiblePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"vacantRoles"}}]}}]}}]} as unknown as DocumentNode<RegisterAssignPersonMutation, RegisterAssignPersonMutationVariables>;
export const PeriodReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxSha256"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrls"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHazardRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportHazardRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportStatisticsRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHazardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"foundDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedDate"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"newlyRectified"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"foundGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"foundMajor"}},{"kind":"Field","name":{"kind":"Name","value":"bySelfInspection"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"byCovert"}},{"kind":"Field","name":{"kind":"Name","value":"byOther"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedMajor"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openNotDue"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"listedCounty"}},{"kind":"Field","name":{"kind":"Name","value":"listedCity"}},{"kind":"Field","name":{"kind":"Name","value":"listedProvince"}},{"kind":"Field","name":{"kind":"Name","value":"listedClosed"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWithMonitors"}},{"kind":"Field","name":{"kind":"Name","value":"fines"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionsForRectification"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"newToday"}},{"kind":"Field","name":{"kind":"Name","value":"closedToday"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}}]} as unknown as DocumentNode<PeriodReportQuery, PeriodReportQueryVariables>;
export const SubmitPeriodReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPeriodReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPeriodReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPeriodReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPeriodReportMutation, SubmitPeriodReportMutationVariables>;