import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../libs/config/src';

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

  it('refuses a library importing an app or the workflows, and accepts one library importing another', () => {
    const found = problems('libs/reports/src/x.ts', [
      "import { a } from '../../../apps/gateway/src/config';",
      "import { b } from '../../../workflows/hazard.workflow';",
      "import { c } from '../../event-store/src';",
      'export const all = [a, b, c];',
    ]);
    expect(found).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`]);
  });

  it('keeps production apps off the development stack, and the gateway off workflow code and the worker', () => {
    expect(
      problems('apps/gateway/src/x.ts', [
        "import { a } from '../../../libs/devstack/src';",
        "import { b } from '../../../workflows/hazard.workflow';",
        "import { c } from '../../worker/src/worker';",
        "import { d } from '../../../libs/contracts/src';",
        'export const all = [a, b, c, d];',
      ]),
    ).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`, `${RESTRICTED}@3`]);
    expect(problems('apps/worker/src/x.ts', ["import { a } from '../../../libs/devstack/src/tcp-proxy';", "import { b } from '../../../libs/event-store/src';", 'export const all = [a, b];'])).toEqual([
      `${RESTRICTED}@1`,
    ]);
  });

  it('lets workflow code import only the domain and the contracts, no Node built-in, and no floating promise', () => {
    const found = problems('workflows/probe.workflow.ts', [
      "import { createHash } from 'node:crypto';",
      "import { a } from '../libs/event-store/src';",
      "import { b } from '../apps/worker/src/activities';",
      "import { c } from '../libs/domain/src';",
      "import { d } from '../libs/contracts/src';",
      "import { sleep } from '@temporalio/workflow';",
      'export async function probeWorkflow(): Promise<unknown> {',
      '  sleep(1);',
      '  return [createHash, a, b, c, d];',
      '}',
    ]);
    expect(found).toEqual([`${RESTRICTED}@1`, `${RESTRICTED}@2`, `${RESTRICTED}@3`, '@typescript-eslint/no-floating-promises@8']);
  });
});
