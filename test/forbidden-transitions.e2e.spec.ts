import { type MutationName, MUTATION_NAMES, command, historyOf, inDays, mutate, sampleReport, samplePlan, verify, uploadEvidence } from './support/hazard-api';
import { type TestStack, codeOf, startStack } from './support/stack';

/** A photo the server received (set before the walk), which a rectification cites. */
const EVIDENCE = { sha256: '' };

/** A valid input for each command, so that only the hazard's state can make it fail. */
const validInput = (name: MutationName): Record<string, unknown> =>
  ({
    reportHazard: sampleReport(),
    listHazard: { listingLevel: 'CITY', supervisingUnit: '市安委办', deadline: inDays(20) },
    superviseHazard: { plan: samplePlan, deadline: inDays(20) },
    reportProgress: { percent: 10, note: '进行中' },
    submitRectification: { summary: '已整改', evidenceHashes: [EVIDENCE.sha256] },
    verifyRectification: { accepted: true, note: '合格', acceptance: { acceptedBy: '市安委办验收组', opinion: '整改到位', acceptedOn: '2026-12-03' } },
    rectifyOnSpot: { summary: '当场整改' },
    requestDeadlineExtension: { requestedDeadline: inDays(200), reason: '设备到货延迟' },
    decideDeadlineExtension: { approved: true },
    suspendOperations: { scope: 'FULL', reason: '无法保证安全', monitors: [{ name: '张盯守' }], checkInterval: 'PT1H' },
    recordStandbyCheck: { monitor: '张盯守', productionObserved: false },
    recordEnforcement: { kind: 'WARNING' },
    cancelHazard: { reason: '重复录入' },
    resumeOperations: { reviewedBy: '复产验收组', opinion: '同意复产', reviewedOn: '2026-12-03' },
    rotateStandbyMonitors: { monitors: [{ name: '李盯守' }], reason: '轮班' },
    requestRegrade: { level: 'GENERAL', reason: '复核' },
    decideRegrade: { approved: true },
    transferHazard: { regionCode: '211103', reason: '属地核实' },
    amendEnterprise: { enterpriseName: '盘锦更正有限公司', reason: '以执照为准' },
    issueSupervisionLetter: { documentNumber: '督〔2026〕1号', addressee: '企业' },
    recordInterview: { interviewee: '负责人', heldAt: '2026-01-01T00:00:00Z', minutes: '纪要' },
    raiseListingLevel: { listingLevel: 'PROVINCE', documentNumber: '辽安委办〔2026〕1号' },
  })[name];

/** Corrections (README "The closed loop") are open to every open hazard; a re-grade while nothing waits for verification. */
const corrections: MutationName[] = ['transferHazard', 'amendEnterprise', 'issueSupervisionLetter', 'recordInterview'];

