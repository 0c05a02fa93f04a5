import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { signDevelopmentToken, type AppConfig, loadConfig, projectRoot } from '@hazard/config';
import { createGateway } from '@hazard/gateway/bootstrap';
import { createHazardWorker } from '@hazard/worker/worker';
import { type SigningKey, generateSigningKeyPem, signingKeyFromPem } from '@hazard/audit';
import { createDatabase } from '@hazard/event-store';
import type { Role } from '@hazard/domain';
import { type TestDatabase, createTestDatabase } from './database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface Person {
  sub: string;
  name?: string;
  roles: Role[];
  regions?: string[] | '*';
  departments?: string[] | '*';
  /** An enterprise's credit code (role ENTERPRISE). */
  creditCode?: string;
}

export interface TestStack {
  url: string;
  database: TestDatabase;
  taskQueue: string;
  temporal: Client;
  config: AppConfig;
  signingKey: SigningKey;
  token(person: Person): Promise<string>;
  gql<T = any>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The answer's data; an answer with errors throws them (for a test's setup, where any error is a failure). */
  gqlData<T = any>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** POST /evidence: the server's answer (its SHA-256 among it) and the HTTP status. */
  upload(token: string | null, bytes: Uint8Array, contentType?: string, fileName?: string): Promise<{ status: number; body: any }>;
  /** The folder the evidence store of this stack keeps files in. */
  evidenceDir: string;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  /** The worker as a separate OS process (from dist/), so a test can SIGKILL it. */
  spawnWorkerProcess(): Promise<ChildProcess>;
  close(): Promise<void>;
}

export interface StackOptions {
  worker?: 'in-process' | 'none';
  env?: Record<string, string>;
}

let runtimeInstalled = false;
function quietTemporalRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger((process.env.TEST_TEMPORAL_LOG_LEVEL as 'WARN') ?? 'WARN') });
  } catch {
    // already installed by an earlier stack in this test file
  }
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  quietTemporalRuntime();
  const temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
  if (!temporalAddress) throw new Error('TEST_TEMPORAL_ADDRESS is not set: run this through jest');
  const database = await createTestDatabase();
  const signingKeyPem = generateSigningKeyPem();
  const signingKey = signingKeyFromPem(signingKeyPem);
  const taskQueue = `hazards-${randomBytes(4).toString('hex')}`;
  const evidenceDir = mkdtempSync(join(tmpdir(), 'hazard-evidence-'));
  const config = loadConfig({
    EVIDENCE_DIR: evidenceDir,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.appUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    JWT_SECRET: TEST_JWT_SECRET,
    COMMAND_TIMEOUT_MS: '20000',
    AUDIT_PUBLIC_KEY: signingKey.publicKeyPem,
    // this Jest worker's namespace (global-setup.ts): files running at once never share a workflow id
    TEMPORAL_NAMESPACE: `test-w${Number(process.env.JEST_WORKER_ID ?? 1)}`,
    ...options.env,
  });
  const workerDb = createDatabase({ connectionString: database.appUrl, poolSize: 5, statementTimeoutMs: 10_000, applicationName: 'test-worker' });
  const connection = await Connection.connect({ address: temporalAddress });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });

  let nativeConnection: NativeConnection | null = null;
  let worker: Worker | null = null;
  let running: Promise<void> | null = null;
  const children = new Set<ChildProcess>();

  const startWorker = async () => {
    nativeConnection ??= await NativeConnection.connect({ address: temporalAddress });
    worker = await createHazardWorker({
      connection: nativeConnection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue,
      db: workerDb,
      signingKey,
      workflowBundlePath: process.env.TEST_WORKFLOW_BUNDLE,
      shutdownGraceTime: '2 seconds',
    });
    running = worker.run();
  };
  const stopWorker = async () => {
    if (worker && worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    worker = null;
    running = null;
  };
  let app: INestApplication | null = null;
  const close = async () => {
    for (const child of children) child.kill('SIGKILL');
    await app?.close();
    await stopWorker();
    await nativeConnection?.close();
    await connection.close();
    await workerDb.destroy();
    await database.drop();
    rmSync(evidenceDir, { recursive: true, force: true });
  };
  try {
    if ((options.worker ?? 'in-process') === 'in-process') await startWorker();
    app = await createGateway(config);
    await app.listen(0, '127.0.0.1');
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const gql: TestStack['gql'] = async (token, query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  };

  return {
    url,
    database,
    taskQueue,
    temporal,
    config,
    signingKey,
    token: (person) =>
      signDevelopmentToken(TEST_JWT_SECRET, {
        sub: person.sub,
        name: person.name ?? person.sub,
        roles: person.roles,
        regions: person.regions ?? '*',
        departments: person.departments ?? '*',
        ...(person.creditCode ? { creditCode: person.creditCode } : {}),
      }),
    evidenceDir,
    upload: async (token, bytes, contentType = 'application/octet-stream', fileName) => {
      const res = await fetch(url.replace(/\/graphql$/, '/evidence'), {
        method: 'POST',
        headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(fileName ? { 'x-file-name': encodeURIComponent(fileName) } : {}) },
        body: Buffer.from(bytes),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    gql,
    gqlData: async (token, query, variables) => {
      const answer = await gql(token, query, variables);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    },
    startWorker,
    stopWorker,
    spawnWorkerProcess: async () => {
      const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'apps', 'worker', 'src', 'main.js')], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.appUrl,
          TEMPORAL_ADDRESS: temporalAddress,
          TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
          TEMPORAL_TASK_QUEUE: taskQueue,
          WORKFLOW_BUNDLE_PATH: process.env.TEST_WORKFLOW_BUNDLE,
          AUDIT_SIGNING_KEY: signingKeyPem,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.add(child);
      child.once('exit', () => children.delete(child));
      return child;
    },
    close,
  };
}

export const codeOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.extensions?.code;
