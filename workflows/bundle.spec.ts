import { bundleWorkflowCode } from '@temporalio/worker';

describe('the workflow bundle', () => {
  it('builds with webpack, exports the hazard workflow, and pulls in no Node built-ins', async () => {
    const warnings: string[] = [];
    const noop = () => undefined;
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('./index'),
      logger: { trace: noop, debug: noop, info: noop, log: noop, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) },
    });
    expect(code).toContain('hazardWorkflow');
    expect(code).not.toMatch(/require\(["'](node:)?(fs|crypto|net|child_process|pg)["']\)/);
    expect(warnings).toEqual([]);
  }, 120_000);
});
