import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@hazard/config';
import { freePort } from '@hazard/devstack';
import { waitFor } from './wait';

/** moto's S3 server (PyPI), an S3-compatible endpoint on loopback for the `s3` evidence store; installed into .tools/ once. */
const MOTO = ['moto==5.2.5', 'flask==3.1.2', 'flask-cors==6.0.1'];

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3(): Promise<RunningS3> {
  const target = join(projectRoot(), '.tools', 'moto');
  if (!existsSync(join(target, 'moto', 'server.py'))) {
    const pip = spawnSync('python3', ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '--target', target, ...MOTO], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (pip.status !== 0) throw new Error(`could not install ${MOTO.join(' ')} with pip (exit ${pip.status})`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, PYTHONPATH: target },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(endpoint).catch(() => null))?.ok, `moto's S3 server on ${endpoint}`);
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
