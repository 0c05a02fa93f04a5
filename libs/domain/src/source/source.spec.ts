import { DomainError } from '../shared/errors';
import { SYSTEM_ACTOR } from '../shared/metadata';
import type { CommandMetadata } from '../shared/metadata';
import { given, recorded } from '../testing';
import type { SourceCommand } from './commands';
import { decideSource, sourceDecider } from './decide';
import type { SourceEvent, SourceEventBody } from './events';
import { evolveSource } from './evolve';
import type { ChemicalReference } from './grading';
import { DEFAULT_PATROL_CADENCE, holidayStarts, nextPatrolAlarm, overduePatrols, patrolOverdueReasons, validatePatrolCadence } from './patrols';
import type { SourceState } from './state';

const REFERENCE: ChemicalReference[] = [{ name: '氯', cas: '7782-50-5', aliases: ['液氯'], criticalQuantity: 5, beta: 4 }];
const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T02:00:00Z');

const meta = (at: number, roles: CommandMetadata['actor']['roles'] = ['SUPERVISOR']): CommandMetadata => ({
  commandId: `c-${at}-${Math.random()}`,
  actor: { sub: 'u1', name: '王督办', roles },
  now: new Date(at).toISOString(),
});

/** Decides and folds, as the gateway does. */
function run(state: SourceState | null, command: SourceCommand, at = T0, roles?: CommandMetadata['actor']['roles']): SourceState {
  const bodies = decideSource(state, command, meta(at, roles));
  return bodies.reduce<SourceState | null>((s, body) => {
    const event: SourceEvent = { ...body, version: (s?.version ?? 0) + 1, metadata: { occurredAt: new Date(at).toISOString(), recordedAt: new Date(at).toISOString(), actor: meta(at).actor } };
    return evolveSource(s, event);
  }, state) as SourceState;
}

const registered = () =>
  run(null, {
    type: 'RegisterMajorHazardSource',
    data: { sourceId: 's1', name: '液氯储罐区', enterpriseName: '盘锦某化工有限公司', unitKind: 'STORAGE', location: '辽东湾新区', regionCode: '211103', departmentCode: 'EMERGENCY' },
  });

