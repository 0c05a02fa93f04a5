import type { Role } from '@hazard/domain';
import { MUTATION_NAMES, type MutationName, command, inDays, mutate, sampleReport, samplePlan, uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

/**
 * The permission table of the README (Security model), written out here independently of the code, walked for
 * every operation × every role × inside and outside the caller's regions × departments.
 */
const MAY: Record<MutationName, Role[]> = {
  reportHazard: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'],
  reportProgress: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'ENTERPRISE'],
  submitRectification: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'ENTERPRISE'],
  rectifyOnSpot: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'],
  recordStandbyCheck: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'ENTERPRISE'],
  requestDeadlineExtension: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'],
  listHazard: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  superviseHazard: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  verifyRectification: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  decideDeadlineExtension: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  suspendOperations: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  recordEnforcement: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  cancelHazard: ['COMMITTEE_OFFICE'],
  resumeOperations: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  rotateStandbyMonitors: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  requestRegrade: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  decideRegrade: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  transferHazard: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  amendEnterprise: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  issueSupervisionLetter: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  recordInterview: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
  raiseListingLevel: ['SUPERVISOR', 'COMMITTEE_OFFICE'],
};

const INPUT: Record<MutationName, Record<string, unknown>> = {
  reportHazard: sampleReport(),
  listHazard: { listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(20) },
  superviseHazard: { plan: samplePlan },
  reportProgress: { percent: 10, note: '进行中' },
  submitRectification: { summary: '已整改', evidenceHashes: [] as string[] },
  verifyRectification: { accepted: true, note: '合格' },
  rectifyOnSpot: { summary: '当场整改' },
  requestDeadlineExtension: { requestedDeadline: inDays(200), reason: '延期' },
  decideDeadlineExtension: { approved: true },
  suspendOperations: { scope: 'FULL', reason: '停产', monitors: [{ name: '张盯守' }], checkInterval: 'PT1H' },
  recordStandbyCheck: { monitor: '张盯守', productionObserved: false },
  recordEnforcement: { kind: 'WARNING' },
  cancelHazard: { reason: '重复' },
  resumeOperations: { reviewedBy: '复产验收组', opinion: '同意复产', reviewedOn: '2026-12-03' },
  rotateStandbyMonitors: { monitors: [{ name: '李盯守' }], reason: '轮班' },
  requestRegrade: { level: 'GENERAL', reason: '复核' },
  decideRegrade: { approved: true },
  transferHazard: { regionCode: '211103', reason: '属地核实' },
  amendEnterprise: { enterpriseName: '盘锦更正有限公司', reason: '以执照为准' },
  issueSupervisionLetter: { documentNumber: '督〔2026〕1号', addressee: '企业' },
  recordInterview: { interviewee: '负责人', heldAt: '2026-01-01T00:00:00Z', minutes: '纪要' },
  raiseListingLevel: { listingLevel: 'CITY', documentNumber: '盘安委办〔2026〕1号' },
};

