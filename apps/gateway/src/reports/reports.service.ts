import { Inject, Injectable } from '@nestjs/common';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import {
  DomainError,
  type ObligationInput,
  type PeriodReportDue,
  type ReportingObligation,
  WILDCARD,
  badInput,
  binds,
  countingPeriodStart,
  dailyDueAt,
  mayPerform,
  optionalText,
  remindAt,
  reportingState,
} from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { listDepartments, listRegions, obligationVersions, obligationsOn, recordObligation } from '@hazard/administration';
import {
  type AttachmentName,
  CITY_WIDE,
  CURRENT_REPORT_FORMAT,
  REPORT_FORMAT_1,
  type ReportContent,
  type ReportKey,
  type ReportObligationRef,
  type ReportScope,
  type StoredReport,
  type XlsxRenderer,
  addDays,
  findReport,
  fingerprint,
  generateReport,
  renderOffThread,
  isDate,
  renderCsv,
  renderXlsx,
  reportScope,
  periodReportsOf,
  reportsOfDay,
  requestOfStored,
  shanghaiDay,
  unitName,
} from '@hazard/reports';
import { type DailyReportWorkflow, type ReportDuty, type SubmittedSignature, dailyReportWorkflowId, submitDailyReportUpdate } from '@hazard/contracts';
import type { ReportSignatureInput, SubmitDailyReportInput, SubmitPeriodReportInput } from './dto/submit-daily-report.input';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';
import { type ReportStatus, type ReportSubmissionModel, type ReportingState, ReportingTier, type UnitReportStateModel } from './models/report.model';

export interface ReportView {
  content: ReportContent;
  status: ReportStatus;
  contentHash: string;
  xlsxSha256: string;
  /** The renderer that wrote the workbook `xlsxSha256` hashes; a download renders with it. */
  xlsxRenderer: XlsxRenderer;
  stored: StoredReport | null;
  /** The workbook, when it was rendered to hash a report not yet stored: a download sends these bytes. */
  xlsx?: Buffer;
}

const MAX_PERIOD_DAYS = 366;

/**
 * Daily and period reports: drafts, submissions and downloads. A department's report covers all
 * regions, so it is for callers who see the whole department; the city-wide one for the office.
 */
@Injectable()
export class ReportsService {
  /**
   * Reports not yet stored being built now, by what they report on: a second request for the same report
   * (two people opening the city report) waits for the first one's build and render instead of doing both again.
   */
  private readonly building = new Map<string, Promise<ReportView>>();

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Builds a report not yet stored (or joins the build in progress), rendered once: text, workbook and hashes off the event loop. */
  private unstored(key: string, generate: () => Promise<ReportContent>): Promise<ReportView> {
    const running = this.building.get(key);
    if (running) return running;
    const build = (async () => {
      const content = await generate();
      const { contentHash, xlsx, xlsxSha256, xlsxRenderer } = await renderOffThread(content);
      return { content, status: 'NOT_STARTED' as ReportStatus, contentHash, xlsxSha256, xlsxRenderer, stored: null, xlsx: Buffer.from(xlsx) };
    })().finally(() => this.building.delete(key));
    this.building.set(key, build);
    return build;
  }

