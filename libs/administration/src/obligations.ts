import { type ObligationInput, type PeriodReportDue, type ReportingObligation, obligationsInForce, validateObligation } from '@hazard/domain';
import type { Db, ReportingObligationsTable } from '@hazard/event-store';
import type { Selectable } from 'kysely';

type Row = Selectable<ReportingObligationsTable>;

const toObligation = (r: Row): ReportingObligation => ({
  id: r.id,
  version: r.version,
  documentNumber: r.document_number,
  title: r.title,
  units: r.units,
  countingFrom: r.counting_from,
  cityCutoff: r.city_cutoff,
  districtCutoff: r.district_cutoff,
  remindBeforeMinutes: r.remind_before_minutes,
  effectiveFrom: r.effective_from,
  endsOn: r.ends_on,
  periodReports: r.period_reports as PeriodReportDue[],
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: new Date(r.recorded_at as unknown as string).toISOString(),
});

/** Every version of every reporting obligation, or of one, newest first (README "The reporting chain"). */
export async function obligationVersions(db: Db, id?: string): Promise<ReportingObligation[]> {
  let q = db.selectFrom('reporting_obligations').selectAll();
  if (id) q = q.where('id', '=', id);
  return (await q.orderBy('id').orderBy('version', 'desc').execute()).map((r) => toObligation(r));
}

/** One version of an obligation (the one a report recorded), or null. */
export async function obligationVersion(db: Db, id: string, version: number): Promise<ReportingObligation | null> {
  const row = await db.selectFrom('reporting_obligations').selectAll().where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return row ? toObligation(row) : null;
}

/** The obligation versions that govern report day `date`. */
export async function obligationsOn(db: Db, date: string): Promise<ReportingObligation[]> {
  return obligationsInForce(await obligationVersions(db), date);
}

/**
 * Records a new version of an obligation (version 1 for a new one): checked first (BAD_USER_INPUT names the
 * field, nothing is written), then inserted; a concurrent recorder of the same next version loses on the
 * primary key and is told to retry.
 */
export async function recordObligation(db: Db, input: ObligationInput, knownUnits: ReadonlySet<string>, by: string): Promise<ReportingObligation> {
  const o = validateObligation(input, knownUnits);
  const latest = await db.selectFrom('reporting_obligations').select((eb) => eb.fn.max('version').as('v')).where('id', '=', o.id).executeTakeFirst();
  const version = Number(latest?.v ?? 0) + 1;
  const row = await db
    .insertInto('reporting_obligations')
    .values({
      id: o.id,
      version,
      document_number: o.documentNumber,
      title: o.title,
      units: o.units,
      counting_from: o.countingFrom,
      city_cutoff: o.cityCutoff,
      district_cutoff: o.districtCutoff,
      remind_before_minutes: o.remindBeforeMinutes,
      effective_from: o.effectiveFrom,
      ends_on: o.endsOn,
      period_reports: JSON.stringify(o.periodReports),
      note: o.note,
      recorded_by: by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toObligation(row);
}
