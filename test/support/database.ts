import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type Db, createDatabase, ensureLoginRole, migrateToLatest } from '@hazard/event-store';

export interface TestDatabase {
  name: string;
  /** The owner (superuser here): migrations, and tests that tamper on purpose. */
  url: string;
  db: Db;
  /** The application role the gateway and worker use: no DDL, events append-only. */
  appUrl: string;
  drop(): Promise<void>;
}

export const TEST_APP_USER = 'hazard_test_app';
const TEST_APP_PASSWORD = 'hazard-test-app-password';

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run this through jest (the services project starts Postgres)');
  return url;
}

export async function adminQuery(sql: string, params: unknown[] = [], database?: string): Promise<{ rows: any[] }> {
  const base = adminUrl();
  const client = new Client({ connectionString: database ? base.replace(/\/[^/]*$/, `/${database}`) : base });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database per test file on the shared server: milliseconds, not seconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = adminUrl().replace(/\/[^/]*$/, `/${name}`);
  const db = createDatabase({ connectionString: url, poolSize: 5, statementTimeoutMs: 10_000 });
  await migrateToLatest(db);
  await ensureLoginRole(db, TEST_APP_USER, TEST_APP_PASSWORD);
  const appUrl = url.replace(/\/\/[^@]*@/, `//${TEST_APP_USER}:${TEST_APP_PASSWORD}@`);
  return {
    name,
    url,
    db,
    appUrl,
    drop: async () => {
      await db.destroy();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
