/**
 * The major-hazard closed loop as the rules bind it (README "The closed loop"): listing authority by the caller's
 * level, closing a listed major hazard on evidence and an acceptance record by the listing authority, suspension
 * at discovery, resumption reviewed apart from closing, the standby roster rotated, records corrected, and art.
 * 113's penalties counted by decision. Callers carry their level, as the gateway records it; a command without one
 * (recorded before levels were) is judged by the rules of its time.
 */
import { DomainError, type DomainErrorCode } from '../shared/errors';
import type { Actor } from '../shared/metadata';
import { ACTORS, DAY, SHA_A, VALID_CREDIT_CODE, plusMs, withCreditCheck } from '../testing';
import {
  Harness,
  amendEnterprise,
  decideRegrade,
  listHazard,
  plan,
  recordEnforcement,
  recordStandbyCheck,
  reportHazard,
  reportProgress,
  requestRegrade,
  resumeOperations,
  rotateStandbyMonitors,
  step,
  submitRectification,
  superviseHazard,
  suspendOperations,
  transferHazard,
  verifyRectification,
} from './builders';

const city = (a: Actor): Actor => ({ ...a, level: 'CITY' });
const district = (a: Actor): Actor => ({ ...a, level: 'DISTRICT' });
const inspector = district(ACTORS.inspector);
const countySupervisor = district(ACTORS.supervisor);
const countySupervisor2 = district(ACTORS.supervisor2);
const citySupervisor = city(ACTORS.supervisor);
const citySupervisor2 = city(ACTORS.supervisor2);
const office = city(ACTORS.office);
const ACCEPTANCE = { acceptedBy: '市应急局验收组', opinion: '整改到位，同意销号', acceptedOn: '2026-12-03' };

function refused(fn: () => unknown, code: DomainErrorCode, text?: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    if (text) expect((error as DomainError).message).toMatch(text);
    return;
  }
  throw new Error(`expected ${code}, but the command was accepted`);
}

const reportMajor = step(reportHazard({ level: 'MAJOR' }), inspector);

describe('listing authority', () => {
  test('a district caller lists at COUNTY, a city caller at CITY, the office records PROVINCE from its document', () => {
    refused(() => Harness.given(reportMajor).decide(listHazard({ listingLevel: 'PROVINCE' }), countySupervisor), 'FORBIDDEN', /committee office/);
    refused(() => Harness.given(reportMajor).decide(listHazard({ listingLevel: 'CITY' }), countySupervisor), 'FORBIDDEN', /lists at COUNTY/);
    refused(() => Harness.given(reportMajor).decide(listHazard({ listingLevel: 'COUNTY' }), citySupervisor), 'FORBIDDEN', /lists at CITY/);
    refused(() => Harness.given(reportMajor).decide(listHazard({ listingLevel: 'PROVINCE', documentNumber: null }), office), 'BAD_USER_INPUT');
    expect(Harness.given(reportMajor).decide(listHazard({ listingLevel: 'COUNTY' }), countySupervisor)[0].type).toBe('HazardListed');
    expect(Harness.given(reportMajor).decide(listHazard({ listingLevel: 'CITY' }), citySupervisor)[0].type).toBe('HazardListed');
    expect(Harness.given(reportMajor).decide(listHazard({ listingLevel: 'PROVINCE', documentNumber: '辽安委办〔2026〕3号' }), office)[0].type).toBe('HazardListed');
  });

  test('a caller whose level was not recorded is judged as before levels were', () => {
    expect(Harness.given(reportMajor).decide(listHazard({ listingLevel: 'PROVINCE' }), ACTORS.supervisor)[0].type).toBe('HazardListed');
  });
});

