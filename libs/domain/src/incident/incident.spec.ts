import { type CommandMetadata, SYSTEM_ACTOR } from '../shared/metadata';
import { given } from '../testing';
import { pendingIncidentClocks } from './clocks';
import type { IncidentCommand } from './commands';
import { decideIncident, incidentDecider } from './decide';
import type { IncidentEventBody } from './events';
import { evolveIncident } from './evolve';
import { DEFAULT_INCIDENT_RULES, validateIncidentRules } from './rules';
import type { IncidentState } from './state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T02:00:00Z'); // 10:00 Beijing time
const iso = (ms: number) => new Date(ms).toISOString();
const meta = (at: number, roles: CommandMetadata['actor']['roles'] = ['SUPERVISOR']): CommandMetadata => ({ commandId: `c-${at}-${Math.random()}`, actor: { sub: 'duty', name: '值班员', roles }, now: iso(at) });

/** Clocks fire as the system (the record-clock workflow does so); everything else as the duty desk. */
const metaOf = (command: IncidentCommand, at: number): CommandMetadata => (command.type === 'FireIncidentClock' ? { ...meta(at), actor: SYSTEM_ACTOR } : meta(at));

function apply(state: IncidentState | null, command: IncidentCommand, at: number): IncidentState {
  const m = metaOf(command, at);
  return decideIncident(state, command, m).reduce<IncidentState | null>(
    (s, body) => evolveIncident(s, { ...body, version: (s?.version ?? 0) + 1, metadata: { occurredAt: iso(at), recordedAt: iso(at), actor: m.actor } }),
    state,
  ) as IncidentState;
}

const record = (sector: 'HAZARDOUS_CHEMICALS' | 'FIRE' = 'HAZARDOUS_CHEMICALS', receivedAt = T0 + 40 * 60_000): IncidentCommand => ({
  type: 'RecordIncident',
  data: {
    incidentId: 'i1',
    title: '某化工企业储罐泄漏',
    level: 'ORDINARY',
    sector,
    regionCode: '211103',
    departmentCode: 'EMERGENCY',
    place: '石化园区 3 号罐区',
    summary: '储罐法兰泄漏，1 人受伤',
    occurredAt: iso(T0),
    receivedAt: iso(receivedAt),
    casualties: { deaths: 0, injuries: 1, missing: 0 },
    rules: DEFAULT_INCIDENT_RULES,
  },
});

