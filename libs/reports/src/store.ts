import type { Db } from '@hazard/event-store';
import { dayStart } from './dates';
import { type ReportScope, generateDailyReport } from './load';
import type { ReportContent } from './model';
import { type XlsxRenderer, asXlsxRenderer } from './render';
import { renderOffThread } from './render-pool';

export interface StoredReport {
  departmentCode: string;
  date: string;
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

export async function findReport(db: Db, departmentCode: string, date: string): Promise<StoredReport | null> {
  const row = await db.selectFrom('daily_reports').selectAll().where('department_code', '=', departmentCode).where('report_date', '=', date).executeTakeFirst();
  return row ? toStored(row) : null;
}

export async function reportsOfDay(db: Db, date: string): Promise<StoredReport[]> {
  return (await db.selectFrom('daily_reports').selectAll().where('report_date', '=', date).orderBy('department_code').execute()).map(toStored);
}

/**
 * Content, its hash, and the hash of its workbook with the renderer that wrote it: what a draft or a
 * submission records. A recorded report is fingerprinted again with the renderer it names.
 */
export async function fingerprint(
  content: ReportContent,
  renderer?: XlsxRenderer,
): Promise<{ text: string; contentHash: string; xlsxSha256: string; xlsxRenderer: XlsxRenderer }> {
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await renderOffThread(content, { renderer });
  return { text, contentHash, xlsxSha256, xlsxRenderer };
}

/** Builds the draft for day D and keeps it, unless the report was already submitted (then it is frozen). */
export async function draftReport(db: Db, scope: ReportScope, date: string, now: Date = new Date()): Promise<StoredReport> {
  const content = await generateDailyReport(db, scope, date);
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await fingerprint(content);
  await db
    .insertInto('daily_reports')
    .values({
      department_code: scope.departmentCode,
      report_date: date,
      cutoff: dayStart(date),
      status: 'DRAFT',
      content: text,
      content_hash: contentHash,
      xlsx_sha256: xlsxSha256,
      xlsx_renderer: xlsxRenderer,
      drafted_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['department_code', 'report_date'])
        .doUpdateSet({ content: text, content_hash: contentHash, xlsx_sha256: xlsxSha256, xlsx_renderer: xlsxRenderer, drafted_at: now })
        .where('daily_reports.status', '=', 'DRAFT'),
    )
    .execute();
  return (await findReport(db, scope.departmentCode, date)) as StoredReport;
}

/**
 * Freezes the report of day D: its content (regenerated from the events at the cutoff), the
 * cutoff and the hashes never change again. Submitting twice returns the first submission.
 */
export async function submitReport(
  db: Db,
  scope: ReportScope,
  date: string,
  by: { sub: string; name: string },
  now: Date,
  dueAt: Date,
): Promise<StoredReport> {
  const existing = await findReport(db, scope.departmentCode, date);
  if (existing?.status === 'SUBMITTED') return existing;
  const content = await generateDailyReport(db, scope, date);
  const { text, contentHash, xlsxSha256, xlsxRenderer } = await fingerprint(content);
  const values = {
    status: 'SUBMITTED' as const,
    content: text,
    content_hash: contentHash,
    xlsx_sha256: xlsxSha256,
    xlsx_renderer: xlsxRenderer,
    submitted_by: by.sub,
    submitted_by_name: by.name,
    submitted_at: now,
    late: now.getTime() > dueAt.getTime(),
  };
  await db
    .insertInto('daily_reports')
    .values({ department_code: scope.departmentCode, report_date: date, cutoff: dayStart(date), drafted_at: now, ...values })
    .onConflict((oc) => oc.columns(['department_code', 'report_date']).doUpdateSet(values).where('daily_reports.status', '=', 'DRAFT'))
    .execute();
  return (await findReport(db, scope.departmentCode, date)) as StoredReport;
}

export async function markEscalated(db: Db, departmentCode: string, date: string, at: Date): Promise<void> {
  await db
    .updateTable('daily_reports')
    .set({ escalated_at: at })
    .where('department_code', '=', departmentCode)
    .where('report_date', '=', date)
    .where('escalated_at', 'is', null)
    .execute();
}
