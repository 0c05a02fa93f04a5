import { condition, continueAsNew, defineUpdate, proxyLocalActivities, setHandler, allHandlersFinished, uuid4 } from '@temporalio/workflow';
import { type CommandMetadata, type HazardEvent, type HazardEventBody, type HazardState, applyBodies, evolve } from '@hazard/domain';
import type { BenchAppend } from '../bench-activities';

export * from '@hazard/workflows';

export const incrementUpdate = defineUpdate<number, [number]>('increment');

/** The floor for a command: an update whose handler only adds to a counter (continues as new like ours). */
export async function counterWorkflow(start = 0): Promise<void> {
  let n = start;
  let updates = 0;
  setHandler(incrementUpdate, (by: number) => {
    updates++;
    return (n += by);
  });
  await condition(() => updates >= 500);
  await condition(allHandlersFinished);
  await continueAsNew<typeof counterWorkflow>(n);
}

const { benchAppend } = proxyLocalActivities<{ benchAppend: BenchAppend }>({ startToCloseTimeout: '10 seconds' });

export interface CounterAppendInput {
  state: HazardState;
  headHash: string;
}

/**
 * The floor for any event-sourced design on this server: the counter's update plus the same Postgres
 * append as ours (one event, hash chain, read-model row) as a local activity, with nothing else
 * (no validator, no lock, no search attributes, no gateway).
 */
export async function counterAppendWorkflow(input: CounterAppendInput): Promise<void> {
  let { state, headHash } = input;
  let updates = 0;
  let busy = false;
  setHandler(incrementUpdate, async (by: number) => {
    updates++;
    // One append at a time, as ours (a hot stream would otherwise race itself).
    while (busy) await condition(() => !busy);
    busy = true;
    try {
    const meta: CommandMetadata = { commandId: uuid4(), actor: { sub: 'bench', name: '压测', roles: ['SUPERVISOR'] }, now: new Date().toISOString() };
    const outcome = applyBodies({ evolve: (s: HazardState | null, e: HazardEvent) => evolve(s, e) }, `hazard-${state.id}`, state, [{ type: 'ProgressReported' as const, data: { percent: by % 100, note: '压测进度' } }] as HazardEventBody[], meta, uuid4);
    const { hashes } = await benchAppend({ expectedVersion: state.version, expectedHeadHash: headHash, events: outcome.events, state: outcome.state as HazardState });
    state = outcome.state as HazardState;
    headHash = hashes[hashes.length - 1];
    return state.version;
    } finally {
      busy = false;
    }
  });
  await condition(() => updates >= 500);
  await condition(allHandlersFinished);
  await continueAsNew<typeof counterAppendWorkflow>({ state, headHash });
}
