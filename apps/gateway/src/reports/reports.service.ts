import { Inject, Injectable } from '@nestjs/common';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { DomainError, WILDCARD, badInput, mayPerform } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { listDepartments } from '@hazard/administration';
import {
  CITY_WIDE,
  type ReportContent,
  type ReportScope,
  type StoredReport,
  type XlsxRenderer,
  findReport,
  fingerprint,
  generateDailyReport,
  generatePeriodReport,
  renderOffThread,
  isDate,
  renderCsv,
  renderXlsx,
  reportScope,
  reportsOfDay,
  shanghaiDay,
} from '@hazard/reports';
import { type DailyReportWorkflow, dailyReportWorkflowId, submitDailyReportUpdate } from '@hazard/contracts';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';
import type { ReportStatus, ReportSubmissionModel } from './models/report.model';

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

  async scopeFor(principal: Principal, departmentCode: string, forSubmission = false): Promise<ReportScope> {
    if (!mayPerform(principal.roles, forSubmission ? 'submitReports' : 'readReports')) {
      throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${forSubmission ? 'submitting' : 'reading'} reports`);
    }
    if (departmentCode === CITY_WIDE) {
      if (!mayPerform(principal.roles, 'overseeReports')) throw new DomainError('FORBIDDEN', 'the city-wide report is for the committee office and auditors');
    } else if (!principal.roles.includes('AUDITOR')) {
      if (!principal.departments.includes(WILDCARD) && !principal.departments.includes(departmentCode)) {
        throw new DomainError('NOT_FOUND', `no report of department ${departmentCode} that you may see`);
      }
      if (!principal.regions.includes(WILDCARD)) {
        throw new DomainError('FORBIDDEN', 'a department report covers every region; it is for staff who see the whole department');
      }
    }
    const scope = await reportScope(this.db, departmentCode);
    if (!scope) throw badInput('departmentCode', `unknown department ${departmentCode}`);
    return scope;
  }

  private checkDay(field: string, date: string): void {
    if (!isDate(date)) throw badInput(field, 'must be a date YYYY-MM-DD');
    if (date > shanghaiDay(Date.now())) throw badInput(field, `the report for ${date} can be drafted from 00:00 on that day (Beijing time)`);
  }

  async daily(principal: Principal, date: string, departmentCode: string): Promise<ReportView> {
    this.checkDay('date', date);
    const scope = await this.scopeFor(principal, departmentCode);
    const stored = await findReport(this.db, scope.departmentCode, date);
    if (stored) {
      const { content, contentHash, xlsxSha256, xlsxRenderer } = stored;
      return { content, status: stored.status as ReportStatus, contentHash, xlsxSha256, xlsxRenderer, stored };
    }
    return this.unstored(`daily|${scope.departmentCode}|${date}`, () => generateDailyReport(this.db, scope, date));
  }

  async period(principal: Principal, from: string, to: string, departmentCode: string): Promise<ReportView> {
    this.checkDay('to', to);
    if (!isDate(from)) throw badInput('from', 'must be a date YYYY-MM-DD');
    if (from > to) throw badInput('from', 'must not be after to');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('from', `a period spans at most ${MAX_PERIOD_DAYS} days`);
    const scope = await this.scopeFor(principal, departmentCode);
    return this.unstored(`period|${scope.departmentCode}|${from}|${to}`, () => generatePeriodReport(this.db, scope, from, to));
  }

  /** Submits day D's report through its workflow (started now if the 00:05 schedule has not). */
  async submit(principal: Principal, date: string, departmentCode: string): Promise<ReportView> {
    this.checkDay('date', date);
    const scope = await this.scopeFor(principal, departmentCode, true);
    if (scope.departmentCode === CITY_WIDE) throw badInput('departmentCode', 'each department submits its own report');
    await this.temporal.workflow.executeUpdateWithStart(submitDailyReportUpdate, {
      args: [{ by: { sub: principal.sub, name: principal.name } }],
      startWorkflowOperation: new WithStartWorkflowOperation<DailyReportWorkflow>('dailyReportWorkflow', {
        workflowId: dailyReportWorkflowId(scope.departmentCode, date),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ departmentCode: scope.departmentCode, date, dueAt: `${date}T15:00:00+08:00` }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    return this.daily(principal, date, departmentCode);
  }

  /** Who has reported for day D: every department, submitted, drafted or missing. */
  async submissions(principal: Principal, date: string): Promise<ReportSubmissionModel[]> {
    if (!isDate(date)) throw badInput('date', 'must be a date YYYY-MM-DD');
    if (!mayPerform(principal.roles, 'overseeReports')) throw new DomainError('FORBIDDEN', 'who has reported is for the committee office and auditors');
    const [departments, reports] = await Promise.all([listDepartments(this.db), reportsOfDay(this.db, date)]);
    const byDepartment = new Map(reports.map((r) => [r.departmentCode, r]));
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

  /** Regenerates a submitted report from the events at its cutoff and compares the hashes. */
  async verifySubmitted(principal: Principal, date: string, departmentCode: string) {
    const scope = await this.scopeFor(principal, departmentCode);
    const stored = await findReport(this.db, scope.departmentCode, date);
    if (!stored || stored.status !== 'SUBMITTED') throw new DomainError('NOT_FOUND', `no submitted report of ${departmentCode} for ${date}`);
    // rendered with the renderer the submission names: a report submitted before a new renderer still verifies
    const regenerated = await fingerprint(await generateDailyReport(this.db, scope, date), stored.xlsxRenderer);
    return {
      ok: regenerated.contentHash === stored.contentHash && regenerated.xlsxSha256 === stored.xlsxSha256,
      storedContentHash: stored.contentHash,
      regeneratedContentHash: regenerated.contentHash,
      storedXlsxSha256: stored.xlsxSha256,
      regeneratedXlsxSha256: regenerated.xlsxSha256,
      xlsxRenderer: stored.xlsxRenderer,
    };
  }

  /** The workbook: the bytes already rendered with the view, else rendered now (off the event loop). */
  xlsx = async (view: ReportView): Promise<Buffer> => view.xlsx ?? renderXlsx(view.content, { renderer: view.xlsxRenderer });
  csv = (view: ReportView, attachment: 'attachment1' | 'attachment2' | 'attachment3'): string => renderCsv(view.content, attachment);
}
