/**
 * Builders of the hazard's specs: commands with sensible data, and a small harness that runs
 * "given commands → when command → then events" through the real decide / envelope / evolve.
 * Plain TypeScript (no test-framework globals), like ../testing.ts, whose clock and actors it uses.
 */
import type { Actor, CommandMetadata } from '../shared/metadata';
import { HOUR, type Loose, SHA_A, SHA_B, T0, VALID_CREDIT_CODE, metaFor, plusDays, plusMs } from '../testing';
import type {
  AmendEnterpriseData,
  AnyCommand,
  CancelHazardData,
  DecideDeadlineExtensionData,
  HazardCommand,
  HazardCommandType,
  ListHazardData,
  RecordEnforcementData,
  RecordStandbyCheckData,
  RectificationPlan,
  RectifyOnSpotData,
  ReportHazardData,
  ReportProgressData,
  RequestDeadlineExtensionData,
  RequestRegradeData,
  ResumeOperationsData,
  RotateStandbyMonitorsData,
  SubmitRectificationData,
  SuperviseHazardData,
  SuspendOperationsData,
  TransferHazardData,
  VerifyRectificationData,
} from './commands';
import { decide } from './decide';
import { envelope } from './envelope';
import type { HazardEvent, HazardEventBody } from './events';
import { evolve } from './evolve';
import type { HazardState } from './state';

/** Default rectification deadline of the builders (far enough for every scenario's clock). */
export const DEADLINE = plusDays(T0, 60);
/** Default deadline an extension request asks for (after DEADLINE). */
export const EXTENDED_DEADLINE = plusDays(T0, 90);

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

export const HAZARD_ID = 'hz-0001';

export const MONITOR_1 = '陈盯守';
export const MONITOR_2 = '周盯守';

export const reportData = (over: Loose<ReportHazardData> = {}): ReportHazardData =>
  ({
    hazardId: HAZARD_ID,
    code: 'PJ-2026-0001',
    title: '储罐区可燃气体报警仪失效',
    description: '罐区东侧 3 台可燃气体报警仪未投用，联锁切除。',
    level: 'GENERAL',
    sector: 'HAZARDOUS_CHEMICALS',
    regionCode: '211102',
    departmentCode: 'EMERGENCY',
    enterpriseName: '盘锦某石化有限公司',
    enterpriseCreditCode: VALID_CREDIT_CODE,
    location: '双台子区石化路 1 号',
    judgementBasis: 'GB 50493-2019 第 4.1.1 条',
    source: 'DEPARTMENT_INSPECTION',
    ...over,
  }) as ReportHazardData;

export const reportHazard = (over: Loose<ReportHazardData> = {}): HazardCommand => ({
  type: 'ReportHazard',
  data: reportData(over),
});

export const listHazard = (over: Loose<ListHazardData> = {}): HazardCommand => ({
  type: 'ListHazard',
  data: {
    listingLevel: 'CITY',
    supervisingUnit: '市应急管理局',
    documentNumber: '盘安委办〔2026〕12号',
    signer: '刘主任',
    deadline: DEADLINE,
    ...over,
  } as ListHazardData,
});

export const plan = (over: Loose<RectificationPlan> = {}): RectificationPlan =>
  ({
    responsibleUnit: '盘锦某石化有限公司',
    responsiblePerson: '赵厂长',
    responsiblePhone: '13800000000',
    measures: '更换报警仪并恢复联锁，完成标定。',
    fundingAmount: 50_000,
    fundingSource: '企业自筹',
    contingencyPlan: '罐区停止收发作业，专人巡检。',
    ...over,
  }) as RectificationPlan;

export const superviseHazard = (over: Loose<SuperviseHazardData> = {}): HazardCommand => ({
  type: 'SuperviseHazard',
  data: { plan: plan(), ...over } as SuperviseHazardData,
});

export const reportProgress = (over: Loose<ReportProgressData> = {}): HazardCommand => ({
  type: 'ReportProgress',
  data: { percent: 50, note: '已采购报警仪', ...over } as ReportProgressData,
});

export const submitRectification = (over: Loose<SubmitRectificationData> = {}): HazardCommand => ({
  type: 'SubmitRectification',
  data: { summary: '报警仪已更换并联调', evidenceHashes: [SHA_A], ...over } as SubmitRectificationData,
});

export const verifyRectification = (accepted = true, over: Loose<VerifyRectificationData> = {}): HazardCommand => ({
  type: 'VerifyRectification',
  data: { accepted, note: accepted ? '现场核查合格' : '联锁未恢复，退回', ...over } as VerifyRectificationData,
});

