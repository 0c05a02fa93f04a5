import type { ColumnType, Generated, RawBuilder, Selectable } from 'kysely';
import type {
  DutyLogEntry,
  EnterpriseState,
  HazardState,
  IncidentState,
  OversightState,
  ResourceState,
  RosterState,
  SourceState,
} from '@hazard/domain';

type RawBuilderLike = RawBuilder<number>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;
/** A jsonb column holding a known shape: read as `T`, written as its JSON text. */
type JsonOf<T> = ColumnType<T, string, string>;

export interface StreamsTable {
  stream_id: string;
  stream_type: string;
  version: number;
  head_hash: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EventsTable {
  global_position: Generated<string>;
  stream_id: string;
  version: number;
  event_id: string;
  command_id: string;
  type: string;
  /** The exact RFC 8785 text that was hashed; `data` and `metadata` are derived copies for queries. */
  canonical: string;
  data: Json;
  metadata: Json;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  prev_hash: string;
  hash: string;
  transaction_id: Generated<string>;
  stored_at: Generated<Date>;
}

export interface HazardsTable {
  id: string;
  code: string;
  stream_id: string;
  version: number;
  status: string;
  level: string;
  sector: string;
  region_code: string;
  department_code: string;
  title: string;
  enterprise_name: string;
  enterprise_credit_code: string | null;
  source: string;
  origin_kind: string | null;
  origin_source_id: string | null;
  listing_level: string | null;
  found_at: Timestamp;
  deadline: Timestamp | null;
  pending_verification: boolean;
  escalation_level: number;
  rectified_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  updated_at: Timestamp;
  state: JsonOf<HazardState>;
}

export interface RegionsTable {
  code: string;
  name: string;
  kind: string;
  sort_order: number;
  active: Generated<boolean>;
}

export interface DepartmentsTable {
  code: string;
  name: string;
  sectors: string[];
  sort_order: number;
  active: Generated<boolean>;
  /** Whether each district has a counterpart unit (README, Reporting units). */
  has_district_units: Generated<boolean>;
  /** The version of the stream `department-<code>` the row was projected from. */
  version: Generated<number>;
}

/** Every version of every reporting unit, from its stream's events: what a unit was called, and supervised, when. */
export interface DepartmentVersionsTable {
  code: string;
  version: number;
  /** The event that made this version: DepartmentAdded, DepartmentRenamed, DepartmentSectorsChanged, DepartmentRetired. */
  change: string;
  name: string;
  sectors: string[];
  has_district_units: boolean;
  active: boolean;
  /** When it took effect (the event's occurred time; the seeded units' first versions 2000-01-01). */
  valid_from: Timestamp;
  recorded_at: Timestamp;
  /** Who: the actor's subject (`seed` for the seeded units) and name. */
  recorded_by: string;
  recorded_by_name: string;
  reason: string | null;
  event_id: string;
}

export interface HazardCodeCountersTable {
  region_code: string;
  year: number;
  last_value: number;
}

export interface EscalationPoliciesTable {
  id: string;
  version: ColumnType<number, number | RawBuilderLike, never>;
  name: string;
  rules: Json;
  created_at: Generated<Date>;
  created_by: string;
  note: string | null;
}

export interface HolidayCalendarTable {
  date: ColumnType<string, string, string>;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
}

export interface HolidayCalendarYearsTable {
  year: number;
  source: string;
}

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  secret: string;
  filter: Json;
  active: Generated<boolean>;
  description: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  subscription_id: string;
  event_id: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  succeeded: boolean;
  duration_ms: number;
  attempted_at: Generated<Date>;
}

export interface AuditCheckpointsTable {
  id: Generated<string>;
  created_at: Timestamp;
  stream_count: number;
  root: string;
  signed_text: string;
  signature: string;
  key_fingerprint: string;
  public_key: string;
}

export interface AuditCheckpointHeadsTable {
  checkpoint_id: string;
  position: number;
  stream_id: string;
  version: number;
  head_hash: string;
}

export interface DailyReportsTable {
  department_code: string;
  /** The district of a district unit's report; '*' for the city unit (docs/reporting-chain.md). */
  region_code: Generated<string>;
  kind: Generated<'DAILY' | 'PERIOD'>;
  /** A period report's first day; its last is the day before report_date. */
  period_from: string | null;
  report_date: string;
  /** When it was due, under which obligation version (null for reports from before the reporting chain). */
  due_at: Timestamp | null;
  obligation_id: string | null;
  obligation_version: number | null;
  cutoff: Timestamp;
  status: 'DRAFT' | 'SUBMITTED';
  content: string;
  content_hash: string;
  xlsx_sha256: string;
  /** Which renderer wrote the workbook whose hash is `xlsx_sha256` (1: ExcelJS, 2: streaming). */
  xlsx_renderer: number;
  drafted_at: Timestamp;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: Timestamp | null;
  late: Generated<boolean>;
  escalated_at: Timestamp | null;
}

