import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';

/**
 * The import rules of eslint.config.mjs hold the layers (docs/architecture.md): each snippet below is
 * linted as if it stood at a path, and each line must be refused or accepted as the layers say.
 */
describe('the layers, as ESLint enforces them', () => {
  const root = projectRoot();
  /** `rule@line` for each problem ESLint reports in `lines`, linted as `filePath` (the CLI, as `npm run lint` runs it). */
  const problems = (filePath: string, lines: string[]): string[] => {
    const run = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
      cwd: root,
      input: `${lines.join('\n')}\n`,
      encoding: 'utf8',
    });
    if (!run.stdout) throw new Error(`eslint did not answer: ${run.stderr}`);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
    return result.messages.map((m) => `${m.ruleId ?? 'parse error'}@${m.line}`);
  };
  const RESTRICTED = 'no-restricted-imports';

  it('refuses a library importing an app or the workflows, and accepts one library importing another by name', () => {
    const found = problems('libs/reports/src/x.ts', [
      "import { a } from '@hazard/gateway/config';",
      "import { b } from '@hazard/workflows';",
      "import { c } from '@hazard/event-store';",
      "import { d } from '../../event-store/src';",
      'export const all = [a, b, c, d];',
    ]);
    expect(found).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`, `${RESTRICTED}@4`]);
  });

  it('keeps production apps off the development stack, and the gateway off workflow code and the worker', () => {
    expect(
      problems('apps/gateway/src/x.ts', [
        "import { a } from '@hazard/devstack';",
        "import { b } from '@hazard/workflows';",
        "import { c } from '@hazard/worker/worker';",
        "import { d } from '@hazard/contracts';",
        "import { e } from '../../../libs/contracts/src';",
        'export const all = [a, b, c, d, e];',
      ]),
    ).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`, `${RESTRICTED}@3`, `${RESTRICTED}@5`]);
    expect(problems('apps/worker/src/x.ts', ["import { a } from '@hazard/devstack/tcp-proxy';", "import { b } from '@hazard/event-store';", 'export const all = [a, b];'])).toEqual([
      `${RESTRICTED}@1`,
    ]);
  });

  it('lets workflow code import only the domain and the contracts, no Node built-in, and no floating promise', () => {
    const found = problems('workflows/probe.workflow.ts', [
      "import { createHash } from 'node:crypto';",
      "import { a } from '@hazard/event-store';",
      "import { b } from '@hazard/worker/activities';",
      "import { c } from '@hazard/domain';",
      "import { d } from '@hazard/contracts';",
      "import { sleep } from '@temporalio/workflow';",
      'export async function probeWorkflow(): Promise<unknown> {',
      '  sleep(1);',
      '  return [createHash, a, b, c, d];',
      '}',
    ]);
    expect(found).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`, `${RESTRICTED}@3`, '@typescript-eslint/no-floating-promises@8']);
  });

  it('lets the console share only the domain', () => {
    expect(problems('apps/console/src/x.ts', ["import { a } from '@hazard/domain';", "import { b } from '@hazard/event-store';", 'export const all = [a, b];'])).toEqual([
      `${RESTRICTED}@2`,
    ]);
  });
});
