import { ApplicationFailure } from '@temporalio/activity';
import type { DutyAlarm, ReportActivities, ReportDuty, ReportSummary, SubmitReportRequest } from '@hazard/contracts';
import { DomainError, type ReportingDutyRef, SYSTEM_ACTOR, binds, countingPeriodStart, dailyDueAt, remindAt } from '@hazard/domain';
import { type Db, handleCommand } from '@hazard/event-store';
import { REPORTING_DUTY } from '@hazard/read-models';
import { activeSubscriptionFilters, anySubscriptionWants, listDepartments, listRegions, obligationVersion, obligationsOn } from '@hazard/administration';
import { type ReportKey, type ReportScope, type StoredReport, draftReport, markEscalated, reportScope, submitReport, unitName } from '@hazard/reports';
import type { Logger } from '@hazard/config';

const summary = (r: StoredReport): ReportSummary => ({
  departmentCode: r.departmentCode,
  regionCode: r.regionCode,
  date: r.date,
  status: r.status,
  contentHash: r.contentHash,
  xlsxSha256: r.xlsxSha256,
  submittedAt: r.submittedAt,
  late: r.late,
});

const keyOf = (duty: ReportDuty): ReportKey => ({
  departmentCode: duty.departmentCode,
  regionCode: duty.regionCode ?? null,
  kind: duty.kind ?? 'DAILY',
  date: duty.date,
  periodFrom: duty.periodFrom ?? null,
});