describe('closing a listed major hazard', () => {
  const listedBy = (level: 'COUNTY' | 'CITY', lister: Actor, evidence = [SHA_A]) =>
    Harness.given(reportMajor, step(listHazard({ listingLevel: level }), lister), step(superviseHazard({ plan: plan() }), lister), step(submitRectification({ evidenceHashes: evidence }), inspector));

  test('needs the listing authority, an acceptance record and evidence; four eyes stay', () => {
    refused(() => listedBy('CITY', citySupervisor).decide(verifyRectification(true), citySupervisor2), 'BAD_USER_INPUT', /acceptance/);
    refused(() => listedBy('CITY', citySupervisor).decide(verifyRectification(true, { acceptance: ACCEPTANCE }), countySupervisor2), 'FORBIDDEN', /listing authority/);
    refused(() => listedBy('CITY', citySupervisor, []).decide(verifyRectification(true, { acceptance: ACCEPTANCE }), citySupervisor2), 'INVALID_TRANSITION', /evidence/);
    const closed = listedBy('CITY', citySupervisor).decide(verifyRectification(true, { acceptance: ACCEPTANCE }), citySupervisor2);
    expect(closed).toEqual([{ type: 'RectificationVerified', data: expect.objectContaining({ acceptance: ACCEPTANCE }) }]);
    // the county listed it: the district closes it
    expect(listedBy('COUNTY', countySupervisor).decide(verifyRectification(true, { acceptance: ACCEPTANCE }), countySupervisor2)[0].type).toBe('RectificationVerified');
    // four eyes: the submitter never verifies
    const own = listedBy('CITY', citySupervisor);
    refused(() => own.decide(verifyRectification(true, { acceptance: ACCEPTANCE }), inspector), 'FORBIDDEN');
  });

  test('a unit the listing authority delegates may close it, and the delegation is recorded', () => {
    const h = listedBy('CITY', citySupervisor);
    h.apply(verifyRectification(true, { acceptance: ACCEPTANCE, delegatedBy: '盘安委办〔2026〕20号 委托大洼区验收' }), countySupervisor2);
    expect(h.current).toMatchObject({ status: 'RECTIFIED', acceptance: ACCEPTANCE, closedUnderDelegation: '盘安委办〔2026〕20号 委托大洼区验收' });
  });

  test('a rejection needs no acceptance record', () => {
    expect(listedBy('CITY', citySupervisor).decide(verifyRectification(false), citySupervisor2)[0].type).toBe('RectificationRejected');
  });
});

describe('suspension as practice has it', () => {
  test('operations are suspended at discovery for a major hazard only', () => {
    expect(Harness.given(reportMajor).decide(suspendOperations(), countySupervisor)[0].type).toBe('OperationsSuspended');
    refused(() => Harness.given(step(reportHazard({ level: 'GENERAL' }), inspector)).decide(suspendOperations(), countySupervisor), 'INVALID_TRANSITION', /MAJOR/);
  });

  test('the roster rotates with who and when, and only those on it check in', () => {
    const h = Harness.given(reportMajor, step(suspendOperations(), countySupervisor));
    h.apply(rotateStandbyMonitors({ monitors: [{ name: '新盯守员' }], reason: '轮班' }), countySupervisor2);
    expect(h.current.suspension?.monitors).toEqual([{ name: '新盯守员', phone: null }]);
    expect(h.current.suspension?.rotations).toEqual([expect.objectContaining({ reason: '轮班', by: { sub: countySupervisor2.sub, name: countySupervisor2.name } })]);
    expect(h.decide(recordStandbyCheck({ monitor: '新盯守员' }), inspector)[0].type).toBe('StandbyCheckRecorded');
    refused(() => h.decide(recordStandbyCheck(), inspector), 'BAD_USER_INPUT');
  });

  test('resumption is its own reviewed step (复产验收), before the hazard is closed; its duration is kept', () => {
    const h = Harness.given(reportMajor, step(listHazard({ listingLevel: 'COUNTY' }), countySupervisor), step(superviseHazard({ plan: plan() }), countySupervisor), step(suspendOperations(), countySupervisor));
    refused(() => h.decide(resumeOperations(), countySupervisor2), 'INVALID_TRANSITION', /waiting for verification|no rectification/);
    h.apply(submitRectification(), inspector);
    refused(() => h.decide(verifyRectification(true, { acceptance: ACCEPTANCE }), countySupervisor2), 'INVALID_TRANSITION', /复产验收/);
    refused(() => h.decide(resumeOperations(), inspector), 'FORBIDDEN');
    h.tick(2 * DAY);
    h.apply(resumeOperations(), countySupervisor2);
    expect(h.current.status).toBe('SUPERVISED');
    expect(h.current.suspension).toMatchObject({ resumption: { reviewedBy: expect.any(String), opinion: '整改到位，同意复产' } });
    expect(h.current.suspendedHours).toBeGreaterThanOrEqual(48);
    h.apply(verifyRectification(true, { acceptance: ACCEPTANCE }), countySupervisor2);
    expect(h.current.status).toBe('RECTIFIED');
  });
});