export const rectifyOnSpot = (over: Loose<RectifyOnSpotData> = {}): HazardCommand => ({
  type: 'RectifyOnSpot',
  data: { summary: '现场拆除违规电线', evidenceHashes: [SHA_B], ...over } as RectifyOnSpotData,
});

export const requestExtension = (over: Loose<RequestDeadlineExtensionData> = {}): HazardCommand => ({
  type: 'RequestDeadlineExtension',
  data: { requestedDeadline: EXTENDED_DEADLINE, reason: '设备到货延迟', ...over } as RequestDeadlineExtensionData,
});

export const decideExtension = (approved = true, over: Loose<DecideDeadlineExtensionData> = {}): HazardCommand => ({
  type: 'DecideDeadlineExtension',
  data: { approved, note: approved ? '同意延期' : '不予延期', ...over } as DecideDeadlineExtensionData,
});

export const suspendOperations = (over: Loose<SuspendOperationsData> = {}): HazardCommand => ({
  type: 'SuspendOperations',
  data: {
    scope: 'FULL',
    reason: '重大隐患无法保证安全，责令停产停工',
    monitors: [{ name: MONITOR_1, phone: '13800000001' }, { name: MONITOR_2 }],
    checkInterval: 'PT24H',
    ...over,
  } as SuspendOperationsData,
});

export const recordStandbyCheck = (over: Loose<RecordStandbyCheckData> = {}): HazardCommand => ({
  type: 'RecordStandbyCheck',
  data: { monitor: MONITOR_1, productionObserved: false, note: '厂区无生产迹象', location: '1 号门', ...over } as RecordStandbyCheckData,
});

export const recordEnforcement = (over: Loose<RecordEnforcementData> = {}): HazardCommand => ({
  type: 'RecordEnforcement',
  data: { kind: 'FINE', amount: 30_000, decisionNumber: '盘应急罚〔2026〕7号', ...over } as RecordEnforcementData,
});

export const cancelHazard = (over: Loose<CancelHazardData> = {}): HazardCommand => ({
  type: 'CancelHazard',
  data: { reason: '重复上报', ...over } as CancelHazardData,
});

export const resumeOperations = (over: Loose<ResumeOperationsData> = {}): HazardCommand => ({
  type: 'ResumeOperations',
  data: { reviewedBy: '市应急局复产验收组（王、李、赵）', opinion: '整改到位，同意复产', reviewedOn: '2026-12-03', ...over } as ResumeOperationsData,
});

export const rotateStandbyMonitors = (over: Loose<RotateStandbyMonitorsData> = {}): HazardCommand => ({
  type: 'RotateStandbyMonitors',
  data: { monitors: [{ name: '轮换盯守员', phone: '13900000009' }], reason: '轮班', ...over } as RotateStandbyMonitorsData,
});

export const requestRegrade = (over: Loose<RequestRegradeData> = {}): HazardCommand => ({
  type: 'RequestRegrade',
  data: { level: 'MAJOR', reason: '复核认定为重大事故隐患', ...over } as RequestRegradeData,
});

export const decideRegrade = (approved: boolean, note: string | null = null): HazardCommand => ({ type: 'DecideRegrade', data: { approved, note } });

export const transferHazard = (over: Loose<TransferHazardData> = {}): HazardCommand => ({
  type: 'TransferHazard',
  data: { regionCode: '211103', reason: '属地核实有误', ...over } as TransferHazardData,
});

export const amendEnterprise = (over: Loose<AmendEnterpriseData> = {}): HazardCommand => ({
  type: 'AmendEnterprise',
  data: { enterpriseName: '盘锦更正后企业有限公司', reason: '营业执照名称核对', ...over } as AmendEnterpriseData,
});

/**
 * A well-formed command of the given type that fits the state as far as data go (a rostered
 * monitor, a deadline only where one is expected), so that whether it is accepted depends on
 * the transition alone.
 */
