import { type Kysely, sql } from 'kysely';

// Frozen in time: the application role. Gateway and worker log in as a member of hazard_app,
// which owns nothing, cannot change the schema, and can only read and append events. The
// migration role (the owner) is used for migrations alone.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    do $$ begin
      create role hazard_app nologin;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  await sql`revoke create on schema public from public`.execute(db);
  await sql`grant usage on schema public to hazard_app`.execute(db);
  await sql`grant select, insert on events to hazard_app`.execute(db);
  await sql`grant select, insert, update on streams, hazard_code_counters, webhook_subscriptions, regions, departments to hazard_app`.execute(db);
  await sql`grant select, insert, update, delete on hazards, holiday_calendar, holiday_calendar_years to hazard_app`.execute(db);
  await sql`grant select, insert on escalation_policies, webhook_deliveries, audit_checkpoints, audit_checkpoint_heads to hazard_app`.execute(db);
  await sql`grant select on kysely_migration, kysely_migration_lock to hazard_app`.execute(db);
  await sql`grant usage, select on all sequences in schema public to hazard_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`revoke all on all tables in schema public from hazard_app`.execute(db);
  await sql`revoke all on all sequences in schema public from hazard_app`.execute(db);
  await sql`revoke usage on schema public from hazard_app`.execute(db);
}
