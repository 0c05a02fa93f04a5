import type { TestStack } from './stack';

/** A policy in seconds, so a test watches a whole ladder climb in a few seconds. */
export const FAST_RULES = {
  listWithin: 'PT3S',
  superviseWithin: 'PT3S',
  remindBefore: 'PT2S',
  ladder: [
    { level: 1, after: 'PT1S', notify: 'DEPARTMENT_HEAD', action: '通报部门负责人' },
    { level: 2, after: 'PT2S', notify: 'COMMITTEE_OFFICE', action: '报市安委办督办' },
    { level: 3, after: 'PT3S', notify: 'COMMITTEE_OFFICE', action: '建议责令停产停业或提级挂牌' },
  ],
  verifyWithin: 'PT3S',
  checkInterval: 'PT2S',
  checkGrace: 'PT1S',
};

/** Seconds-long rules for runs where parts break while clocks come due (the fault harness, the cluster's test). */
export const FAULT_RULES = {
  listWithin: 'PT5S',
  superviseWithin: 'PT8S',
  remindBefore: 'PT3S',
  ladder: [
    { level: 1, after: 'PT2S', notify: 'DEPARTMENT_HEAD', action: '通报' },
    { level: 2, after: 'PT6S', notify: 'COMMITTEE_OFFICE', action: '督办' },
    { level: 3, after: 'PT12S', notify: 'COMMITTEE_OFFICE', action: '建议停产' },
  ],
  verifyWithin: 'PT10S',
  checkInterval: 'PT10S',
  checkGrace: 'PT5S',
};

export async function saveFastPolicy(stack: TestStack, officeToken: string, id = 'fast', rules: Record<string, unknown> = FAST_RULES) {
  const res = await stack.gql(
    officeToken,
    'mutation($input: SaveEscalationPolicyInput!) { saveEscalationPolicy(input: $input) { id version } }',
    { input: { id, name: '测试用秒级时限', rules } },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.saveEscalationPolicy as { id: string; version: number };
}
