import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';
import { freePort, portInUse } from '@hazard/devstack';

/**
 * `npm start` as root with its data in a folder only root may enter (root's home, a `mktemp -d` folder):
 * Postgres runs as the system user postgres, which cannot reach it. Start-up must say so and what to do, and
 * stop what it already started (the Temporal dev server), instead of dying on a bare `spawn … EACCES`.
 */
const asRoot = userInfo().uid === 0 ? it : it.skip;

describe('npm start in a private folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'start-private-'));
  chmodSync(scratch, 0o755); // mkdtemp makes it 0700: the private folder is the one below
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  asRoot('refuses with the folder in the way and what to do, and leaves no Temporal dev server behind', async () => {
    const privateFolder = join(scratch, 'home');
    mkdirSync(privateFolder);
    chmodSync(privateFolder, 0o700);
    const [temporalPort, uiPort, postgresPort, port] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'start.js')], {
      env: {
        ...process.env,
        DATA_DIR: join(privateFolder, '.data'),
        TEMPORAL_PORT: String(temporalPort),
        TEMPORAL_UI_PORT: String(uiPort),
        EMBEDDED_POSTGRES_PORT: String(postgresPort),
        PORT: String(port),
        DATABASE_URL: '',
        TEMPORAL_ADDRESS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain(`cannot reach ${privateFolder}`);
    expect(output).toContain(`${privateFolder} is closed to other users`);
    expect(output).toContain('DATABASE_URL');
    expect(output).not.toContain('EACCES');
    // the dev server it had started is gone with it
    expect(await portInUse(temporalPort)).toBe(false);
  }, 120_000);
});
