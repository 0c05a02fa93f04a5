import { unitName } from '@hazard/reports';
import { type HazardReportModel, ReportingTier, type UnitReportStateModel } from './models/report.model';
import type { ReportView } from './reports.service';

/** A report as the API shows it, with the download links of its workbook and of each attachment as CSV. */
export function toHazardReportModel(view: ReportView, districtSubmissions: UnitReportStateModel[] = []): HazardReportModel {
  const c = view.content;
  const s = view.stored;
  const regionCode = c.unit?.regionCode ?? s?.regionCode ?? null;
  const region = regionCode ? `&region=${regionCode}` : '';
  const base = c.kind === 'DAILY' ? `/reports/daily/${c.date}` : `/reports/period`;
  const query = c.kind === 'DAILY' ? `?department=${c.departmentCode}${region}` : `?from=${c.from}&to=${c.to}&department=${c.departmentCode}${region}`;
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
    csvUrls: (c.format === 'hazard-report/1' ? (['attachment1', 'attachment2', 'attachment3'] as const) : (['attachment1', 'attachment2', 'attachment3', 'cancelledList'] as const)).map(
      (a) => `${base}.${a}.csv${query}`,
    ),
    format: c.format,
    regionCode,
    unitName: c.unit?.name ?? unitName({ departmentName: c.departmentName, regionName: null }),
    tier: regionCode ? ReportingTier.DISTRICT : ReportingTier.CITY,
    dueAt: s?.dueAt ?? c.obligation?.dueAt ?? null,
    documentNumber: c.obligation?.documentNumber ?? null,
    obligationVersion: s?.obligationVersion ?? c.obligation?.version ?? null,
    countingFrom: c.obligation?.countingFrom ?? c.from,
    signature: c.signature ?? null,
    cancelled: (c.cancelled ?? []).map((r) => ({ ...r, newlyRectified: false })),
    receipt:
      s?.status === 'SUBMITTED' && s.submittedAt
        ? {
            number: `${s.kind}-${s.departmentCode}-${s.regionCode ?? 'CITY'}-${s.date}-${s.contentHash.slice(0, 8)}`,
            submittedAt: s.submittedAt,
            submittedBy: s.submittedByName ?? s.submittedBy ?? '',
            contentHash: s.contentHash,
            xlsxSha256: s.xlsxSha256,
            dueAt: s.dueAt,
            late: s.late,
            documentNumber: c.obligation?.documentNumber ?? null,
            obligationVersion: s.obligationVersion,
          }
        : null,
    districtSubmissions,
  };
}