const ALLOWED: Record<string, MutationName[]> = {
  'FOUND (GENERAL)': ['listHazard', 'superviseHazard', 'rectifyOnSpot', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  'FOUND (MAJOR)': ['listHazard', 'suspendOperations', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  LISTED: ['raiseListingLevel', 'superviseHazard', 'requestDeadlineExtension', 'suspendOperations', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  SUPERVISED: ['raiseListingLevel', 'reportProgress', 'submitRectification', 'requestDeadlineExtension', 'suspendOperations', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  SUSPENDED: ['raiseListingLevel', 'reportProgress', 'submitRectification', 'requestDeadlineExtension', 'recordStandbyCheck', 'rotateStandbyMonitors', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  'SUPERVISED, pending verification': ['raiseListingLevel', 'verifyRectification', 'recordEnforcement', 'cancelHazard', ...corrections],
  // production resumes after its review (复产验收) before the hazard is closed
  'SUSPENDED, pending verification': ['raiseListingLevel', 'resumeOperations', 'recordStandbyCheck', 'rotateStandbyMonitors', 'recordEnforcement', 'cancelHazard', ...corrections],
  'extension requested': ['raiseListingLevel', 'reportProgress', 'submitRectification', 'decideDeadlineExtension', 'suspendOperations', 'recordEnforcement', 'cancelHazard', 'requestRegrade', ...corrections],
  RECTIFIED: [],
  CANCELLED: [],
};

describe('forbidden transitions answer INVALID_TRANSITION and write nothing', () => {
  let stack: TestStack;
  let office: string;
  let officeB: string;
  let auditor: string;

  beforeAll(async () => {
    stack = await startStack();
    office = await stack.token({ sub: 'office-a', roles: ['COMMITTEE_OFFICE'] });
    officeB = await stack.token({ sub: 'office-b', roles: ['COMMITTEE_OFFICE'] });
    auditor = await stack.token({ sub: 'auditor', roles: ['AUDITOR'] });
    EVIDENCE.sha256 = await uploadEvidence(stack, office);
  });
  afterAll(() => stack?.close());

  /** Brings a fresh hazard into the named state with the given commands. */
  async function hazardIn(state: string): Promise<string> {
    const general = state === 'FOUND (GENERAL)';
    const { id } = await command(stack, office, 'reportHazard', sampleReport(general ? { level: 'GENERAL' } : {}));
    const run = (name: MutationName, input: Record<string, unknown>, token = office) => command(stack, token, name, { hazardId: id, ...input });
    const list = () => run('listHazard', validInput('listHazard'));
    const supervise = () => run('superviseHazard', { plan: samplePlan });
    switch (state) {
      case 'FOUND (GENERAL)':
      case 'FOUND (MAJOR)':
        break;
      case 'LISTED':
        await list();
        break;
      case 'SUPERVISED':
        await list();
        await supervise();
        break;
      case 'SUSPENDED':
        await list();
        await run('suspendOperations', validInput('suspendOperations'));
        break;
      case 'SUPERVISED, pending verification':
        await list();
        await supervise();
        await run('submitRectification', validInput('submitRectification'), officeB);
        break;
      case 'SUSPENDED, pending verification':
        await list();
        await run('suspendOperations', validInput('suspendOperations'));
        await run('submitRectification', validInput('submitRectification'), officeB);
        break;
      case 'extension requested':
        await list();
        await supervise();
        await run('requestDeadlineExtension', validInput('requestDeadlineExtension'), officeB);
        break;
      case 'RECTIFIED':
        await list();
        await supervise();
        await run('submitRectification', validInput('submitRectification'), officeB);
        await run('verifyRectification', validInput('verifyRectification'));
        break;
      case 'CANCELLED':
        await run('cancelHazard', validInput('cancelHazard'));
        break;
      default:
        throw new Error(state);
    }
    return id;
  }

  it.each(Object.keys(ALLOWED))('in state %s', async (state) => {
    const id = await hazardIn(state);
    const before = await historyOf(stack, auditor, id);
    const forbidden = MUTATION_NAMES.filter((name) => name !== 'reportHazard' && !ALLOWED[state].includes(name));
    for (const name of forbidden) {
      const res = await mutate(stack, office, name, { hazardId: id, ...validInput(name) });
      expect({ name, code: codeOf(res) }).toEqual({ name, code: 'INVALID_TRANSITION' });
      expect(res.errors?.[0].message).toMatch(/\S{10,}/);
    }
    const after = await historyOf(stack, auditor, id);
    expect(after).toEqual(before);
    await expect(verify(stack, auditor, id)).resolves.toMatchObject({ ok: true, matchesReadModel: true });

    // Refused before it reached history: Temporal holds only the updates that were accepted.
    const history = await stack.temporal.workflow.getHandle(`hazard-${id}`).fetchHistory();
    const accepted = (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
    const commandsApplied = new Set(after.map((e: any) => e.commandId)).size;
    expect(accepted).toBe(commandsApplied);
  });

  it('allows what the table allows (the table is not vacuous)', async () => {
    const id = await hazardIn('SUPERVISED');
    for (const name of ['reportProgress', 'recordEnforcement'] as MutationName[]) {
      const res = await mutate(stack, office, name, { hazardId: id, ...validInput(name) });
      expect(res.errors).toBeUndefined();
    }
  });
});