describe('incidents on the clock (pure)', () => {
  it('computes the due times from the rules: the unit within 1 hour of the incident, passing on within 2 hours of receipt', () => {
    const s = apply(null, record(), T0 + 40 * 60_000);
    expect(s.obligations).toEqual([
      { key: 'unit_report', kind: 'UNIT_REPORT', dueAt: iso(T0 + HOUR), filedAt: iso(T0 + 40 * 60_000), late: false, warnedAt: null, missedAt: null },
      { key: 'pass_on', kind: 'PASS_ON', dueAt: iso(T0 + 40 * 60_000 + 2 * HOUR), filedAt: null, late: false, warnedAt: null, missedAt: null },
    ]);
    // A warning 15 minutes before, then the alarm at the due time.
    expect(pendingIncidentClocks(s).map((c) => [c.clock, c.at])).toEqual([
      ['warn:pass_on', iso(T0 + 40 * 60_000 + 2 * HOUR - 15 * 60_000)],
      ['missed:pass_on', iso(T0 + 40 * 60_000 + 2 * HOUR)],
    ]);
    // A unit that reported after an hour reported late.
    expect(apply(null, record('HAZARDOUS_CHEMICALS', T0 + 90 * 60_000), T0 + 90 * 60_000).obligations[0]).toMatchObject({ late: true });
  });

  it('warns, then raises the alarm on a missed report; a filed report stops its clocks', () => {
    let s = apply(null, record(), T0 + 40 * 60_000);
    const passOnDue = T0 + 40 * 60_000 + 2 * HOUR;
    expect(() => apply(s, { type: 'FireIncidentClock', data: { key: 'warn:pass_on' } }, passOnDue - 20 * 60_000)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    s = apply(s, { type: 'FireIncidentClock', data: { key: 'warn:pass_on' } }, passOnDue - 15 * 60_000);
    expect(s.obligations[1].warnedAt).not.toBeNull();
    s = apply(s, { type: 'FireIncidentClock', data: { key: 'missed:pass_on' } }, passOnDue);
    expect(s.obligations[1].missedAt).toBe(iso(passOnDue));
    expect(() => apply(s, { type: 'FireIncidentClock', data: { key: 'missed:pass_on' } }, passOnDue + 1)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    // Only the system fires a clock: the duty desk, whatever its roles, may not.
    for (const roles of [['SUPERVISOR'], ['COMMITTEE_OFFICE'], []] as const) {
      expect(() => decideIncident(s, { type: 'FireIncidentClock', data: { key: 'missed:pass_on' } }, meta(passOnDue + 1, [...roles]))).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', message: 'only the system fires clocks' }),
      );
    }
    s = apply(s, { type: 'FileIncidentReport', data: { key: 'pass_on', summary: '已电话报告市应急局', recipient: '市应急管理局' } }, passOnDue + 10 * 60_000);
    expect(s.obligations[1]).toMatchObject({ late: true });
    expect(pendingIncidentClocks(s)).toEqual([]);
    expect(() => apply(s, { type: 'FileIncidentReport', data: { key: 'pass_on', summary: 'x', recipient: 'x' } }, passOnDue + 11 * 60_000)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));

    const onTime = apply(apply(null, record(), T0 + 40 * 60_000), { type: 'FileIncidentReport', data: { key: 'pass_on', summary: '已报', recipient: '市应急管理局' } }, T0 + HOUR);
    expect(onTime.obligations[1]).toMatchObject({ late: false });
    expect(pendingIncidentClocks(onTime)).toEqual([]);
  });

  it('opens a supplementary report for a casualty change on day 20 of an ordinary accident, but not on day 8 of a fire', () => {
    const ordinary = apply(apply(null, record(), T0 + 40 * 60_000), { type: 'ReportCasualtyChange', data: { deaths: 1, injuries: 0, missing: 0, note: '伤者抢救无效死亡' } }, T0 + 19 * DAY + HOUR);
    expect(ordinary.casualties).toEqual({ deaths: 1, injuries: 0, missing: 0 });
    expect(ordinary.obligations.map((o) => o.key)).toEqual(['unit_report', 'pass_on', 'supplementary-1']);
    expect(ordinary.obligations[2].dueAt).toBe(iso(T0 + 19 * DAY + 3 * HOUR));

    const fire = apply(null, record('FIRE'), T0 + 40 * 60_000);
    const events = decideIncident(fire, { type: 'ReportCasualtyChange', data: { deaths: 1, injuries: 0, missing: 0, note: '伤者死亡' } }, meta(T0 + 7 * DAY + HOUR));
    expect(events).toEqual([{ type: 'CasualtiesChanged', data: { deaths: 1, injuries: 0, missing: 0, note: '伤者死亡', day: 8, withinWindow: false, windowDays: 7 } }]);
    // Day 7 of a fire is still inside its window.
    expect(decideIncident(fire, { type: 'ReportCasualtyChange', data: { deaths: 1, injuries: 0, missing: 0, note: 'x' } }, meta(T0 + 6 * DAY + HOUR)).map((e) => e.type)).toEqual([
      'CasualtiesChanged',
      'SupplementaryReportOpened',
    ]);
  });

  it('refuses bad input, unknown reports, other roles and anything after closing', () => {
    expect(() => apply(null, { ...record(), data: { ...record().data, receivedAt: iso(T0 - 1) } } as IncidentCommand, T0)).toThrow(expect.objectContaining({ field: 'receivedAt' }));
    expect(() => apply(null, { ...record(), data: { ...record().data, level: 'HUGE' as never } } as IncidentCommand, T0 + HOUR)).toThrow(expect.objectContaining({ field: 'level' }));
    expect(() => decideIncident(null, record(), meta(T0 + HOUR, ['AUDITOR']))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const s = apply(null, record(), T0 + HOUR);
    expect(() => apply(s, { type: 'FileIncidentReport', data: { key: 'final', summary: 'x', recipient: 'x' } }, T0 + HOUR)).toThrow(expect.objectContaining({ field: 'key' }));
    expect(() => apply(s, { type: 'ReportCasualtyChange', data: { deaths: 0, injuries: 1, missing: 0, note: 'x' } }, T0 + HOUR)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    const closed = apply(s, { type: 'CloseIncident', data: { reason: '调查结束' } }, T0 + 2 * HOUR);
    expect(pendingIncidentClocks(closed)).toEqual([]);
    expect(() => apply(closed, { type: 'FileIncidentReport', data: { key: 'pass_on', summary: 'x', recipient: 'x' } }, T0 + 3 * HOUR)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('checks rules the office saves: durations, windows, a named source', () => {
    const ok = validateIncidentRules({ ...DEFAULT_INCIDENT_RULES, obligations: [{ kind: 'WRITTEN_FIRST', levels: ['LARGER'], from: 'RECEIVED', within: 'PT2H' }] });
    expect(ok.obligations).toEqual([{ kind: 'WRITTEN_FIRST', levels: ['LARGER'], from: 'RECEIVED', within: 'PT2H' }]);
    expect(() => validateIncidentRules({ ...DEFAULT_INCIDENT_RULES, source: '' })).toThrow(expect.objectContaining({ field: 'source' }));
    expect(() => validateIncidentRules({ ...DEFAULT_INCIDENT_RULES, warnBefore: '2WD' })).toThrow(expect.objectContaining({ field: 'warnBefore' }));
    expect(() => validateIncidentRules({ ...DEFAULT_INCIDENT_RULES, casualtyWindowDaysBySector: { SPACE: 3 } })).toThrow(expect.objectContaining({ field: 'casualtyWindowDaysBySector' }));
    expect(() => validateIncidentRules({ ...DEFAULT_INCIDENT_RULES, obligations: [{ kind: 'SUPPLEMENTARY', levels: [], from: 'RECEIVED', within: 'PT1H' }] })).toThrow(expect.objectContaining({ field: 'obligations[0].kind' }));
  });
});

describe('given events → when command → then events', () => {
  const received = T0 + 40 * 60_000;
  const passOnDue = received + 2 * HOUR;
  const recorded: IncidentEventBody = {
    type: 'IncidentRecorded',
    data: {
      incidentId: 'i1',
      title: '某化工企业储罐泄漏',
      level: 'ORDINARY',
      sector: 'HAZARDOUS_CHEMICALS',
      regionCode: '211103',
      departmentCode: 'EMERGENCY',
      place: '石化园区 3 号罐区',
      summary: '储罐法兰泄漏，1 人受伤',
      occurredAt: iso(T0),
      receivedAt: iso(received),
      casualties: { deaths: 0, injuries: 1, missing: 0 },
      hazardId: null,
      majorHazardSourceId: null,
      rules: DEFAULT_INCIDENT_RULES,
      obligations: [
        { key: 'unit_report', kind: 'UNIT_REPORT', dueAt: iso(T0 + HOUR), filedAt: iso(received), late: false, warnedAt: null, missedAt: null },
        { key: 'pass_on', kind: 'PASS_ON', dueAt: iso(passOnDue), filedAt: null, late: false, warnedAt: null, missedAt: null },
      ],
    },
  };
  const system = (at: number): CommandMetadata => ({ ...meta(at), actor: SYSTEM_ACTOR });

  test('recording an incident computes its obligations from the rules', () => {
    given(incidentDecider).when(record(), meta(received)).then([recorded]);
  });

  test('a report filed on time is not late', () => {
    given(incidentDecider, [recorded])
      .when({ type: 'FileIncidentReport', data: { key: 'pass_on', summary: '已报', recipient: '市应急管理局' } }, meta(T0 + HOUR))
      .then([{ type: 'IncidentReportFiled', data: { key: 'pass_on', summary: '已报', recipient: '市应急管理局', late: false } }]);
  });

  test('the warning clock fires for the system, not for the duty desk', () => {
    const scenario = given(incidentDecider, [recorded]);
    scenario.when({ type: 'FireIncidentClock', data: { key: 'warn:pass_on' } }, meta(passOnDue - 15 * 60_000, ['COMMITTEE_OFFICE'])).thenThrows('FORBIDDEN', { message: 'only the system fires clocks' });
    scenario
      .when({ type: 'FireIncidentClock', data: { key: 'warn:pass_on' } }, system(passOnDue - 15 * 60_000))
      .then([{ type: 'IncidentReportDueSoon', data: { key: 'pass_on', clock: 'warn:pass_on', dueAt: iso(passOnDue) } }]);
  });

  test('a closed incident takes no more reports', () => {
    given(incidentDecider, [recorded, { type: 'IncidentClosed', data: { reason: '调查结束', openObligations: ['pass_on'] } }])
      .when({ type: 'FileIncidentReport', data: { key: 'pass_on', summary: '已报', recipient: '市应急管理局' } }, meta(T0 + 3 * HOUR))
      .thenThrows('INVALID_TRANSITION', { message: 'incident 某化工企业储罐泄漏 is closed' });
  });
});
