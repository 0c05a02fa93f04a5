import { condition, continueAsNew, defineUpdate, setHandler, allHandlersFinished } from '@temporalio/workflow';

export * from '../../workflows';

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
