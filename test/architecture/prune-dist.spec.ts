import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';

/** A compiled file whose source moved must go before the build, or Node would load it instead of the new folder. */
describe('scripts/prune-dist.mjs', () => {
  const root = mkdtempSync(join(tmpdir(), 'prune-dist-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('removes outputs whose source is gone and keeps the rest', () => {
    const write = (path: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '');
    };
    write('libs/domain/src/incident/index.ts');
    write('apps/console/src/App.tsx');
    write('dist/libs/domain/src/incident/index.js');
    write('dist/libs/domain/src/incident.js');
    write('dist/libs/domain/src/incident.js.map');
    write('dist/apps/console/src/App.js');
    write('dist/libs/gone/src/index.js');
    write('dist/workflow-bundle.js');
    execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'prune-dist.mjs'), root]);
    expect(existsSync(join(root, 'dist/libs/domain/src/incident/index.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/apps/console/src/App.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/workflow-bundle.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/libs/domain/src/incident.js'))).toBe(false);
    expect(existsSync(join(root, 'dist/libs/domain/src/incident.js.map'))).toBe(false);
    expect(existsSync(join(root, 'dist/libs/gone'))).toBe(false);
  });
});