describe('the register of major hazard sources (pure)', () => {
  it('keeps each assessment as a snapshot of its inputs and result, with a re-assessment date three years on', () => {
    const s = run(registered(), { type: 'AssessMajorHazardSource', data: { population500m: 120, chemicals: [{ name: '液氯', quantityTonnes: 25 }], standard: 'GB 18218-2018', reference: REFERENCE } });
    expect(s.assessment).toMatchObject({ standard: 'GB 18218-2018', population500m: 120, result: { isMajor: true, s: 5, alpha: 2, r: 40, level: 3 } });
    expect(s.assessment?.terms[0]).toMatchObject({ criticalQuantity: 5, beta: 4 });
    expect(Date.parse(s.assessment!.reassessBy) - T0).toBe(3 * 365 * DAY);
    expect(s.version).toBe(2);
  });

  it('refuses an unknown chemical and produces no event', () => {
    expect(() =>
      decideSource(registered(), { type: 'AssessMajorHazardSource', data: { population500m: 1, chemicals: [{ name: '独角兽粉末', quantityTonnes: 1 }], standard: 'x', reference: REFERENCE } }, meta(T0)),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('refuses a second active technical person until the first is relieved', () => {
    const s = run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '李工', phone: '13800000001' } });
    expect(() => decideSource(s, { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '赵工' } }, meta(T0))).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/李工/) }),
    );
    const relieved = run(s, { type: 'RelieveResponsiblePerson', data: { role: 'TECHNICAL', reason: '调岗' } });
    expect(run(relieved, { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '赵工' } }).responsible.TECHNICAL?.name).toBe('赵工');
  });

  it('turns a missed quarterly technical patrol overdue, and a patrol clears it', () => {
    const s = run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '李工' } });
    expect(overduePatrols(s, T0 + 89 * DAY)).toEqual([]);
    expect(overduePatrols(s, T0 + 91 * DAY)).toEqual(['TECHNICAL']);
    const patrolled = run(s, { type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '季度检查' } }, T0 + 80 * DAY, ['INSPECTOR']);
    expect(overduePatrols(patrolled, T0 + 91 * DAY)).toEqual([]);
    expect(overduePatrols(patrolled, T0 + 171 * DAY)).toEqual(['TECHNICAL']);
  });

  it('follows a saved cadence naming its source, and wants a patrol in the days before a holiday period', () => {
    const s = run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '李工' } });
    const monthly = { version: 2, ...validatePatrolCadence({ source: '某市包保责任制实施细则（2026 版）', rules: [
      { role: 'PRINCIPAL', everyDays: 90 }, { role: 'TECHNICAL', everyDays: 30, beforeHolidaysWithinDays: 7 }, { role: 'OPERATIONAL', everyDays: 7 },
    ] }) };
    expect(overduePatrols(s, T0 + 31 * DAY)).toEqual([]);
    expect(patrolOverdueReasons(s, T0 + 31 * DAY, monthly).TECHNICAL).toMatch(/30 days.*v2: 某市包保责任制实施细则（2026 版）/);

    // A holiday period from 15 February (Beijing time): the window opens 7 days before it.
    const holidays = ['2026-02-15', '2026-02-16', '2026-02-17', '2026-10-01', '2026-10-02'];
    expect(holidayStarts(holidays)).toEqual(['2026-02-15', '2026-10-01']);
    const patrolled = run(s, { type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '月度检查' } }, Date.parse('2026-02-04T02:00:00Z'), ['INSPECTOR']);
    expect(overduePatrols(patrolled, Date.parse('2026-02-07T12:00:00Z'), DEFAULT_PATROL_CADENCE, holidays)).toEqual([]);
    expect(patrolOverdueReasons(patrolled, Date.parse('2026-02-10T02:00:00Z'), DEFAULT_PATROL_CADENCE, holidays).TECHNICAL).toMatch(/7 days before the holiday from 2026-02-15/);
    const beforeHoliday = run(patrolled, { type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '节前检查' } }, Date.parse('2026-02-10T02:00:00Z'), ['INSPECTOR']);
    expect(overduePatrols(beforeHoliday, Date.parse('2026-02-12T02:00:00Z'), DEFAULT_PATROL_CADENCE, holidays)).toEqual([]);
    // Once the holiday has begun the pre-holiday rule no longer applies; the cadence still does.
    expect(overduePatrols(patrolled, Date.parse('2026-02-16T02:00:00Z'), DEFAULT_PATROL_CADENCE, holidays)).toEqual([]);
  });

  it('raises one patrol alarm per missed patrol, when the cadence runs out or a holiday window opens', () => {
    const s = run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '李工' } });
    expect(nextPatrolAlarm(s, T0)).toEqual({ role: 'TECHNICAL', at: T0 + 90 * DAY + 1 });
    const holidays = ['2026-02-15', '2026-02-16'];
    // The 7-day window before 15 February (Beijing) opens on 8 February 00:00 Beijing time.
    expect(nextPatrolAlarm(s, T0, DEFAULT_PATROL_CADENCE, holidays)).toEqual({ role: 'TECHNICAL', at: Date.parse('2026-02-07T16:00:00Z') });
    const system = { ...meta(T0 + 91 * DAY), actor: { sub: 'system', name: '系统', roles: [] } };
    expect(() => decideSource(s, { type: 'RaisePatrolAlarm', data: { role: 'TECHNICAL', reason: 'x' } }, meta(T0 + 91 * DAY))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    // A person without roles is still not the system.
    expect(() => decideSource(s, { type: 'RaisePatrolAlarm', data: { role: 'TECHNICAL', reason: 'x' } }, meta(T0 + 91 * DAY, []))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'only the system raises patrol alarms' }),
    );
    const bodies = decideSource(s, { type: 'RaisePatrolAlarm', data: { role: 'TECHNICAL', reason: 'no patrol in 90 days' } }, system);
    expect(bodies).toEqual([{ type: 'PatrolOverdue', data: { role: 'TECHNICAL', person: '李工', since: s.responsible.TECHNICAL?.since, reason: 'no patrol in 90 days' } }]);
    const alarmed = evolveSource(s, { ...bodies[0], version: s.version + 1, metadata: { occurredAt: system.now, recordedAt: system.now, actor: system.actor } } as SourceEvent);
    expect(() => decideSource(alarmed, { type: 'RaisePatrolAlarm', data: { role: 'TECHNICAL', reason: 'again' } }, system)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(nextPatrolAlarm(alarmed, T0 + 91 * DAY)).toBeNull();
    // A patrol starts a new basis: the next missed one alarms again.
    const patrolled = run(alarmed, { type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '补查' } }, T0 + 92 * DAY, ['INSPECTOR']);
    expect(nextPatrolAlarm(patrolled, T0 + 92 * DAY)).toEqual({ role: 'TECHNICAL', at: T0 + 182 * DAY + 1 });
  });

  it('wants the technical person’s patrol before a major event (a campaign’s first day) too', () => {
    const s = run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '李工' } });
    const events = [{ name: '全国两会期间安全生产专项行动', from: '2026-03-01' }];
    // The 7-day window before 1 March (Beijing) opens on 22 February 00:00 Beijing time.
    expect(nextPatrolAlarm(s, T0, DEFAULT_PATROL_CADENCE, [], events)).toEqual({ role: 'TECHNICAL', at: Date.parse('2026-02-21T16:00:00Z') });
    expect(patrolOverdueReasons(s, Date.parse('2026-02-25T02:00:00Z'), DEFAULT_PATROL_CADENCE, [], events).TECHNICAL).toMatch(/7 days before 全国两会期间安全生产专项行动 from 2026-03-01/);
    const patrolled = run(s, { type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '会前检查' } }, Date.parse('2026-02-23T02:00:00Z'), ['INSPECTOR']);
    expect(overduePatrols(patrolled, Date.parse('2026-02-25T02:00:00Z'), DEFAULT_PATROL_CADENCE, [], events)).toEqual([]);
  });

  it('refuses a cadence that misses a role, names one twice, has no source or impossible numbers', () => {
    const rules = [{ role: 'PRINCIPAL', everyDays: 90 }, { role: 'TECHNICAL', everyDays: 90 }, { role: 'OPERATIONAL', everyDays: 7 }];
    expect(() => validatePatrolCadence({ source: 'x', rules: rules.slice(0, 2) })).toThrow(expect.objectContaining({ field: 'rules', message: expect.stringMatching(/操作负责人/) }));
    expect(() => validatePatrolCadence({ source: 'x', rules: [...rules, rules[0]] })).toThrow(expect.objectContaining({ field: 'rules' }));
    expect(() => validatePatrolCadence({ source: ' ', rules })).toThrow(expect.objectContaining({ field: 'source' }));
    expect(() => validatePatrolCadence({ source: 'x', rules: [{ ...rules[0], everyDays: 0 }, ...rules.slice(1)] })).toThrow(expect.objectContaining({ field: 'rules[0].everyDays' }));
    expect(() => validatePatrolCadence({ source: 'x', rules: [{ ...rules[0], beforeHolidaysWithinDays: 40 }, ...rules.slice(1)] })).toThrow(expect.objectContaining({ field: 'rules[0].beforeHolidaysWithinDays' }));
    expect(validatePatrolCadence({ source: 'x', rules: [...rules].reverse() }).rules.map((r) => r.role)).toEqual(['PRINCIPAL', 'TECHNICAL', 'OPERATIONAL']);
  });

  it('refuses what the caller may not do, a stale version and a command before registration', () => {
    expect(() => run(registered(), { type: 'AssignResponsiblePerson', data: { role: 'PRINCIPAL', name: '张总' } }, T0, ['INSPECTOR'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => decideSource(registered(), { type: 'RecordPatrol', data: { role: 'PRINCIPAL', note: 'x' } }, { ...meta(T0), expectedVersion: 7 })).toThrow(
      expect.objectContaining({ code: 'VERSION_CONFLICT' }),
    );
    expect(() => decideSource(null, { type: 'RecordPatrol', data: { role: 'PRINCIPAL', note: 'x' } }, meta(T0))).toThrow(DomainError);
    expect(() => decideSource(registered(), { type: 'RecordPatrol', data: { role: 'PRINCIPAL', note: 'x' } }, meta(T0))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('given events → when command → then events', () => {
  const registeredEvent: SourceEventBody = {
    type: 'MajorHazardSourceRegistered',
    data: { sourceId: 's1', name: '液氯储罐区', enterpriseName: '盘锦某化工有限公司', enterpriseCreditCode: null, unitKind: 'STORAGE', location: '辽东湾新区', regionCode: '211103', departmentCode: 'EMERGENCY' },
  };
  const technical = recorded<SourceEventBody>({ type: 'ResponsiblePersonAssigned', data: { role: 'TECHNICAL', name: '李工', phone: null } }, undefined, new Date(T0).toISOString());
  const alarm: SourceCommand = { type: 'RaisePatrolAlarm', data: { role: 'TECHNICAL', reason: 'no patrol in 90 days' } };

  test('the system raises the alarm for a missed patrol, naming the person and since when', () => {
    given(sourceDecider, [registeredEvent, technical])
      .when(alarm, { ...meta(T0 + 91 * DAY), actor: SYSTEM_ACTOR })
      .then([{ type: 'PatrolOverdue', data: { role: 'TECHNICAL', person: '李工', since: new Date(T0).toISOString(), reason: 'no patrol in 90 days' } }]);
  });

  test('nobody else raises it, not even a person without roles', () => {
    given(sourceDecider, [registeredEvent, technical]).when(alarm, meta(T0 + 91 * DAY, [])).thenThrows('FORBIDDEN', { message: 'only the system raises patrol alarms' });
  });

  test('one active person per role: a second technical person waits until the first is relieved', () => {
    given(sourceDecider, [registeredEvent, technical])
      .when({ type: 'AssignResponsiblePerson', data: { role: 'TECHNICAL', name: '赵工' } }, meta(T0))
      .thenThrows('INVALID_TRANSITION', { message: /李工 is active/ });
  });

  test('an inspector records the active person’s patrol', () => {
    given(sourceDecider, [registeredEvent, technical])
      .when({ type: 'RecordPatrol', data: { role: 'TECHNICAL', note: '季度检查' } }, meta(T0 + DAY, ['INSPECTOR']))
      .then([{ type: 'PatrolRecorded', data: { role: 'TECHNICAL', person: '李工', note: '季度检查' } }]);
  });
});
