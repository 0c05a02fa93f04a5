import { randomBytes } from 'node:crypto';
import type { GraphQLResponse, TestStack } from './stack';

export const HAZARD_FIELDS = `
  id code status level sector regionCode departmentCode version deadline overdue
  escalationLevel pendingVerification progressPercent rectifiedAt
  listing { listingLevel supervisingUnit documentNumber signer }
  suspension { scope monitors { name } checkCount }
`;

const MUTATIONS = {
  reportHazard: 'ReportHazardInput',
  listHazard: 'ListHazardInput',
  superviseHazard: 'SuperviseHazardInput',
  reportProgress: 'ReportProgressInput',
  submitRectification: 'SubmitRectificationInput',
  verifyRectification: 'VerifyRectificationInput',
  rectifyOnSpot: 'RectifyOnSpotInput',
  requestDeadlineExtension: 'RequestDeadlineExtensionInput',
  decideDeadlineExtension: 'DecideDeadlineExtensionInput',
  suspendOperations: 'SuspendOperationsInput',
  recordStandbyCheck: 'RecordStandbyCheckInput',
  recordEnforcement: 'RecordEnforcementInput',
  cancelHazard: 'CancelHazardInput',
  resumeOperations: 'ResumeOperationsInput',
  rotateStandbyMonitors: 'RotateStandbyMonitorsInput',
  requestRegrade: 'RequestRegradeInput',
  decideRegrade: 'DecideRegradeInput',
  transferHazard: 'TransferHazardInput',
  amendEnterprise: 'AmendEnterpriseInput',
  issueSupervisionLetter: 'IssueSupervisionLetterInput',
  recordInterview: 'RecordInterviewInput',
  raiseListingLevel: 'RaiseListingLevelInput',
} as const;

export type MutationName = keyof typeof MUTATIONS;
export const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];

export interface HazardView {
  id: string;
  code: string;
  status: string;
  version: number;
  deadline: string | null;
  overdue: boolean;
  pendingVerification: boolean;
  [key: string]: unknown;
}

export async function mutate(
  stack: TestStack,
  token: string,
  name: MutationName,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<Record<string, { hazard: HazardView }>>> {
  return stack.gql(token, `mutation($input: ${MUTATIONS[name]}!) { ${name}(input: $input) { hazard { ${HAZARD_FIELDS} } } }`, { input });
}

/** Like `mutate`, but fails the test with the server's message when the command is refused. */
export async function command(stack: TestStack, token: string, name: MutationName, input: Record<string, unknown>): Promise<HazardView> {
  const res = await mutate(stack, token, name, input);
  if (res.errors?.length || !res.data) throw new Error(`${name} refused: ${JSON.stringify(res.errors)}`);
  return res.data[name].hazard;
}

export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

export const sampleReport = (overrides: Record<string, unknown> = {}) => ({
  title: '储罐区可燃气体报警器失效',
  description: '2号储罐区可燃气体检测报警器不能正常报警，违反 GB 50493-2019 第5.1.1条',
  level: 'MAJOR',
  sector: 'HAZARDOUS_CHEMICALS',
  regionCode: '211102',
  departmentCode: 'EMERGENCY',
  enterpriseName: '盘锦某石化有限公司',
  location: '2号储罐区',
  judgementBasis: 'GB 50493-2019 石油化工可燃气体和有毒气体检测报警设计标准 5.1.1',
  source: 'DEPARTMENT_INSPECTION',
  ...overrides,
});

export const samplePlan = {
  responsibleUnit: '盘锦某石化有限公司设备部',
  responsiblePerson: '王工',
  measures: '更换全部失效探头并联调报警系统',
  fundingAmount: 120000,
  fundingSource: '企业安全生产费用',
  contingencyPlan: '整改期间每2小时人工巡检，配备便携式检测仪',
};

export async function historyOf(stack: TestStack, token: string, id: string) {
  const res = await stack.gql<{ hazardHistory: { version: number; type: string; actor: string; prevHash: string; hash: string; data: any }[] }>(
    token,
    'query($id: ID!) { hazardHistory(id: $id) { version type actor prevHash hash data commandId } }',
    { id },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.hazardHistory;
}

export async function verify(stack: TestStack, token: string, id: string) {
  const res = await stack.gql<{ verifyHazardHistory: { ok: boolean; eventCount: number; firstBadVersion: number | null; matchesReadModel: boolean; reason: string } }>(
    token,
    'query($id: ID!) { verifyHazardHistory(id: $id) { ok eventCount firstBadVersion headHash matchesReadModel reason } }',
    { id },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.verifyHazardHistory;
}

/** A small PNG-looking file of its own (a PNG signature and random bytes), uploaded; its SHA-256 as the server computed it. */
export async function uploadEvidence(stack: TestStack, token: string, bytes: Uint8Array = uniquePng()): Promise<string> {
  const res = await stack.upload(token, bytes, 'image/png', '现场照片.png');
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.sha256 as string;
}

export const uniquePng = (): Uint8Array => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(48)]);
