import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode } from '@temporalio/worker';

const FIXTURES = join(__dirname, 'fixtures', 'histories');

/**
 * Deploy safety: histories recorded from representative hazards (npm run record-histories)
 * replay against the current workflow code. A change that would make running hazards
 * non-deterministic fails here, before it reaches them.
 */
describe('recorded hazard histories replay against the current workflow code', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();

  it('has fixtures for every lifecycle path, escalations and continue-as-new', () => {
    expect(files.some((f) => f.startsWith('major-'))).toBe(true);
    expect(files.some((f) => f.startsWith('suspended-'))).toBe(true);
    expect(files.some((f) => f.startsWith('general-on-the-spot'))).toBe(true);
    expect(files.some((f) => f.startsWith('escalation-ladder'))).toBe(true);
    expect(files.filter((f) => f.startsWith('continue-as-new')).length).toBeGreaterThanOrEqual(3);
  });

  it('replays each one without a non-determinism error', async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // already installed
    }
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('@hazard/workflows'), logger: new DefaultLogger('WARN') });
    const histories = files.map((file) => ({ workflowId: file, history: historyFromJSON(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))) }));
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories({ workflowBundle: { code } }, histories)) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(files.length);
  }, 120_000);
});