/** The report workflows' activities: who owes a report today, draft, submit, remind, raise the alarm (README "The reporting chain"). */
export function reportActivities({ db, log }: { db: Db; log?: Logger }): ReportActivities {
  const scopeOf = async (duty: ReportDuty): Promise<ReportScope> => {
    const scope = await reportScope(db, duty.departmentCode, duty.regionCode ?? null);
    if (!scope) throw ApplicationFailure.create({ type: 'NOT_FOUND', message: `no reporting unit ${duty.departmentCode}/${duty.regionCode ?? 'CITY'}`, nonRetryable: true });
    return scope;
  };
  /** The obligation version the duty is under, as the report records it (format 2), or null for duties without one. */
  const obligationOf = async (duty: ReportDuty) => {
    if (!duty.obligationId || !duty.obligationVersion) return null;
    const o = await obligationVersion(db, duty.obligationId, duty.obligationVersion);
    if (!o) return null;
    const countingFrom = (duty.kind ?? 'DAILY') === 'PERIOD' ? (duty.periodFrom ?? duty.date) : countingPeriodStart(o, duty.date);
    return { id: o.id, version: o.version, documentNumber: o.documentNumber, countingFrom, dueAt: new Date(duty.dueAt).toISOString() };
  };
  const due = (duty: ReportDuty) => ({ dueAt: new Date(duty.dueAt), obligationId: duty.obligationId ?? null, obligationVersion: duty.obligationVersion ?? null });
  /** Records a reminder, an alarm or a submission on the unit's duty stream, once: its command id comes from the duty. */
  const record = async (duty: ReportDuty, type: 'RemindReportDue' | 'RaiseReportMissed' | 'RecordReportSubmitted', extra: Record<string, unknown> = {}): Promise<DutyAlarm> => {
    const scope = await scopeOf(duty);
    const ref: ReportingDutyRef = {
      kind: duty.kind ?? 'DAILY',
      departmentCode: duty.departmentCode,
      regionCode: duty.regionCode ?? null,
      tier: duty.regionCode ? 'DISTRICT' : 'CITY',
      date: duty.date,
      unitName: unitName(scope),
      dueAt: new Date(duty.dueAt).toISOString(),
      obligationId: duty.obligationId ?? null,
      obligationVersion: duty.obligationVersion ?? null,
    };
    const id = `${ref.kind}-${ref.departmentCode}-${ref.regionCode ?? 'CITY'}-${ref.date}`;
    let handled;
    try {
      handled = await handleCommand(db, REPORTING_DUTY, {
        id,
        command: { type, data: { ...ref, ...extra } } as never,
        meta: { commandId: `${type}:${id}`, actor: SYSTEM_ACTOR, now: new Date().toISOString() },
      });
    } catch (err) {
      // Already reminded, already raised, already submitted: each happens once.
      if (err instanceof DomainError && err.code === 'INVALID_TRANSITION') return { eventIds: [], notify: false };
      if (err instanceof DomainError && err.code === 'VERSION_CONFLICT') throw ApplicationFailure.create({ type: 'VERSION_CONFLICT', message: err.message });
      throw err;
    }
    const facts = { regionCode: ref.regionCode ?? '', departmentCode: ref.departmentCode, sector: '', level: '' };
    const types = handled.appended.map((e) => e.type);
    const notify = types.length > 0 && anySubscriptionWants(await activeSubscriptionFilters(db), facts, types);
    return { eventIds: handled.appended.map((e) => e.eventId), notify };
  };

  return {
    async listReportingDuties({ date }: { date: string }): Promise<ReportDuty[]> {
      const [obligations, departments, regions] = await Promise.all([obligationsOn(db, date), listDepartments(db), listRegions(db)]);
      const duties: ReportDuty[] = [];
      for (const o of obligations) {
        for (const d of departments.filter((dept) => binds(o, dept.code))) {
          const { hasDistrictUnits } = d;
          const units: (string | null)[] = [null, ...(hasDistrictUnits ? regions.map((r) => r.code) : [])];
          for (const regionCode of units) {
            const dueAt = dailyDueAt(o, regionCode ? 'DISTRICT' : 'CITY', date);
            duties.push({ kind: 'DAILY', departmentCode: d.code, regionCode, date, dueAt, remindAt: remindAt(o, dueAt), obligationId: o.id, obligationVersion: o.version });
            // A period report due today is opened with the day's duties, due at its own time.
            for (const p of o.periodReports.filter((pr) => new Date(Date.parse(pr.dueAt) + 8 * 3_600_000).toISOString().slice(0, 10) === date)) {
              const periodDate = new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
              duties.push({ kind: 'PERIOD', departmentCode: d.code, regionCode, date: periodDate, periodFrom: p.from, dueAt: p.dueAt, remindAt: remindAt(o, p.dueAt), obligationId: o.id, obligationVersion: o.version });
            }
          }
        }
      }
      return duties;
    },

    async draftDailyReport(duty: ReportDuty): Promise<ReportSummary> {
      const obligation = await obligationOf(duty);
      return summary(await draftReport(db, await scopeOf(duty), keyOf(duty), obligation ? { obligation } : {}, due(duty)));
    },

    async submitDailyReport({ duty, by, signature }: { duty: ReportDuty } & SubmitReportRequest): Promise<ReportSummary> {
      const now = new Date();
      const obligation = await obligationOf(duty);
      const kind = duty.kind ?? 'DAILY';
      // A period report submitted before its last day has ended stands as of the submission.
      const periodEnd = Date.parse(`${duty.date}T00:00:00+08:00`);
      const asOf = kind === 'PERIOD' && now.getTime() < periodEnd ? now.toISOString() : null;
      const stored = await submitReport(db, await scopeOf(duty), keyOf(duty), { ...(obligation ? { obligation } : {}), signature: signature ?? null, asOf }, by, now, due(duty));
      await record(duty, 'RecordReportSubmitted', { contentHash: stored.contentHash, xlsxSha256: stored.xlsxSha256, late: stored.late, submittedBy: by });
      return summary(stored);
    },

    async remindReportDue(duty: ReportDuty): Promise<DutyAlarm> {
      const alarm = await record(duty, 'RemindReportDue');
      log?.info({ departmentCode: duty.departmentCode, regionCode: duty.regionCode ?? null, date: duty.date, dueAt: duty.dueAt }, 'report due soon: the unit was reminded');
      return alarm;
    },

    async escalateMissingReport(duty: ReportDuty): Promise<DutyAlarm> {
      await markEscalated(db, keyOf(duty), new Date());
      const alarm = await record(duty, 'RaiseReportMissed');
      log?.warn({ departmentCode: duty.departmentCode, regionCode: duty.regionCode ?? null, date: duty.date }, 'report not submitted by its cutoff: the alarm went to the level above');
      return alarm;
    },
  };
}
