import type { Actor, AnyCommand, CommandMetadata, HazardCommand } from '../commands';
import { decide } from '../decide';
import { envelope } from '../envelope';
import type { HazardEvent } from '../events';
import { evolve } from '../evolve';
import type { Role } from '../reference';
import type { HazardState } from '../state';

export const T0 = Date.parse('2026-03-02T01:00:00.000Z');
export const at = (hours: number): string => new Date(T0 + hours * 3_600_000).toISOString();

export const person = (sub: string, ...roles: Role[]): Actor => ({ sub, name: sub, roles });
export const inspector = person('inspector', 'INSPECTOR');
export const supervisor = person('supervisor', 'SUPERVISOR');
export const supervisor2 = person('supervisor-2', 'SUPERVISOR');
export const office = person('office', 'COMMITTEE_OFFICE');
export const auditor = person('auditor', 'AUDITOR');

/** A valid credit code (GB 32100-2015 check character included). */
export const CREDIT_CODE = '91211100MA0Q7K3L23';

export const reportData = (overrides: Record<string, unknown> = {}) => ({
  hazardId: 'h-1',
  code: 'YH-211102-2026-00001',
  title: '储罐区可燃气体报警器失效',
  description: '报警器不能正常报警',
  level: 'MAJOR' as const,
  sector: 'HAZARDOUS_CHEMICALS' as const,
  regionCode: '211102',
  departmentCode: 'EMERGENCY',
  enterpriseName: '盘锦某石化有限公司',
  enterpriseCreditCode: CREDIT_CODE,
  source: 'DEPARTMENT_INSPECTION' as const,
  ...overrides,
});

export const plan = {
  responsibleUnit: '设备部',
  responsiblePerson: '王工',
  measures: '更换探头',
  fundingAmount: 10000,
  contingencyPlan: '人工巡检',
};

/** A valid command of each type, for a hazard in the right state. */
export const commands = {
  report: (o: Record<string, unknown> = {}): HazardCommand => ({ type: 'ReportHazard', data: reportData(o) }),
  list: (deadlineHours = 240): HazardCommand => ({
    type: 'ListHazard',
    data: { listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: at(deadlineHours) },
  }),
  supervise: (deadlineHours?: number): HazardCommand => ({
    type: 'SuperviseHazard',
    data: { plan, ...(deadlineHours ? { deadline: at(deadlineHours) } : {}) },
  }),
  progress: (percent = 50): HazardCommand => ({ type: 'ReportProgress', data: { percent, note: '进行中' } }),
  submit: (): HazardCommand => ({ type: 'SubmitRectification', data: { summary: '完成', evidenceHashes: ['a'.repeat(64)] } }),
  verify: (accepted = true): HazardCommand => ({ type: 'VerifyRectification', data: { accepted, note: '复核' } }),
  onSpot: (): HazardCommand => ({ type: 'RectifyOnSpot', data: { summary: '当场整改' } }),
  requestExtension: (hours = 480): HazardCommand => ({ type: 'RequestDeadlineExtension', data: { requestedDeadline: at(hours), reason: '延期' } }),
  decideExtension: (approved = true): HazardCommand => ({ type: 'DecideDeadlineExtension', data: { approved } }),
  suspend: (): HazardCommand => ({
    type: 'SuspendOperations',
    data: { scope: 'FULL', reason: '停产', monitors: [{ name: '张盯守' }], checkInterval: 'PT24H' },
  }),
  standbyCheck: (productionObserved = false): HazardCommand => ({ type: 'RecordStandbyCheck', data: { monitor: '张盯守', productionObserved } }),
  warning: (): HazardCommand => ({ type: 'RecordEnforcement', data: { kind: 'WARNING' } }),
  fine: (amount = 1000): HazardCommand => ({ type: 'RecordEnforcement', data: { kind: 'FINE', amount } }),
  cancel: (): HazardCommand => ({ type: 'CancelHazard', data: { reason: '重复' } }),
};

let counter = 0;
export const meta = (actor: Actor, hours = 1, extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
  commandId: `cmd-${++counter}`,
  actor,
  now: at(hours),
  ...extra,
});

/** Decides, envelopes and folds: the workflow's path without Temporal. */
export function apply(state: HazardState | null, command: AnyCommand, m: CommandMetadata): { state: HazardState; events: HazardEvent[] } {
  const bodies = decide(state, command, m);
  const events = envelope('h-1', state?.version ?? 0, bodies, m, () => `event-${++counter}`);
  return { state: events.reduce<HazardState | null>(evolve, state) as HazardState, events };
}

/** Runs steps of [actor, command, hours] from nothing, returning the final state and all events. */
export function given(steps: [Actor, HazardCommand, number?][]): { state: HazardState; events: HazardEvent[] } {
  let state: HazardState | null = null;
  const all: HazardEvent[] = [];
  steps.forEach(([actor, command, hours], i) => {
    const result = apply(state, command, meta(actor, hours ?? i * 0.1));
    state = result.state;
    all.push(...result.events);
  });
  return { state: state as unknown as HazardState, events: all };
}
