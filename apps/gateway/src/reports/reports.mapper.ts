import type { HazardReportModel } from './models/report.model';
import type { ReportView } from './reports.service';

/** A report as the API shows it, with the download links of its workbook and of each attachment as CSV. */
export function toHazardReportModel(view: ReportView): HazardReportModel {
  const c = view.content;
  const base = c.kind === 'DAILY' ? `/reports/daily/${c.date}` : `/reports/period`;
  const query = c.kind === 'DAILY' ? `?department=${c.departmentCode}` : `?from=${c.from}&to=${c.to}&department=${c.departmentCode}`;
  return {
    kind: c.kind,
    departmentCode: c.departmentCode,
    departmentName: c.departmentName,
    date: c.date,
    from: c.from,
    to: c.to,
    cutoff: c.cutoff,
    status: view.status,
    contentHash: view.contentHash,
    xlsxSha256: view.xlsxSha256,
    xlsxRenderer: view.xlsxRenderer,
    submittedAt: view.stored?.submittedAt ?? null,
    submittedBy: view.stored?.submittedByName ?? null,
    late: view.stored?.late ?? false,
    escalatedAt: view.stored?.escalatedAt ?? null,
    previousReportDate: c.previousReport?.date ?? null,
    attachment1: c.attachment1.map((r) => ({ ...r, newlyRectified: false })),
    attachment2: c.attachment2,
    attachment3: c.attachment3,
    xlsxUrl: `${base}.xlsx${query}`,
    csvUrls: (['attachment1', 'attachment2', 'attachment3'] as const).map((a) => `${base}.${a}.csv${query}`),
  };
}