export interface ReportingObligationsTable {
  id: string;
  version: number;
  document_number: string;
  title: string;
  units: string[];
  counting_from: string;
  city_cutoff: string;
  district_cutoff: string;
  remind_before_minutes: number;
  effective_from: string;
  ends_on: string | null;
  period_reports: Json;
  note: string | null;
  recorded_by: string;
  recorded_at: Generated<Timestamp>;
}

export interface HazardousChemicalsTable {
  id: Generated<number>;
  edition: string;
  name: string;
  cas: string | null;
  aliases: string[];
  critical_quantity_tonnes: number;
  beta: number;
  hazard_class: string;
  source_table: string;
}

export interface MajorHazardSourcesTable {
  id: string;
  stream_id: string;
  version: number;
  name: string;
  enterprise_name: string;
  region_code: string;
  department_code: string;
  is_major: boolean | null;
  level: number | null;
  reassess_by: Timestamp | null;
  state: JsonOf<SourceState>;
}

export interface EnforcementBodiesTable {
  code: string;
  name: string;
  department_code: string;
  items: Json;
  source: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface OversightRecordsTable {
  id: string;
  stream_id: string;
  kind: string;
  version: number;
  region_code: string | null;
  department_code: string | null;
  body_code: string | null;
  enterprise_credit_code: string | null;
  opened_at: Timestamp;
  state: JsonOf<OversightState>;
}

export interface EnterprisesTable {
  id: string;
  stream_id: string;
  version: number;
  name: string;
  region_code: string;
  department_code: string;
  sector: string;
  risk_colour: string | null;
  key_parts: number;
  verified_on_site: boolean;
  state: JsonOf<EnterpriseState>;
}

export interface PatrolCadencesTable {
  version: number;
  source: string;
  rules: Json;
  saved_at: Generated<Date>;
  saved_by: string;
}

export interface IncidentsTable {
  id: string;
  stream_id: string;
  version: number;
  level: string;
  sector: string;
  region_code: string;
  department_code: string;
  occurred_at: Timestamp;
  closed: boolean;
  next_due_at: Timestamp | null;
  overdue_reports: number;
  state: JsonOf<IncidentState>;
}

export interface DutyRecordsTable {
  id: string;
  stream_id: string;
  kind: string;
  version: number;
  region_code: string;
  department_code: string;
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  state: JsonOf<RosterState | DutyLogEntry | ResourceState>;
}

/** A file the server received and hashed (README "Evidence files"); immutable. */
export interface EvidenceFilesTable {
  sha256: string;
  /** bigint: node-postgres reads it as text. */
  size: ColumnType<string, number, never>;
  media_type: string;
  file_name: string | null;
  taken_at: Timestamp | null;
  latitude: number | null;
  longitude: number | null;
  uploaded_by: string;
  uploaded_by_name: string;
  uploaded_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface Database {
  streams: StreamsTable;
  evidence_files: EvidenceFilesTable;
  events: EventsTable;
  hazards: HazardsTable;
  regions: RegionsTable;
  departments: DepartmentsTable;
  department_versions: DepartmentVersionsTable;
  hazard_code_counters: HazardCodeCountersTable;
  escalation_policies: EscalationPoliciesTable;
  holiday_calendar: HolidayCalendarTable;
  holiday_calendar_years: HolidayCalendarYearsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_checkpoint_heads: AuditCheckpointHeadsTable;
  daily_reports: DailyReportsTable;
  reporting_obligations: ReportingObligationsTable;
  hazardous_chemicals: HazardousChemicalsTable;
  major_hazard_sources: MajorHazardSourcesTable;
  enforcement_bodies: EnforcementBodiesTable;
  oversight_records: OversightRecordsTable;
  enterprises: EnterprisesTable;
  patrol_cadences: PatrolCadencesTable;
  incidents: IncidentsTable;
  incident_rules: PatrolCadencesTable;
  duty_records: DutyRecordsTable;
  duty_role_rules: PatrolCadencesTable;
}

export type EventRow = Selectable<EventsTable>;
export type HazardRow = Selectable<HazardsTable>;