describe('the enterprise takes part', () => {
  const manager: Actor = { sub: 'ent-manager-1', name: '企业安全负责人', roles: ['ENTERPRISE'], creditCode: VALID_CREDIT_CODE };
  const otherManager: Actor = { ...manager, sub: 'ent-manager-2', creditCode: withCreditCheck('91211100MA0Y54321') };
  const supervised = () => Harness.given(reportMajor, step(listHazard({ listingLevel: 'COUNTY' }), countySupervisor), step(superviseHazard({ plan: plan() }), countySupervisor));

  test('on its own hazard it reports progress and submits its rectification with evidence, which a supervisor verifies', () => {
    const h = supervised();
    h.apply(reportProgress({ percent: 40 }), manager);
    refused(() => h.decide(submitRectification({ evidenceHashes: [] }), manager), 'BAD_USER_INPUT', /evidence/);
    h.apply(submitRectification(), manager);
    expect(h.current.submission?.submittedBy.sub).toBe(manager.sub);
    refused(() => h.decide(verifyRectification(true, { acceptance: ACCEPTANCE }), manager), 'FORBIDDEN');
    h.apply(verifyRectification(true, { acceptance: ACCEPTANCE }), countySupervisor2);
    expect(h.current.status).toBe('RECTIFIED');
  });

  test('another enterprise’s hazard, or a token without a credit code, is refused', () => {
    refused(() => supervised().decide(reportProgress(), otherManager), 'FORBIDDEN', /not enterprise/);
    refused(() => supervised().decide(reportProgress(), { ...manager, creditCode: undefined }), 'FORBIDDEN');
  });

  test('it can do nothing else: no report, listing, supervision, verification, suspension or correction', () => {
    refused(() => new Harness().decide(reportHazard(), manager), 'FORBIDDEN');
    refused(() => Harness.given(reportMajor).decide(listHazard({ listingLevel: 'COUNTY' }), manager), 'FORBIDDEN');
    refused(() => Harness.given(reportMajor).decide(suspendOperations(), manager), 'FORBIDDEN');
    refused(() => supervised().decide(requestRegrade({ level: 'GENERAL' }), manager), 'FORBIDDEN');
  });

  test('it records the standby checks the roster assigns to its account, and no others', () => {
    const h = Harness.given(reportMajor, step(suspendOperations({ monitors: [{ name: '企业盯守员', account: manager.sub }, { name: '区盯守员' }] }), countySupervisor));
    expect(h.current.suspension?.monitors[0]).toEqual({ name: '企业盯守员', phone: null, account: manager.sub });
    expect(h.decide(recordStandbyCheck({ monitor: '企业盯守员' }), manager)[0].type).toBe('StandbyCheckRecorded');
    refused(() => h.decide(recordStandbyCheck({ monitor: '区盯守员' }), manager), 'FORBIDDEN', /assign/);
    expect(h.decide(recordStandbyCheck({ monitor: '区盯守员' }), inspector)[0].type).toBe('StandbyCheckRecorded');
  });
});

describe('corrections without losing the record', () => {
  test('a re-grade needs a second person’s approval, and the level follows', () => {
    const h = Harness.given(step(reportHazard({ level: 'GENERAL' }), inspector));
    h.apply(requestRegrade({ level: 'MAJOR', reason: '复核为重大事故隐患' }), countySupervisor);
    refused(() => h.decide(decideRegrade(true), countySupervisor), 'FORBIDDEN', /re-grade/);
    refused(() => h.decide(requestRegrade({ level: 'MAJOR' }), countySupervisor2), 'INVALID_TRANSITION', /waiting for approval/);
    expect(h.apply(decideRegrade(true, '同意'), countySupervisor2)).toEqual([
      { type: 'HazardRegraded', data: { from: 'GENERAL', to: 'MAJOR', reason: '复核为重大事故隐患', requestedBy: countySupervisor.sub, note: '同意' } },
    ]);
    expect(h.current).toMatchObject({ level: 'MAJOR', regradeRequest: null });
  });

  test('a re-grade to MAJOR asked for before a plan is not approved once the hazard is under an unlisted plan', () => {
    const h = Harness.given(step(reportHazard({ level: 'GENERAL' }), inspector));
    h.apply(requestRegrade({ level: 'MAJOR', reason: '复核为重大事故隐患' }), countySupervisor);
    h.apply(superviseHazard({ plan: plan({ fundingAmount: 0 }), deadline: plusMs(h.now, 30 * DAY) }), countySupervisor);
    refused(() => h.decide(decideRegrade(true), countySupervisor2), 'INVALID_TRANSITION', /without a listing.*deny this re-grade/);
    expect(h.apply(decideRegrade(false, '先挂牌'), countySupervisor2)[0].type).toBe('RegradeDenied');
    expect(h.current).toMatchObject({ level: 'GENERAL', status: 'SUPERVISED', regradeRequest: null });
  });

  test('a transfer and an amended enterprise record before and after', () => {
    const h = Harness.given(step(reportHazard(), inspector));
    const before = { regionCode: h.current.regionCode, departmentCode: h.current.departmentCode };
    expect(h.apply(transferHazard({ regionCode: '211104', departmentCode: 'FIRE', reason: '属地更正' }), citySupervisor)[0]).toEqual({
      type: 'HazardTransferred',
      data: { from: before, to: { regionCode: '211104', departmentCode: 'FIRE' }, reason: '属地更正' },
    });
    expect(h.current).toMatchObject({ regionCode: '211104', departmentCode: 'FIRE' });
    const name = h.current.enterpriseName;
    h.apply(amendEnterprise({ enterpriseName: '盘锦正名有限公司', reason: '以执照为准' }), citySupervisor);
    expect(h.events.at(-1)).toMatchObject({ type: 'EnterpriseAmended', data: { before: { enterpriseName: name }, after: { enterpriseName: '盘锦正名有限公司' } } });
    refused(() => h.decide(amendEnterprise({ enterpriseName: '盘锦正名有限公司' }), citySupervisor), 'BAD_USER_INPUT', /already/);
  });
});

