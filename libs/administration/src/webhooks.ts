import type { Db } from '@hazard/event-store';

export interface WebhookFilter {
  regionCodes?: string[];
  departmentCodes?: string[];
  sectors?: string[];
  levels?: string[];
  eventTypes?: string[];
}

export interface WebhookSubscription {
  id: string;
  url: string;
  filter: WebhookFilter;
  active: boolean;
  description: string | null;
  createdBy: string;
  createdAt: Date;
}

export interface HazardFacts {
  regionCode: string;
  departmentCode: string;
  sector: string;
  level: string;
}

const toSubscription = (row: {
  id: string;
  url: string;
  filter: unknown;
  active: boolean;
  description: string | null;
  created_by: string;
  created_at: Date;
}): WebhookSubscription => ({
  id: row.id,
  url: row.url,
  filter: row.filter as WebhookFilter,
  active: row.active,
  description: row.description,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export async function createWebhookSubscription(
  db: Db,
  input: { id: string; url: string; secret: string; filter: WebhookFilter; description?: string | null; createdBy: string },
): Promise<WebhookSubscription> {
  const row = await db
    .insertInto('webhook_subscriptions')
    .values({
      id: input.id,
      url: input.url,
      secret: input.secret,
      filter: JSON.stringify(input.filter),
      description: input.description ?? null,
      created_by: input.createdBy,
    })
    .returning(['id', 'url', 'filter', 'active', 'description', 'created_by', 'created_at'])
    .executeTakeFirstOrThrow();
  return toSubscription(row);
}

export async function listWebhookSubscriptions(db: Db): Promise<WebhookSubscription[]> {
  const rows = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url', 'filter', 'active', 'description', 'created_by', 'created_at'])
    .orderBy('created_at')
    .execute();
  return rows.map(toSubscription);
}

export async function deactivateWebhookSubscription(db: Db, id: string): Promise<WebhookSubscription | null> {
  const row = await db
    .updateTable('webhook_subscriptions')
    .set({ active: false })
    .where('id', '=', id)
    .returning(['id', 'url', 'filter', 'active', 'description', 'created_by', 'created_at'])
    .executeTakeFirst();
  return row ? toSubscription(row) : null;
}

export function filterMatches(filter: WebhookFilter, hazard: HazardFacts, eventType: string): boolean {
  const within = (list: string[] | undefined, value: string) => !list || list.length === 0 || list.includes(value);
  return (
    within(filter.regionCodes, hazard.regionCode) &&
    within(filter.departmentCodes, hazard.departmentCode) &&
    within(filter.sectors, hazard.sector) &&
    within(filter.levels, hazard.level) &&
    within(filter.eventTypes, eventType)
  );
}

export async function matchingSubscriptionIds(db: Db, hazard: HazardFacts, eventType: string): Promise<string[]> {
  return (await activeSubscriptionFilters(db)).filter((r) => filterMatches(r.filter, hazard, eventType)).map((r) => r.id);
}

/** The filters of every active subscription: one query for all the events of an append. */
export async function activeSubscriptionFilters(db: Db): Promise<{ id: string; filter: WebhookFilter }[]> {
  const rows = await db.selectFrom('webhook_subscriptions').select(['id', 'filter']).where('active', '=', true).execute();
  return rows.map((r) => ({ id: r.id, filter: r.filter as WebhookFilter }));
}

/** Whether any of these subscriptions wants any of these events of a record with these facts. */
export const anySubscriptionWants = (subscriptions: readonly { filter: WebhookFilter }[], facts: HazardFacts, eventTypes: readonly string[]): boolean =>
  subscriptions.some((s) => eventTypes.some((type) => filterMatches(s.filter, facts, type)));

export async function findWebhookTarget(db: Db, id: string): Promise<{ url: string; secret: string; active: boolean } | null> {
  return (await db.selectFrom('webhook_subscriptions').select(['url', 'secret', 'active']).where('id', '=', id).executeTakeFirst()) ?? null;
}

export interface DeliveryAttempt {
  subscriptionId: string;
  eventId: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
  durationMs: number;
  attemptedAt?: Date;
}

export async function recordDeliveryAttempt(db: Db, attempt: DeliveryAttempt): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      subscription_id: attempt.subscriptionId,
      event_id: attempt.eventId,
      attempt: attempt.attempt,
      status_code: attempt.statusCode,
      error: attempt.error,
      succeeded: attempt.succeeded,
      duration_ms: attempt.durationMs,
    })
    .execute();
}

export async function listDeliveryAttempts(db: Db, subscriptionId: string, limit = 100): Promise<DeliveryAttempt[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('attempted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    subscriptionId: r.subscription_id,
    eventId: r.event_id,
    attempt: r.attempt,
    statusCode: r.status_code,
    error: r.error,
    succeeded: r.succeeded,
    durationMs: r.duration_ms,
    attemptedAt: r.attempted_at,
  }));
}
