import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';
import { freePort, portInUse } from '@hazard/devstack';

/**
 * `npm start` as root with its data in a folder only root may enter (root's home, a `mktemp -d` folder): Postgres
 * runs as the system user postgres, which cannot reach it. Start-up runs Postgres from a copy of its binaries that
 * user can reach, with this clone's data beside it under /var/lib/hazard-engine (README, the opening), instead of
 * dying on a bare `spawn … EACCES`; Ctrl-C stops everything it started.
 */
const asRoot = userInfo().uid === 0 ? it : it.skip;

describe('npm start in a private folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'start-private-'));
  chmodSync(scratch, 0o755); // mkdtemp makes it 0700: the private folder is the one below
  let reachableData: string | null = null;
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    if (reachableData) rmSync(reachableData, { recursive: true, force: true });
  });

  asRoot('starts, with Postgres run from a copy the postgres user can reach, and Ctrl-C leaves nothing running', async () => {
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
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 150_000;
    while (!output.includes('is running') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain('Hazard rectification engine is running');
    expect(output).not.toContain('EACCES');
    expect(output).toContain('is closed to the system user postgres');
    reachableData = /with its data in (\/var\/lib\/hazard-engine\/data-[0-9a-f]+)\/postgres/.exec(output)?.[1] ?? null;
    expect(reachableData).not.toBeNull();
    // it really serves: a query through the gateway
    const health = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(health.ok).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const p of [temporalPort, postgresPort, port]) expect(await portInUse(p)).toBe(false);
  }, 200_000);
});