const QUERIES: { name: string; query: string; scoped: boolean; roles: Role[] }[] = [
  { name: 'hazard', query: 'query($id: ID!) { hazard(id: $id) { id } }', scoped: true, roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'] },
  { name: 'hazardHistory', query: 'query($id: ID!) { hazardHistory(id: $id) { version } }', scoped: true, roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'] },
  {
    name: 'hazardAsOf',
    query: 'query($id: ID!) { hazardAsOf(id: $id, at: "2030-01-01T00:00:00Z") { id } }',
    scoped: true,
    roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'],
  },
  { name: 'verifyHazardHistory', query: 'query($id: ID!) { verifyHazardHistory(id: $id) { ok } }', scoped: true, roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'] },
  { name: 'hazardAuditBundle', query: 'query($id: ID!) { hazardAuditBundle(id: $id) }', scoped: true, roles: ['COMMITTEE_OFFICE', 'AUDITOR'] },
  { name: 'escalationPolicies', query: '{ escalationPolicies { id } }', scoped: false, roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'] },
  { name: 'holidayCalendar', query: '{ holidayCalendar(year: 2026) { year } }', scoped: false, roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR'] },
  { name: 'webhookSubscriptions', query: '{ webhookSubscriptions { id } }', scoped: false, roles: ['COMMITTEE_OFFICE', 'AUDITOR'] },
  { name: 'auditCheckpoints', query: '{ auditCheckpoints { id } }', scoped: false, roles: ['COMMITTEE_OFFICE', 'AUDITOR'] },
  {
    name: 'saveEscalationPolicy',
    query: 'mutation { saveEscalationPolicy(input: { id: "x", name: "x", rules: { listWithin: "bad" , superviseWithin: "P1D", remindBefore: "P1D", verifyWithin: "P1D", checkInterval: "P1D", checkGrace: "P1D", ladder: [] } }) { id } }',
    scoped: false,
    roles: ['COMMITTEE_OFFICE'],
  },
  {
    name: 'setHolidayCalendar',
    query: 'mutation { setHolidayCalendar(input: { year: 1999, source: "x", days: [] }) { year } }',
    scoped: false,
    roles: ['COMMITTEE_OFFICE'],
  },
  {
    name: 'createWebhookSubscription',
    query: 'mutation { createWebhookSubscription(input: { url: "ftp://x", secret: "short" }) { id } }',
    scoped: false,
    roles: ['COMMITTEE_OFFICE'],
  },
];

const ROLES: Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'];
/** An enterprise's scope is its credit code: "in" is the hazard's enterprise, "out" another one. */
const CREDIT_IN = '91211100MA0Y123452';
const CREDIT_OUT = '91211100MA0Y543211';

describe('the permission matrix: every operation × every role × in and out of scope', () => {
  let stack: TestStack;
  let hazardId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    for (const role of ROLES) {
      tokens[`${role}:in`] = await stack.token({ sub: `${role}-in`, roles: [role], regions: ['211103'], departments: ['HOUSING'], ...(role === 'ENTERPRISE' ? { creditCode: CREDIT_IN } : {}) });
      tokens[`${role}:out`] = await stack.token({ sub: `${role}-out`, roles: [role], regions: ['211104'], departments: ['HOUSING'], ...(role === 'ENTERPRISE' ? { creditCode: CREDIT_OUT } : {}) });
    }
    const office = await stack.token({ sub: 'setup', roles: ['COMMITTEE_OFFICE'] });
    // a photo the server received, which the rectification cites (README "Evidence files")
    INPUT.submitRectification.evidenceHashes = [await uploadEvidence(stack, office)];
    ({ id: hazardId } = await command(stack, office, 'reportHazard', sampleReport({ regionCode: '211103', departmentCode: 'HOUSING', sector: 'CONSTRUCTION', enterpriseCreditCode: CREDIT_IN })));
  });
  afterAll(() => stack?.close());

  const cases = MUTATION_NAMES.flatMap((name) => ROLES.flatMap((role) => (['in', 'out'] as const).map((scope) => ({ name, role, scope }))));

  it.each(cases)('$name by $role, $scope of scope', async ({ name, role, scope }) => {
    const token = tokens[`${role}:${scope}`];
    const permitted = MAY[name].includes(role);
    if (name === 'reportHazard') {
      const res = await mutate(stack, token, name, sampleReport({ regionCode: '211103', departmentCode: 'HOUSING', sector: 'CONSTRUCTION' }));
      expect(codeOf(res)).toBe(permitted && scope === 'in' ? undefined : 'FORBIDDEN');
      return;
    }
    // An impossible expected version: a command that passes authorisation is then refused by the
    // workflow with VERSION_CONFLICT, so the walk changes nothing.
    const res = await mutate(stack, token, name, { hazardId, ...INPUT[name], expectedVersion: 999_999 });
    const expected = !permitted ? 'FORBIDDEN' : scope === 'out' ? 'NOT_FOUND' : 'VERSION_CONFLICT';
    expect(codeOf(res)).toBe(expected);
  });

  const queryCases = QUERIES.flatMap((q) => ROLES.flatMap((role) => (['in', 'out'] as const).map((scope) => ({ ...q, role, scope }))));

  it.each(queryCases)('$name by $role, $scope of scope', async ({ query, scoped, roles, role, scope }) => {
    const res = await stack.gql(tokens[`${role}:${scope}`], query, { id: hazardId });
    const permitted = roles.includes(role);
    const sees = role === 'AUDITOR' || scope === 'in' || !scoped;
    const code = codeOf(res);
    if (!permitted) expect(code).toBe('FORBIDDEN');
    else if (!sees) expect(code).toBe('NOT_FOUND');
    else expect(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']).not.toContain(code);
  });

  it('lists only the hazards inside the caller’s scope (auditors see all)', async () => {
    for (const role of ROLES) {
      const ids = async (token: string) => (await stack.gql(token, '{ hazards(first: 100) { edges { node { id } } } }')).data.hazards.edges.map((e: any) => e.node.id);
      expect(await ids(tokens[`${role}:in`])).toContain(hazardId);
      if (role === 'AUDITOR') expect(await ids(tokens[`${role}:out`])).toContain(hazardId);
      else expect(await ids(tokens[`${role}:out`])).not.toContain(hazardId);
    }
  });

  it('wrote nothing while walking the matrix', async () => {
    const history = await stack.gql(tokens['AUDITOR:in'], 'query($id: ID!) { hazardHistory(id: $id) { type } }', { id: hazardId });
    expect(history.data.hazardHistory.map((e: any) => e.type)).toEqual(['HazardReported']);
  });
});
