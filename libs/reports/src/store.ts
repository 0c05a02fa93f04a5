import type { Db } from '@hazard/event-store';
import { dayStart } from './dates';
import { type ReportRequest, type ReportScope, generateReport } from './load';
import { type ReportContent, REPORT_FORMAT_1 } from './model';
import { type XlsxRenderer, asXlsxRenderer, rendererFor } from './render';
import { renderOffThread } from './render-pool';

/** Which report: a unit (department, and district or '*' for the city), daily or for a period, and its day. */
export interface ReportKey {
  departmentCode: string;
  /** null: the city unit. */
  regionCode: string | null;
  kind: 'DAILY' | 'PERIOD';
  /** Day D; a period report's is the day after its last. */
  date: string;
  periodFrom?: string | null;
}

export interface StoredReport {
  departmentCode: string;
  regionCode: string | null;
  kind: 'DAILY' | 'PERIOD';
  periodFrom: string | null;
  date: string;
  dueAt: string | null;
  obligationId: string | null;
  obligationVersion: number | null;
  status: 'DRAFT' | 'SUBMITTED';
  cutoff: string;
  content: ReportContent;
  contentHash: string;
  xlsxSha256: string;
  /** The renderer that wrote the workbook `xlsxSha256` hashes: downloads and verification render with it. */
  xlsxRenderer: XlsxRenderer;
  draftedAt: string;
  submittedBy: string | null;
  submittedByName: string | null;
  submittedAt: string | null;
  late: boolean;
  escalatedAt: string | null;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

function toStored(row: {
  department_code: string;
  region_code: string;
  kind: 'DAILY' | 'PERIOD';
  period_from: string | null;
  due_at: Date | string | null;
  obligation_id: string | null;
  obligation_version: number | null;
  report_date: string;
  status: 'DRAFT' | 'SUBMITTED';
  cutoff: Date | string;
  content: string;
  content_hash: string;
  xlsx_sha256: string;
  xlsx_renderer: number;
  drafted_at: Date | string;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: Date | string | null;
  late: boolean;
  escalated_at: Date | string | null;
}): StoredReport {
  return {
    departmentCode: row.department_code,
    regionCode: row.region_code === '*' ? null : row.region_code,
    kind: row.kind,
    periodFrom: row.period_from,
    dueAt: iso(row.due_at),
    obligationId: row.obligation_id,
    obligationVersion: row.obligation_version,
    date: row.report_date,
    status: row.status,
    cutoff: iso(row.cutoff) as string,
    content: JSON.parse(row.content) as ReportContent,
    contentHash: row.content_hash,
    xlsxSha256: row.xlsx_sha256,
    xlsxRenderer: asXlsxRenderer(row.xlsx_renderer),
    draftedAt: iso(row.drafted_at) as string,
    submittedBy: row.submitted_by,
    submittedByName: row.submitted_by_name,
    submittedAt: iso(row.submitted_at),
    late: row.late,
    escalatedAt: iso(row.escalated_at),
  };
}

export async function findReport(db: Db, key: ReportKey): Promise<StoredReport | null> {
  const row = await db
    .selectFrom('daily_reports')
    .selectAll()
    .where('department_code', '=', key.departmentCode)
    .where('region_code', '=', key.regionCode ?? '*')
    .where('kind', '=', key.kind)
    .where('report_date', '=', key.date)
    .executeTakeFirst();
  return row ? toStored(row) : null;
}

/** Every unit's period reports whose report day (the day after the period) is one of these. */
export async function periodReportsOf(db: Db, reportDates: readonly string[]): Promise<StoredReport[]> {
  if (reportDates.length === 0) return [];
  return (await db.selectFrom('daily_reports').selectAll().where('kind', '=', 'PERIOD').where('report_date', 'in', reportDates).execute()).map(toStored);
}

/** Every unit's daily report for day D, both tiers. */
export async function reportsOfDay(db: Db, date: string): Promise<StoredReport[]> {
  return (await db.selectFrom('daily_reports').selectAll().where('report_date', '=', date).where('kind', '=', 'DAILY').orderBy('department_code').orderBy('region_code').execute()).map(toStored);
}

/**
 * Content, its hash, and the hash of its workbook with the renderer that wrote it: what a draft or a
 * submission records. A recorded report is fingerprinted again with the renderer it names.
 */
export async function fingerprint(
  content: ReportContent,
  renderer?: XlsxRenderer,
): Promise<{ text: string; contentHash: string; xlsxSha256: string; xlsxRenderer: XlsxRenderer }> {
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await renderOffThread(content, { renderer: renderer ?? rendererFor(content.format) });
  return { text, contentHash, xlsxSha256, xlsxRenderer };
}

/** What a draft or a submission records besides the content: when it is due, under which obligation version. */
export interface ReportDue {
  dueAt: Date;
  obligationId: string | null;
  obligationVersion: number | null;
}

const keyColumns = (key: ReportKey) => ({
  department_code: key.departmentCode,
  region_code: key.regionCode ?? '*',
  kind: key.kind,
  report_date: key.date,
  period_from: key.periodFrom ?? null,
});

const requestOf = (key: ReportKey, request: Omit<ReportRequest, 'kind' | 'date' | 'from'>): ReportRequest => ({ ...request, kind: key.kind, date: key.date, from: key.periodFrom ?? null });

/** Builds the draft and keeps it, unless the report was already submitted (then it is frozen). */
export async function draftReport(
  db: Db,
  scope: ReportScope,
  key: ReportKey,
  request: Omit<ReportRequest, 'kind' | 'date' | 'from'>,
  due: ReportDue,
  now: Date = new Date(),
): Promise<StoredReport> {
  const content = await generateReport(db, scope, requestOf(key, { ...request, signature: null }));
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await fingerprint(content);
  await db
    .insertInto('daily_reports')
    .values({
      ...keyColumns(key),
      cutoff: new Date(content.cutoff),
      status: 'DRAFT',
      content: text,
      content_hash: contentHash,
      xlsx_sha256: xlsxSha256,
      xlsx_renderer: xlsxRenderer,
      drafted_at: now,
      due_at: due.dueAt,
      obligation_id: due.obligationId,
      obligation_version: due.obligationVersion,
    })
    .onConflict((oc) =>
      oc
        .columns(['department_code', 'region_code', 'kind', 'report_date'])
        .doUpdateSet({ content: text, content_hash: contentHash, xlsx_sha256: xlsxSha256, xlsx_renderer: xlsxRenderer, drafted_at: now, cutoff: new Date(content.cutoff) })
        .where('daily_reports.status', '=', 'DRAFT'),
    )
    .execute();
  return (await findReport(db, key)) as StoredReport;
}

/**
 * Freezes a report: its content (regenerated from the events at the cutoff, with the submitter's signature
 * block), the cutoff, the due time and obligation version, and the hashes never change again. Submitting
 * twice returns the first submission. A period report submitted before its last day has ended stands as of
 * the submission (`request.asOf`).
 */
export async function submitReport(
  db: Db,
  scope: ReportScope,
  key: ReportKey,
  request: Omit<ReportRequest, 'kind' | 'date' | 'from'>,
  by: { sub: string; name: string },
  now: Date,
  due: ReportDue,
): Promise<StoredReport> {
  const existing = await findReport(db, key);
  if (existing?.status === 'SUBMITTED') return existing;
  const content = await generateReport(db, scope, requestOf(key, request));
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await fingerprint(content);
  const values = {
    status: 'SUBMITTED' as const,
    cutoff: new Date(content.cutoff),
    content: text,
    content_hash: contentHash,
    xlsx_sha256: xlsxSha256,
    xlsx_renderer: xlsxRenderer,
    submitted_by: by.sub,
    submitted_by_name: by.name,
    submitted_at: now,
    late: now.getTime() > due.dueAt.getTime(),
    due_at: due.dueAt,
    obligation_id: due.obligationId,
    obligation_version: due.obligationVersion,
  };
  await db
    .insertInto('daily_reports')
    .values({ ...keyColumns(key), drafted_at: now, ...values })
    .onConflict((oc) => oc.columns(['department_code', 'region_code', 'kind', 'report_date']).doUpdateSet(values).where('daily_reports.status', '=', 'DRAFT'))
    .execute();
  return (await findReport(db, key)) as StoredReport;
}

/** What rebuilds a recorded report: its own format, obligation, signature and (period reports) the instant it stood at. */
export function requestOfStored(stored: StoredReport): Omit<ReportRequest, 'kind' | 'date' | 'from'> {
  const c = stored.content;
  if (c.format === REPORT_FORMAT_1) return { format: REPORT_FORMAT_1 };
  const dayStartIso = dayStart(stored.date).toISOString();
  return { format: c.format, obligation: c.obligation ?? null, signature: c.signature ?? null, asOf: c.cutoff !== dayStartIso ? c.cutoff : null };
}

export async function markEscalated(db: Db, key: ReportKey, at: Date): Promise<void> {
  await db
    .updateTable('daily_reports')
    .set({ escalated_at: at })
    .where('department_code', '=', key.departmentCode)
    .where('region_code', '=', key.regionCode ?? '*')
    .where('kind', '=', key.kind)
    .where('report_date', '=', key.date)
    .where('escalated_at', 'is', null)
    .execute();
}
