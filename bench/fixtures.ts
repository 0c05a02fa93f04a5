import { randomUUID } from 'node:crypto';
import type { CommandMetadata,HazardCommand } from '@hazard/domain';
import { DAY } from './output';

/** The commands the benchmarks send, and who sends them. */
export const supervisor = { sub: 'bench-supervisor', name: '压测督办', roles: ['SUPERVISOR' as const] };
export const meta = (actor = supervisor): CommandMetadata => ({ commandId: randomUUID(), actor, now: new Date().toISOString() });
export const report = (hazardId: string): HazardCommand => ({
  type: 'ReportHazard',
  data: { hazardId, code: `YH-BENCH-${hazardId.slice(0, 8)}`, title: '压测隐患', description: '压测', level: 'GENERAL', sector: 'FIRE', regionCode: '211102', departmentCode: 'FIRE', enterpriseName: '压测企业', source: 'DEPARTMENT_INSPECTION' },
});
export const supervise = (days = 60): HazardCommand => ({
  type: 'SuperviseHazard',
  data: { deadline: new Date(Date.now() + days * DAY).toISOString(), plan: { responsibleUnit: '企业', responsiblePerson: '张', measures: '整改', fundingAmount: 1, contingencyPlan: '巡检' } },
});
export const progress = (i: number): HazardCommand => ({ type: 'ReportProgress', data: { percent: i % 100, note: '压测进度' } });
