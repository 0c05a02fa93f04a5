import { SYSTEM_ACTOR } from '../shared/metadata';
import { type ReportingDutyRef, decideReportingDuty, evolveReportingDuty, reportingDutyId, reportingUnitOfStream } from './duty';
import { type ObligationInput, countingPeriodStart, dailyDueAt, obligationsInForce, remindAt, reportingState, validateObligation } from './obligation';

const NOTICE: ObligationInput = {
  id: 'pjaw-2023-11',
  documentNumber: '盘安委办发〔2023〕11号',
  title: '每日报送',
  units: ['*'],
  countingFrom: '01-01',
  cityCutoff: '15:00',
  districtCutoff: '12:00',
  remindBeforeMinutes: 120,
  effectiveFrom: '2023-01-01',
  periodReports: [{ from: '2023-01-01', to: '2023-02-28', dueAt: '2023-02-28T15:00:00+08:00', title: '1—2月' }],
};
const units = new Set(['EMERGENCY', 'HOUSING']);
const version = (v: number, o: Partial<ObligationInput> = {}) => ({ ...validateObligation({ ...NOTICE, ...o }, units), version: v, recordedBy: 'office', recordedAt: '2023-01-01T00:00:00Z' });

describe('reporting obligations', () => {
  it('accepts the notice and normalises its period report’s due time to an instant', () => {
    expect(validateObligation(NOTICE, units).periodReports[0].dueAt).toBe('2023-02-28T07:00:00.000Z');
  });

  it.each<[string, Partial<ObligationInput>, string]>([
    ['a unit nobody knows', { units: ['EMERGENCY', 'NOPE'] }, 'units'],
    ['* beside a unit', { units: ['*', 'EMERGENCY'] }, 'units'],
    ['districts due after the city', { districtCutoff: '15:30' }, 'districtCutoff'],
    ['a time that is not one', { cityCutoff: '24:00' }, 'cityCutoff'],
    ['a period report due after the end', { endsOn: '2023-02-27' }, 'periodReports[0].dueAt'],
    ['an end before the start', { endsOn: '2022-12-31', periodReports: [] }, 'endsOn'],
    ['a due time without its offset', { periodReports: [{ from: '2023-01-01', to: '2023-02-28', dueAt: '2023-02-28T15:00:00', title: 'x' }] }, 'periodReports[0].dueAt'],
    ['a counting start that is not a day', { countingFrom: '13-01' }, 'countingFrom'],
  ])('refuses %s', (_what, change, field) => {
    expect(() => validateObligation({ ...NOTICE, ...change }, units)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('takes for each day the latest version whose range covers it', () => {
    const versions = [version(1), version(2, { cityCutoff: '14:00', districtCutoff: '11:00', effectiveFrom: '2026-12-03' })];
    expect(obligationsInForce(versions, '2026-12-02').map((o) => o.version)).toEqual([1]);
    expect(obligationsInForce(versions, '2026-12-03').map((o) => o.version)).toEqual([2]);
    expect(obligationsInForce([version(1, { endsOn: '2023-12-31', periodReports: [] })], '2024-01-01')).toEqual([]);
  });

  it('computes due times per tier in Beijing time, the reminder, and the counting period of a report day', () => {
    const o = version(1);
    expect(dailyDueAt(o, 'CITY', '2026-12-03')).toBe('2026-12-03T07:00:00.000Z');
    expect(dailyDueAt(o, 'DISTRICT', '2026-12-03')).toBe('2026-12-03T04:00:00.000Z');
    expect(remindAt(o, '2026-12-03T07:00:00.000Z')).toBe('2026-12-03T05:00:00.000Z');
    expect(countingPeriodStart(o, '2026-12-03')).toBe('2026-01-01');
    // the report of 1 January covers 31 December: last year's period still
    expect(countingPeriodStart(o, '2027-01-01')).toBe('2026-01-01');
    expect(countingPeriodStart(o, '2027-01-02')).toBe('2027-01-01');
  });

  it('puts a unit on the board as not started, draft, submitted, late or missed', () => {
    const due = '2026-12-03T07:00:00.000Z';
    const before = Date.parse(due) - 1;
    const after = Date.parse(due) + 1;
    expect(reportingState(null, due, before)).toBe('NOT_STARTED');
    expect(reportingState({ status: 'DRAFT', late: false }, due, before)).toBe('DRAFT');
    expect(reportingState({ status: 'DRAFT', late: false }, due, after)).toBe('MISSED');
    expect(reportingState({ status: 'SUBMITTED', late: false }, due, after)).toBe('SUBMITTED');
    expect(reportingState({ status: 'SUBMITTED', late: true }, due, after)).toBe('LATE');
  });
});

describe('a unit’s reporting duty', () => {
  const ref: ReportingDutyRef = {
    kind: 'DAILY',
    departmentCode: 'EMERGENCY',
    regionCode: 'PJ-LB',
    tier: 'DISTRICT',
    date: '2026-12-03',
    unitName: '辽滨沿海经济技术开发区应急管理局',
    dueAt: '2026-12-03T04:00:00.000Z',
    obligationId: 'pjaw-2023-11',
    obligationVersion: 1,
  };
  const meta = { commandId: 'c', actor: SYSTEM_ACTOR, now: '2026-12-03T04:00:01.000Z' };
  const fold = (types: string[]) =>
    types.reduce<ReturnType<typeof evolveReportingDuty> | null>(
      (state, type, i) => evolveReportingDuty(state, { type, data: { ...ref, escalatedTo: 'CITY_DEPARTMENT' }, eventId: `e${i}`, streamId: 's', version: i + 1, metadata: { ...meta, occurredAt: meta.now, recordedAt: meta.now } } as never),
      null,
    );

  it('raises the alarm to the city department for a district unit, once', () => {
    expect(decideReportingDuty(null, { type: 'RaiseReportMissed', data: ref }, meta)).toEqual([{ type: 'ReportMissed', data: { ...ref, escalatedTo: 'CITY_DEPARTMENT' } }]);
    expect(() => decideReportingDuty(fold(['ReportMissed']), { type: 'RaiseReportMissed', data: ref }, meta)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(decideReportingDuty(null, { type: 'RaiseReportMissed', data: { ...ref, regionCode: null, tier: 'CITY' } }, meta)[0].data).toMatchObject({ escalatedTo: 'COMMITTEE_OFFICE' });
  });

  it('reminds nobody who has submitted, and takes commands from the system only', () => {
    const submitted = fold(['ReportSubmitted']);
    expect(() => decideReportingDuty(submitted, { type: 'RemindReportDue', data: ref }, meta)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    const person = { ...meta, actor: { sub: 'someone', name: '某人', roles: ['COMMITTEE_OFFICE' as const] } };
    expect(() => decideReportingDuty(null, { type: 'RemindReportDue', data: ref }, person)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('names its stream by the unit, and reads the unit back from it (region codes may hold a hyphen)', () => {
    const id = reportingDutyId(ref);
    expect(id).toBe('DAILY-EMERGENCY-PJ-LB-2026-12-03');
    expect(reportingUnitOfStream(`reporting-duty-${id}`)).toEqual({ kind: 'DAILY', departmentCode: 'EMERGENCY', regionCode: 'PJ-LB', date: '2026-12-03' });
    expect(reportingUnitOfStream('reporting-duty-PERIOD-EMERGENCY-CITY-2023-03-01')).toEqual({ kind: 'PERIOD', departmentCode: 'EMERGENCY', regionCode: null, date: '2023-03-01' });
  });
});