  /**
   * The unit a caller may read (or submit) the report of (README "The reporting chain"): ALL is the office's
   * city-wide view; a department's city unit is for its city-level staff (regions `*`); a district unit's
   * report is for that district's staff, and readable by the city department, which consolidates it. Auditors
   * read every unit's. A district caller who names no region reports for its own, when it has one.
   */
  async scopeFor(principal: Principal, departmentCode: string, forSubmission = false, regionCode: string | null = null): Promise<ReportScope> {
    if (!mayPerform(principal.roles, forSubmission ? 'submitReports' : 'readReports')) {
      throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${forSubmission ? 'submitting' : 'reading'} reports`);
    }
    const cityLevel = principal.regions.includes(WILDCARD);
    if (regionCode === null && !cityLevel && departmentCode !== CITY_WIDE && principal.regions.length === 1 && !principal.roles.includes('AUDITOR')) {
      regionCode = principal.regions[0];
    }
    if (departmentCode === CITY_WIDE) {
      if (!mayPerform(principal.roles, 'overseeReports')) throw new DomainError('FORBIDDEN', 'the city-wide report is for the committee office and auditors');
      if (regionCode) throw badInput('regionCode', 'the city-wide report has no district units');
    } else if (!principal.roles.includes('AUDITOR')) {
      if (!principal.departments.includes(WILDCARD) && !principal.departments.includes(departmentCode)) {
        throw new DomainError('NOT_FOUND', `no report of department ${departmentCode} that you may see`);
      }
      if (regionCode === null && !cityLevel) {
        throw new DomainError('FORBIDDEN', 'the city department’s report is for its city-level staff; district staff report for their district (regionCode)');
      }
      if (regionCode !== null && !principal.regions.includes(regionCode) && !(cityLevel && !forSubmission)) {
        throw new DomainError('FORBIDDEN', forSubmission && cityLevel ? `the district unit in ${regionCode} submits its own report` : `the report of district ${regionCode} is not yours`);
      }
    }
    const scope = await reportScope(this.db, departmentCode, regionCode);
    if (!scope) throw badInput(regionCode ? 'regionCode' : 'departmentCode', regionCode ? `${departmentCode} has no unit in district ${regionCode}` : `unknown department ${departmentCode}`);
    return scope;
  }

  private checkDay(field: string, date: string): void {
    if (!isDate(date)) throw badInput(field, 'must be a date YYYY-MM-DD');
    if (date > shanghaiDay(Date.now())) throw badInput(field, `the report for ${date} can be drafted from 00:00 on that day (Beijing time)`);
  }

  /**
   * The unit's duty for a report: the obligation in force that binds it (the earliest due, when several do),
   * its due time for the unit's tier, the reminder, and the reference the report records. Null when no
   * obligation demands the report.
   */
  private async dutyOf(scope: ReportScope, kind: 'DAILY' | 'PERIOD', date: string, period?: { from: string; to: string }): Promise<{ duty: ReportDuty; ref: ReportObligationRef } | null> {
    if (scope.departmentCode === CITY_WIDE) return null;
    const tier = scope.regionCode ? 'DISTRICT' : 'CITY';
    const candidates: { o: ReportingObligation; dueAt: string; countingFrom: string }[] = [];
    if (kind === 'DAILY') {
      for (const o of (await obligationsOn(this.db, date)).filter((ob) => binds(ob, scope.departmentCode))) {
        candidates.push({ o, dueAt: dailyDueAt(o, tier, date), countingFrom: countingPeriodStart(o, date) });
      }
    } else if (period) {
      // the latest version of each obligation that demands this period of the unit
      const latest = new Map<string, ReportingObligation>();
      for (const o of await obligationVersions(this.db)) {
        if (!binds(o, scope.departmentCode) || !o.periodReports.some((p) => p.from === period.from && p.to === period.to)) continue;
        if ((latest.get(o.id)?.version ?? 0) < o.version) latest.set(o.id, o);
      }
      for (const o of latest.values()) {
        const p = o.periodReports.find((pr) => pr.from === period.from && pr.to === period.to) as PeriodReportDue;
        candidates.push({ o, dueAt: new Date(p.dueAt).toISOString(), countingFrom: period.from });
      }
    }
    const chosen = candidates.sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    if (!chosen) return null;
    const { o, dueAt, countingFrom } = chosen;
    return {
      duty: {
        kind,
        departmentCode: scope.departmentCode,
        regionCode: scope.regionCode ?? null,
        date,
        periodFrom: period?.from ?? null,
        dueAt,
        remindAt: remindAt(o, dueAt),
        obligationId: o.id,
        obligationVersion: o.version,
      },
      ref: { id: o.id, version: o.version, documentNumber: o.documentNumber, countingFrom, dueAt },
    };
  }

  private keyOf(scope: ReportScope, kind: 'DAILY' | 'PERIOD', date: string, periodFrom: string | null = null): ReportKey {
    return { departmentCode: scope.departmentCode, regionCode: scope.regionCode ?? null, kind, date, periodFrom };
  }

  private async view(scope: ReportScope, key: ReportKey, period?: { from: string; to: string }): Promise<ReportView> {
    const stored = await findReport(this.db, key);
    if (stored) {
      const { content, contentHash, xlsxSha256, xlsxRenderer } = stored;
      return { content, status: stored.status as ReportStatus, contentHash, xlsxSha256, xlsxRenderer, stored };
    }
    const due = await this.dutyOf(scope, key.kind, key.date, period);
    const cacheKey = `${key.kind}|${key.departmentCode}|${key.regionCode ?? '*'}|${key.periodFrom ?? ''}|${key.date}`;
    // A period report shown before its last day has ended stands as of the end of that day, as it did before the chain: what
    // is recorded until then is in it. A submission before the end freezes it as of the submission instead (docs/reporting-chain.md).
    return this.unstored(cacheKey, () =>
      generateReport(this.db, scope, { kind: key.kind, date: key.date, from: key.periodFrom ?? null, format: CURRENT_REPORT_FORMAT, obligation: due?.ref ?? null, signature: null }),
    );
  }

  async daily(principal: Principal, date: string, departmentCode: string, regionCode: string | null = null): Promise<ReportView> {
    this.checkDay('date', date);
    const scope = await this.scopeFor(principal, departmentCode, false, regionCode);
    return this.view(scope, this.keyOf(scope, 'DAILY', date));
  }

  private checkPeriod(from: string, to: string): void {
    if (!isDate(to)) throw badInput('to', 'must be a date YYYY-MM-DD');
    if (to > shanghaiDay(Date.now())) throw badInput('to', `the period report up to ${to} can be drafted from that day on (Beijing time)`);
    if (!isDate(from)) throw badInput('from', 'must be a date YYYY-MM-DD');
    if (from > to) throw badInput('from', 'must not be after to');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('from', `a period spans at most ${MAX_PERIOD_DAYS} days`);
  }

  async period(principal: Principal, from: string, to: string, departmentCode: string, regionCode: string | null = null): Promise<ReportView> {
    this.checkPeriod(from, to);
    const scope = await this.scopeFor(principal, departmentCode, false, regionCode);
    return this.view(scope, this.keyOf(scope, 'PERIOD', addDays(to, 1), from), { from, to });
  }

  private signatureOf(principal: Principal, input: ReportSignatureInput | null | undefined): SubmittedSignature {
    const phone = optionalText('signature.phone', input?.phone, { max: 20 }) ?? '';
    if (phone && !/^[0-9+\-() ]{5,20}$/.test(phone)) throw badInput('signature.phone', 'must be a phone number (digits, +, -, spaces, parentheses)');
    return {
      filledBy: optionalText('signature.filledBy', input?.filledBy, { max: 50 }) ?? principal.name,
      phone,
      reviewer: optionalText('signature.reviewer', input?.reviewer, { max: 50 }) ?? '',
      signedOn: shanghaiDay(Date.now()),
    };
  }

  /** Submits a unit's report through its workflow (started now if the 00:05 schedule has not), under the obligation that demands it. */
  private async submitThrough(principal: Principal, scope: ReportScope, kind: 'DAILY' | 'PERIOD', date: string, signature: SubmittedSignature, period?: { from: string; to: string }): Promise<void> {
    if (scope.departmentCode === CITY_WIDE) throw badInput('departmentCode', 'each unit submits its own report');
    const due = await this.dutyOf(scope, kind, date, period);
    if (!due) {
      throw badInput(kind === 'DAILY' ? 'date' : 'from', `no reporting obligation demands ${kind === 'DAILY' ? `a daily report of ${unitName(scope)} on ${date}` : `a report of ${unitName(scope)} for ${period?.from} – ${period?.to}`}`);
    }
    await this.temporal.workflow.executeUpdateWithStart(submitDailyReportUpdate, {
      args: [{ by: { sub: principal.sub, name: principal.name }, signature }],
      startWorkflowOperation: new WithStartWorkflowOperation<DailyReportWorkflow>('dailyReportWorkflow', {
        workflowId: dailyReportWorkflowId(scope.departmentCode, date, scope.regionCode ?? null, kind),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [due.duty],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  }

  async submit(principal: Principal, input: SubmitDailyReportInput): Promise<ReportView> {
    this.checkDay('date', input.date);
    const scope = await this.scopeFor(principal, input.departmentCode, true, input.regionCode ?? null);
    await this.submitThrough(principal, scope, 'DAILY', input.date, this.signatureOf(principal, input.signature));
    return this.view(scope, this.keyOf(scope, 'DAILY', input.date));
  }

  async submitPeriod(principal: Principal, input: SubmitPeriodReportInput): Promise<ReportView> {
    this.checkPeriod(input.from, input.to);
    const scope = await this.scopeFor(principal, input.departmentCode, true, input.regionCode ?? null);
    const period = { from: input.from, to: input.to };
    await this.submitThrough(principal, scope, 'PERIOD', addDays(input.to, 1), this.signatureOf(principal, input.signature), period);
    return this.view(scope, this.keyOf(scope, 'PERIOD', addDays(input.to, 1), input.from), period);
  }

  /**
   * The board (README "The reporting chain"): per obligation in force on day D, each bound unit's report at
   * both tiers, not started, draft, submitted, late or missed. The office and auditors see every unit; a city
   * department's staff its own units; district staff their district's.
   */
  async board(principal: Principal, date: string, filter?: { departmentCode?: string; tier?: 'CITY' | 'DISTRICT' }): Promise<UnitReportStateModel[]> {
    if (!isDate(date)) throw badInput('date', 'must be a date YYYY-MM-DD');
    if (!mayPerform(principal.roles, 'readReports')) throw new DomainError('FORBIDDEN', 'your roles do not allow reading reports');
    const [obligations, departments, regions, reports] = await Promise.all([obligationsOn(this.db, date), listDepartments(this.db), listRegions(this.db), reportsOfDay(this.db, date)]);
    // period reports due on this day are on the board beside the daily ones
    const periodsDue = obligations.flatMap((o) => o.periodReports.filter((p) => shanghaiDay(p.dueAt) === date).map((p) => ({ o, p, reportDate: addDays(p.to, 1) })));
    const periodStored = await periodReportsOf(this.db, periodsDue.map((x) => x.reportDate));
    const stored = new Map([...reports, ...periodStored].map((r) => [`${r.kind}|${r.date}|${r.departmentCode}|${r.regionCode ?? '*'}`, r]));
    const everything = mayPerform(principal.roles, 'overseeReports');
    const visible = (departmentCode: string, regionCode: string | null) =>
      everything ||
      ((principal.departments.includes(WILDCARD) || principal.departments.includes(departmentCode)) &&
        (principal.regions.includes(WILDCARD) || (regionCode !== null && principal.regions.includes(regionCode))));
    const now = Date.now();
    const rows: UnitReportStateModel[] = [];
    const duties = [
      ...obligations.map((o) => ({ o, kind: 'DAILY' as const, reportDate: date, period: null as { from: string; to: string } | null, due: (tier: ReportingTier) => dailyDueAt(o, tier, date) })),
      ...periodsDue.map(({ o, p, reportDate }) => ({ o, kind: 'PERIOD' as const, reportDate, period: { from: p.from, to: p.to }, due: () => new Date(p.dueAt).toISOString() })),
    ];
    for (const { o, kind, reportDate, period, due } of duties) {
      for (const d of departments.filter((dept) => binds(o, dept.code) && (!filter?.departmentCode || dept.code === filter.departmentCode))) {
        const { hasDistrictUnits } = d;
        for (const region of [null, ...(hasDistrictUnits ? regions : [])]) {
          const regionCode = region?.code ?? null;
          const tier = regionCode ? ReportingTier.DISTRICT : ReportingTier.CITY;
          if ((filter?.tier && filter.tier !== tier) || !visible(d.code, regionCode)) continue;
          const r = stored.get(`${kind}|${reportDate}|${d.code}|${regionCode ?? '*'}`) ?? null;
          const dueAt = r?.dueAt ?? due(tier);
          rows.push({
            obligationId: o.id,
            documentNumber: o.documentNumber,
            obligationVersion: r?.obligationVersion ?? o.version,
            kind,
            date: reportDate,
            periodFrom: period?.from ?? null,
            periodTo: period?.to ?? null,
            departmentCode: d.code,
            regionCode,
            unitName: unitName({ departmentName: d.name, regionName: region?.name ?? null }),
            tier,
            state: reportingState(r, dueAt, now) as ReportingState,
            dueAt,
            submittedAt: r?.submittedAt ?? null,
            submittedBy: r?.submittedByName ?? null,
            contentHash: r?.status === 'SUBMITTED' ? r.contentHash : null,
          });
        }
      }
    }
    return rows;
  }

  /** Who has reported for day D at the city tier: every department, submitted, drafted or missing. */
  async submissions(principal: Principal, date: string): Promise<ReportSubmissionModel[]> {
    if (!isDate(date)) throw badInput('date', 'must be a date YYYY-MM-DD');
    if (!mayPerform(principal.roles, 'overseeReports')) throw new DomainError('FORBIDDEN', 'who has reported is for the committee office and auditors');
    const [departments, reports] = await Promise.all([listDepartments(this.db), reportsOfDay(this.db, date)]);
    const byDepartment = new Map(reports.filter((r) => r.regionCode === null).map((r) => [r.departmentCode, r]));
    return departments.map((d) => {
      const r = byDepartment.get(d.code);
      return {
        departmentCode: d.code,
        departmentName: d.name,
        status: (r?.status ?? 'NOT_STARTED') as ReportStatus,
        submittedAt: r?.submittedAt ?? null,
        submittedBy: r?.submittedByName ?? null,
        late: r?.late ?? false,
        escalatedAt: r?.escalatedAt ?? null,
        contentHash: r?.status === 'SUBMITTED' ? r.contentHash : null,
      };
    });
  }

  /** Regenerates a submitted report from the events at its cutoff, in its own format with its own obligation and signature, and compares the hashes. */
  async verifySubmitted(principal: Principal, date: string, departmentCode: string, regionCode: string | null = null, kind: 'DAILY' | 'PERIOD' = 'DAILY') {
    const scope = await this.scopeFor(principal, departmentCode, false, regionCode);
    const stored = await findReport(this.db, this.keyOf(scope, kind, date));
    if (!stored || stored.status !== 'SUBMITTED') throw new DomainError('NOT_FOUND', `no submitted report of ${unitName(scope)} for ${date}`);
    // rendered with the renderer the submission names: a report submitted before a new renderer still verifies
    const request = requestOfStored(stored);
    const content = await generateReport(this.db, scope, { ...request, kind: stored.kind, date: stored.date, from: stored.periodFrom });
    const regenerated = await fingerprint(content, stored.xlsxRenderer);
    return {
      ok: regenerated.contentHash === stored.contentHash && regenerated.xlsxSha256 === stored.xlsxSha256,
      storedContentHash: stored.contentHash,
      regeneratedContentHash: regenerated.contentHash,
      storedXlsxSha256: stored.xlsxSha256,
      regeneratedXlsxSha256: regenerated.xlsxSha256,
      xlsxRenderer: stored.xlsxRenderer,
    };
  }

  /** Reporting obligations: every version, newest first (one obligation's when `id` is given). */
  async obligations(principal: Principal, id?: string | null): Promise<ReportingObligation[]> {
    if (!mayPerform(principal.roles, 'readObligations')) throw new DomainError('FORBIDDEN', 'your roles do not allow reading obligations');
    return obligationVersions(this.db, id ?? undefined);
  }

  /** Records a new version of an obligation (the office): checked against the known units, nothing written on refusal. */
  async recordObligation(principal: Principal, input: ObligationInput): Promise<ReportingObligation> {
    if (!mayPerform(principal.roles, 'manageObligations')) throw new DomainError('FORBIDDEN', 'reporting obligations are recorded by the committee office');
    const units = new Set((await listDepartments(this.db)).map((d) => d.code));
    try {
      return await recordObligation(this.db, input, units, principal.sub);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new DomainError('VERSION_CONFLICT', 'another version was recorded at the same moment: read the versions and record again');
      throw err;
    }
  }

  /** The workbook: the bytes already rendered with the view, else rendered now (off the event loop). */
  xlsx = async (view: ReportView): Promise<Buffer> => view.xlsx ?? renderXlsx(view.content, { renderer: view.xlsxRenderer });
  csv = (view: ReportView, attachment: AttachmentName): string => {
    if (attachment === 'cancelledList' && view.content.format === REPORT_FORMAT_1) throw badInput('file', 'a format 1 report has no list of cancelled hazards');
    return renderCsv(view.content, attachment);
  };
}