describe('acts on the record', () => {
  test('a 督办函 and a 约谈 are events in the history; the listing is raised by the higher level’s authority only', () => {
    const h = Harness.given(reportMajor, step(listHazard({ listingLevel: 'COUNTY' }), countySupervisor));
    h.apply({ type: 'IssueSupervisionLetter', data: { documentNumber: '大洼安委办督〔2026〕1号', addressee: '盘锦某石化有限公司' } }, countySupervisor);
    h.apply({ type: 'RecordInterview', data: { interviewee: '总经理', heldAt: h.now, minutes: '约谈纪要' } }, countySupervisor);
    expect(h.current.acts?.map((a) => [a.act, a.reference])).toEqual([
      ['SUPERVISION_LETTER', '大洼安委办督〔2026〕1号'],
      ['INTERVIEW', '总经理'],
    ]);
    const raise = (listingLevel: 'COUNTY' | 'CITY' | 'PROVINCE') => ({ type: 'RaiseListingLevel' as const, data: { listingLevel, documentNumber: '盘安委办〔2026〕30号' } });
    refused(() => h.decide(raise('CITY'), countySupervisor), 'FORBIDDEN');
    refused(() => h.decide(raise('COUNTY'), citySupervisor), 'BAD_USER_INPUT', /higher/);
    h.apply(raise('CITY'), citySupervisor);
    expect(h.current.listing).toMatchObject({ listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕30号' });
    refused(() => Harness.given(reportMajor).decide(raise('CITY'), citySupervisor), 'INVALID_TRANSITION');
  });
});

describe('art. 113 counted right', () => {
  const major = () => Harness.given(reportMajor, step(listHazard({ listingLevel: 'COUNTY' }), countySupervisor));

  test('every penalty the article names counts, each decision once however many hazards record it', () => {
    const h = major();
    const recent = (days: number) => plusMs(h.now, -days * DAY);
    // two other hazards of the enterprise recorded the same decision, and a warning: two penalties, not three
    const penalties = [
      { at: recent(20), kind: 'FINE' as const, decisionNumber: '盘应急罚〔2026〕1号' },
      { at: recent(19), kind: 'FINE' as const, decisionNumber: '盘应急罚〔2026〕1号' },
      { at: recent(10), kind: 'WARNING' as const, decisionNumber: '盘应急罚〔2026〕2号' },
    ];
    expect(h.decide(recordEnforcement({ kind: 'WARNING', amount: null, decisionNumber: '盘应急罚〔2026〕2号', enterprisePenalties: penalties }), countySupervisor)).toHaveLength(1);
    const third = h.decide(recordEnforcement({ kind: 'SUSPENSION_FOR_RECTIFICATION', amount: null, decisionNumber: '盘应急罚〔2026〕3号', enterprisePenalties: penalties }), countySupervisor);
    expect(third[1]).toEqual({
      type: 'ClosureRecommended',
      data: expect.objectContaining({ finesWithin180Days: 3, decisions: ['盘应急罚〔2026〕1号', '盘应急罚〔2026〕2号', '盘应急罚〔2026〕3号'] }),
    });
  });
});
