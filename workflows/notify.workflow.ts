import { proxyActivities } from '@temporalio/workflow';
import type { NotifyActivities, NotifyInput } from '@hazard/contracts';

const { planDeliveries } = proxyActivities<NotifyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const { deliverWebhook } = proxyActivities<NotifyActivities>({
  startToCloseTimeout: '20 seconds',
  // A receiver that is down gets the delivery again with growing pauses, for about a day.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 hour', maximumAttempts: 30 },
});

/** Delivers a command's events to every webhook subscription whose filter matches, each on its own retries. */
export async function notifyWorkflow({ eventIds }: NotifyInput): Promise<{ delivered: number; failed: number }> {
  const deliveries = await planDeliveries({ eventIds });
  const outcomes = await Promise.allSettled(deliveries.map((d) => deliverWebhook(d)));
  return { delivered: outcomes.filter((o) => o.status === 'fulfilled').length, failed: outcomes.filter((o) => o.status === 'rejected').length };
}
