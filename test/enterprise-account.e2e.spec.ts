import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { command, historyOf, inDays, mutate, sampleReport, samplePlan, uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';
import { waitFor } from './support/wait';

const OWN = '91211100MA0Y123452';
const OTHER = '91211100MA0Y543211';
/** What the enterprise's account may call (README, Security model); every other root field is refused. */
const ALLOWED = new Set(['hazard', 'hazards', 'hazardHistory', 'hazardAsOf', 'verifyHazardHistory', 'hazardEvents', 'reportProgress', 'submitRectification', 'recordStandbyCheck', 'regions', 'departments']);

/** The enterprise takes part (README "The closed loop"): an enterprise's safety manager, scoped by its credit code, through GraphQL. */
describe('the enterprise’s safety manager (role ENTERPRISE)', () => {
  let stack: TestStack;
  let inspector: string;
  let county: string;
  let county2: string;
  let manager: string;
  let otherManager: string;
  let own: string;
  let others: string;

  beforeAll(async () => {
    stack = await startStack();
    inspector = await stack.token({ sub: 'pjxlt-inspector', name: '兴隆台区检查员', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    county = await stack.token({ sub: 'xlt-sup-1', name: '兴隆台区督办员甲', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    county2 = await stack.token({ sub: 'xlt-sup-2', name: '兴隆台区督办员乙', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    manager = await stack.token({ sub: 'ent-manager', name: '盘锦某石化安全科长', roles: ['ENTERPRISE'], creditCode: OWN });
    otherManager = await stack.token({ sub: 'ent-manager-other', name: '另一企业安全员', roles: ['ENTERPRISE'], creditCode: OTHER });
    const report = (creditCode: string, title: string) =>
      command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', enterpriseCreditCode: creditCode, title }));
    ({ id: own } = await report(OWN, '本企业：储罐区报警器失效'));
    ({ id: others } = await report(OTHER, '他企业：消防通道堵塞'));
    await command(stack, county, 'listHazard', { hazardId: own, listingLevel: 'COUNTY', supervisingUnit: '兴隆台区安委办', documentNumber: '兴安委办〔2026〕9号', deadline: inDays(30) });
    await command(stack, county, 'superviseHazard', { hazardId: own, plan: samplePlan });
  });
  afterAll(() => stack?.close());

  const typesOf = async (id: string) => (await historyOf(stack, county, id)).map((e) => e.type);

  it('sees its own hazards and nothing of another enterprise’s', async () => {
    const listed = await stack.gql(manager, '{ hazards(first: 100) { totalCount edges { node { id enterpriseCreditCode } } } }');
    expect(listed.errors).toBeUndefined();
    expect(listed.data.hazards.edges.map((e: any) => e.node.id)).toEqual([own]);
    expect(listed.data.hazards.totalCount).toBe(1);
    expect(codeOf(await stack.gql(manager, 'query($id: ID!) { hazard(id: $id) { id } }', { id: others }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(manager, 'query($id: ID!) { hazardHistory(id: $id) { type } }', { id: others }))).toBe('NOT_FOUND');
    const history = await stack.gql(manager, 'query($id: ID!) { hazardHistory(id: $id) { type } }', { id: own });
    expect(history.data.hazardHistory.map((e: any) => e.type)).toEqual(['HazardReported', 'HazardListed', 'HazardSupervised']);
  });

  it('reports progress and submits its rectification with evidence; a supervisor verifies it; refusals write nothing', async () => {
    expect(codeOf(await mutate(stack, otherManager, 'reportProgress', { hazardId: own, percent: 50, note: '冒名' }))).toBe('NOT_FOUND');
    await command(stack, manager, 'reportProgress', { hazardId: own, percent: 60, note: '探头已到货，安装中' });
    const before = await typesOf(own);
    expect(codeOf(await mutate(stack, manager, 'submitRectification', { hazardId: own, summary: '已整改' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(stack, manager, 'listHazard', { hazardId: others, listingLevel: 'COUNTY', supervisingUnit: 'x', deadline: inDays(30) }))).toBe('FORBIDDEN');
    expect(codeOf(await mutate(stack, manager, 'reportHazard', sampleReport({ regionCode: '211103', enterpriseCreditCode: OWN })))).toBe('FORBIDDEN');
    expect(await typesOf(own)).toEqual(before);
    expect(await typesOf(others)).toEqual(['HazardReported']);

    // the enterprise uploads its own photo (README "Evidence files")
    const photo = await uploadEvidence(stack, manager);
    const submitted = await command(stack, manager, 'submitRectification', { hazardId: own, summary: '全部探头更换并联调，附验收照片', evidenceHashes: [photo] });
    expect(submitted.status).toBe('SUPERVISED');
    expect(codeOf(await mutate(stack, manager, 'verifyRectification', { hazardId: own, accepted: true, note: '自验合格' }))).toBe('FORBIDDEN');
    const history = await historyOf(stack, county, own);
    expect(history.at(-1)).toMatchObject({ type: 'RectificationSubmitted', actor: 'ent-manager' });
    const verified = await command(stack, county2, 'verifyRectification', {
      hazardId: own,
      accepted: true,
      note: '复核合格',
      acceptance: { acceptedBy: '兴隆台区应急局验收组', opinion: '整改到位，同意销号', acceptedOn: '2026-12-03' },
    });
    expect(verified.status).toBe('RECTIFIED');
  });

  it('records the standby checks the roster assigns to its account, and no others', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', enterpriseCreditCode: OWN, title: '本企业：装置区违规动火' }));
    await command(stack, county, 'suspendOperations', {
      hazardId: id,
      scope: 'FULL',
      reason: '重大隐患无法保证安全，责令停产',
      monitors: [{ name: '企业盯守员', account: 'ent-manager' }, { name: '区应急局盯守员', phone: '13800000002' }],
      checkInterval: 'PT24H',
    });
    const roster = await stack.gql(manager, 'query($id: ID!) { hazard(id: $id) { suspension { monitors { name account } } } }', { id });
    expect(roster.data.hazard.suspension.monitors).toEqual([{ name: '企业盯守员', account: 'ent-manager' }, { name: '区应急局盯守员', account: null }]);
    const before = await typesOf(id);
    expect(codeOf(await mutate(stack, manager, 'recordStandbyCheck', { hazardId: id, monitor: '区应急局盯守员', productionObserved: false }))).toBe('FORBIDDEN');
    expect(await typesOf(id)).toEqual(before);
    await command(stack, manager, 'recordStandbyCheck', { hazardId: id, monitor: '企业盯守员', productionObserved: false, note: '厂区无生产迹象' });
    expect((await typesOf(id)).at(-1)).toBe('StandbyCheckRecorded');
  });

  it('can call nothing else: every other query without required arguments is refused', async () => {
    const office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    const schema = await stack.gql(office, '{ __schema { queryType { fields { name args { type { kind } } type { kind ofType { kind ofType { kind ofType { kind } } } } } } } }');
    const leaf = (t: any): string => (t.ofType ? leaf(t.ofType) : t.kind);
    const fields = schema.data.__schema.queryType.fields.filter((f: any) => f.args.every((a: any) => a.type.kind !== 'NON_NULL'));
    expect(fields.length).toBeGreaterThan(15);
    for (const f of fields) {
      const selection = ['SCALAR', 'ENUM'].includes(leaf(f.type)) ? '' : ' { __typename }';
      const code = codeOf(await stack.gql(manager, `{ ${f.name}${selection} }`));
      if (ALLOWED.has(f.name)) expect([f.name, code]).toEqual([f.name, undefined]);
      else expect([f.name, code]).toEqual([f.name, 'FORBIDDEN']);
    }
    for (const path of ['/reports/daily/2026-12-02.xlsx?department=EMERGENCY', '/reports/period.xlsx?from=2026-01-01&to=2026-02-28&department=EMERGENCY', '/exports/enterprises.xlsx', '/exports/sources.xlsx']) {
      const res = await fetch(new URL(path, stack.url), { headers: { authorization: `Bearer ${manager}` } });
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it('needs a valid credit code and holds that role alone', async () => {
    for (const person of [
      { sub: 'e-none', roles: ['ENTERPRISE' as const] },
      { sub: 'e-bad', roles: ['ENTERPRISE' as const], creditCode: '91211100MA0Y123453' },
      { sub: 'e-two', roles: ['ENTERPRISE' as const, 'SUPERVISOR' as const], creditCode: OWN },
    ]) {
      expect(codeOf(await stack.gql(await stack.token(person), '{ hazards { totalCount } }'))).toBe('UNAUTHENTICATED');
    }
  });

  it('receives live events of its own hazards only', async () => {
    const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${manager}` }, retryAttempts: 0 });
    const received: string[] = [];
    client.subscribe({ query: 'subscription { hazardEvents { hazardId type } }' }, { next: ({ data }) => void received.push((data as any).hazardEvents.hazardId), error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 500));
    const theirs = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', enterpriseCreditCode: OTHER, title: '他企业：新隐患' }));
    const mine = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', enterpriseCreditCode: OWN, title: '本企业：新隐患' }));
    await waitFor(async () => received.includes(mine.id), 'the enterprise’s own event');
    await client.dispose();
    expect(received).not.toContain(theirs.id);
  });
});
