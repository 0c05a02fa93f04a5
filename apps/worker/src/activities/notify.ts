import { createHmac } from 'node:crypto';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Delivery, NotifyActivities } from '@hazard/contracts';
import { hazardIdFromStreamId } from '@hazard/domain';
import { type Db, toStoredEvent } from '@hazard/event-store';
import { findWebhookTarget, matchingSubscriptionIds, recordDeliveryAttempt } from '@hazard/administration';
import { streamFacts } from './stream-facts';

export const SIGNATURE_HEADER = 'x-hazard-signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver checks both the MAC and the age. */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** Webhook deliveries: who wants an event, and one signed delivery with its attempt recorded. */
export function notifyActivities({ db, webhookTimeoutMs }: { db: Db; webhookTimeoutMs: number }): NotifyActivities {
  return {
    async planDeliveries({ eventIds }: { eventIds: string[] }): Promise<Delivery[]> {
      const rows = await db.selectFrom('events').select(['event_id', 'stream_id', 'type']).where('event_id', 'in', eventIds).execute();
      const deliveries: Delivery[] = [];
      for (const row of rows) {
        const hazard = await streamFacts(db, row.stream_id);
        if (!hazard) continue;
        for (const subscriptionId of await matchingSubscriptionIds(db, hazard, row.type)) {
          deliveries.push({ subscriptionId, eventId: row.event_id });
        }
      }
      return deliveries;
    },

    async deliverWebhook({ subscriptionId, eventId }: Delivery): Promise<{ status: number }> {
      const attempt = Context.current().info.attempt;
      const target = await findWebhookTarget(db, subscriptionId);
      if (!target || !target.active) return { status: 0 };
      const row = await db.selectFrom('events').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
      const event = toStoredEvent(row);
      const body = JSON.stringify({
        deliveryId: `${subscriptionId}:${eventId}`,
        eventId,
        hazardId: event.streamId.startsWith('hazard-') ? hazardIdFromStreamId(event.streamId) : null,
        streamId: event.streamId,
        version: event.version,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        prevHash: event.prevHash,
        hash: event.hash,
      });
      const started = Date.now();
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(target.secret, body, Math.floor(Date.now() / 1000)),
            'x-hazard-event-id': eventId,
            'x-hazard-delivery-attempt': String(attempt),
          },
          body,
          signal: AbortSignal.timeout(webhookTimeoutMs),
          redirect: 'manual',
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.status < 200 || res.status >= 300) error = `receiver answered ${res.status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? `no answer within ${webhookTimeoutMs} ms` : String((err as Error).message ?? err);
      }
      await recordDeliveryAttempt(db, {
        subscriptionId,
        eventId,
        attempt,
        statusCode: status,
        error,
        succeeded: error === null,
        durationMs: Date.now() - started,
      });
      if (error !== null) throw ApplicationFailure.create({ type: 'WEBHOOK_DELIVERY_FAILED', message: error });
      return { status: status as number };
    },
  };
}