export function wellFormed(type: HazardCommandType, state: HazardState | null): HazardCommand {
  switch (type) {
    case 'ReportHazard':
      return reportHazard();
    case 'ListHazard':
      return listHazard();
    case 'SuperviseHazard':
      return superviseHazard(state?.status === 'FOUND' ? { deadline: DEADLINE } : {});
    case 'ReportProgress':
      return reportProgress();
    case 'SubmitRectification':
      return submitRectification();
    case 'VerifyRectification':
      return verifyRectification(true);
    case 'RectifyOnSpot':
      return rectifyOnSpot();
    case 'RequestDeadlineExtension':
      return requestExtension();
    case 'DecideDeadlineExtension':
      return decideExtension(true);
    case 'SuspendOperations':
      return suspendOperations();
    case 'RecordStandbyCheck':
      return recordStandbyCheck({ monitor: state?.suspension?.monitors[0]?.name ?? MONITOR_1 });
    case 'RecordEnforcement':
      return recordEnforcement();
    case 'CancelHazard':
      return cancelHazard();
    case 'ResumeOperations':
      return resumeOperations();
    case 'RotateStandbyMonitors':
      return rotateStandbyMonitors();
    case 'RequestRegrade':
      return requestRegrade({ level: state?.level === 'MAJOR' ? 'GENERAL' : 'MAJOR' });
    case 'DecideRegrade':
      return decideRegrade(true);
    case 'TransferHazard':
      return transferHazard({ regionCode: state?.regionCode === '211103' ? '211102' : '211103' });
    case 'AmendEnterprise':
      return amendEnterprise();
    case 'IssueSupervisionLetter':
      return { type: 'IssueSupervisionLetter', data: { documentNumber: '盘安委办督〔2026〕3号', addressee: '盘锦某石化有限公司' } };
    case 'RecordInterview':
      return { type: 'RecordInterview', data: { interviewee: '企业主要负责人', heldAt: T0, minutes: '约谈纪要：限期整改' } };
    case 'RaiseListingLevel':
      return { type: 'RaiseListingLevel', data: { listingLevel: 'PROVINCE', documentNumber: '辽安委办〔2026〕8号' } };
  }
}

// ---------------------------------------------------------------------------------------------
// Harness: given → when → then
// ---------------------------------------------------------------------------------------------

export interface Step {
  command: AnyCommand;
  actor: Actor;
  meta?: Partial<CommandMetadata>;
}

export const step = (command: AnyCommand, actor: Actor, meta?: Partial<CommandMetadata>): Step => ({ command, actor, meta });

/** What a refused command threw, or a marker when it was not refused. */
export type Outcome = { ok: true; events: HazardEventBody[] } | { ok: false; error: unknown };

/**
 * One hazard's stream in memory. Every command advances the clock by `stepMs` first, so times
 * are distinct and ordered; event ids come from a counter.
 */
export class Harness {
  state: HazardState | null = null;
  readonly events: HazardEvent[] = [];
  now: string;
  private eventSeq = 0;

  constructor(
    readonly hazardId: string = HAZARD_ID,
    start: string = T0,
    readonly stepMs: number = HOUR,
  ) {
    this.now = start;
  }

  static given(...steps: Step[]): Harness {
    const h = new Harness();
    for (const s of steps) h.apply(s.command, s.actor, s.meta);
    return h;
  }

  tick(ms: number = this.stepMs): this {
    this.now = plusMs(this.now, ms);
    return this;
  }

  meta(actor: Actor, extra: Partial<CommandMetadata> = {}): CommandMetadata {
    return metaFor(actor, this.now, extra);
  }

  nextEventId = (): string => `evt-${String(++this.eventSeq).padStart(6, '0')}`;

  /** decide only: the "then" of a spec. Advances the clock. */
  decide(command: AnyCommand, actor: Actor, extra: Partial<CommandMetadata> = {}): HazardEventBody[] {
    this.tick();
    return decide(this.state, command, this.meta(actor, extra));
  }

  /** decide, then envelope and evolve the events: a step of the "given" or the "when". */
  apply(command: AnyCommand, actor: Actor, extra: Partial<CommandMetadata> = {}): HazardEventBody[] {
    this.tick();
    const meta = this.meta(actor, extra);
    const bodies = decide(this.state, command, meta);
    this.record(bodies, meta);
    return bodies;
  }

  /** Like `apply`, but reports a refusal instead of throwing it. */
  attempt(command: AnyCommand, actor: Actor, extra: Partial<CommandMetadata> = {}): Outcome {
    try {
      return { ok: true, events: this.apply(command, actor, extra) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  record(bodies: readonly HazardEventBody[], meta: CommandMetadata): HazardEvent[] {
    const wrapped = envelope(this.hazardId, this.state?.version ?? 0, bodies, meta, this.nextEventId);
    for (const event of wrapped) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
    return wrapped;
  }

  /** The state, asserting there is one (for specs that know a hazard was reported). */
  get current(): HazardState {
    if (!this.state) throw new Error('no hazard reported yet');
    return this.state;
  }
}
