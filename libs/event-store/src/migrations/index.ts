import type { Migration } from 'kysely';
import * as eventStore from './2026-11-28T00-00-00_event-store';
import * as seedPanjin from './2026-11-28T00-01-00_seed-panjin';
import * as policies from './2026-11-28T02-00-00_policies-calendar-webhooks';
import * as checkpoints from './2026-11-28T03-00-00_audit-checkpoints';
import * as applicationRole from './2026-11-28T04-00-00_application-role';
import * as dailyReports from './2026-11-28T05-00-00_daily-reports';
import * as hazardousChemicals from './2026-11-28T06-00-00_hazardous-chemicals';
import * as majorHazardSources from './2026-11-28T07-00-00_major-hazard-sources';
import * as oversight from './2026-11-29T01-00-00_oversight';
import * as readIndexes from './2026-11-29T02-00-00_read-indexes';
import * as enterprises from './2026-11-29T03-00-00_enterprises';
import * as patrolCadence from './2026-11-29T04-00-00_patrol-cadence';
import * as incidents from './2026-11-29T05-00-00_incidents';
import * as dutyDesk from './2026-11-29T06-00-00_duty-desk';
import * as dutyRoleRules from './2026-11-29T07-00-00_duty-role-rules';
import * as rowsInPlace from './2026-12-02T00-00-00_rows-in-place';
import * as xlsxRenderer from './2026-12-03T00-00-00_xlsx-renderer';
import * as reportingUnits from './2026-12-03T01-00-00_reporting-units';
import * as reportingChain from './2026-12-03T02-00-00_reporting-chain';
import * as holidays2023 from './2026-12-03T03-00-00_holidays-2023-2024';
import * as evidenceFiles from './2026-12-04T00-00-00_evidence-files';

/** Listed explicitly (not read from disk) so the migrations travel inside any bundle. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T00-00-00_event-store': eventStore,
  '2026-11-28T00-01-00_seed-panjin': seedPanjin,
  '2026-11-28T02-00-00_policies-calendar-webhooks': policies,
  '2026-11-28T03-00-00_audit-checkpoints': checkpoints,
  '2026-11-28T04-00-00_application-role': applicationRole,
  '2026-11-28T05-00-00_daily-reports': dailyReports,
  '2026-11-28T06-00-00_hazardous-chemicals': hazardousChemicals,
  '2026-11-28T07-00-00_major-hazard-sources': majorHazardSources,
  '2026-11-29T01-00-00_oversight': oversight,
  '2026-11-29T02-00-00_read-indexes': readIndexes,
  '2026-11-29T03-00-00_enterprises': enterprises,
  '2026-11-29T04-00-00_patrol-cadence': patrolCadence,
  '2026-11-29T05-00-00_incidents': incidents,
  '2026-11-29T06-00-00_duty-desk': dutyDesk,
  '2026-11-29T07-00-00_duty-role-rules': dutyRoleRules,
  '2026-12-02T00-00-00_rows-in-place': rowsInPlace,
  '2026-12-03T00-00-00_xlsx-renderer': xlsxRenderer,
  '2026-12-03T01-00-00_reporting-units': reportingUnits,
  '2026-12-03T02-00-00_reporting-chain': reportingChain,
  '2026-12-03T03-00-00_holidays-2023-2024': holidays2023,
  '2026-12-04T00-00-00_evidence-files': evidenceFiles,
};
