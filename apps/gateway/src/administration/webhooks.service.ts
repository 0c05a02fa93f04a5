import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, badInput, optionalText, requiredText } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { type DeliveryAttempt, type WebhookSubscription, createWebhookSubscription, deactivateWebhookSubscription, listDeliveryAttempts, listWebhookSubscriptions } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';
import type { CreateWebhookSubscriptionInput } from './dto/webhook.input';

/** Webhook subscriptions and their delivery attempts. */
@Injectable()
export class WebhooksService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  list(principal: Principal): Promise<WebhookSubscription[]> {
    authorize(principal, 'readWebhooks');
    return listWebhookSubscriptions(this.db);
  }

  /** Delivery attempts of a subscription, newest first (1 to 500 of them). */
  deliveries(principal: Principal, subscriptionId: string, first: number | null | undefined): Promise<DeliveryAttempt[]> {
    authorize(principal, 'readWebhooks');
    return listDeliveryAttempts(this.db, subscriptionId, Math.min(Math.max(first ?? 100, 1), 500));
  }

  /** A new subscription to an absolute http(s) URL, signed with a secret of at least 16 characters. */
  create(principal: Principal, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    authorize(principal, 'manageWebhooks');
    const url = requiredText('url', input.url, { max: 2000 });
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badInput('url', 'must be an absolute http(s) URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badInput('url', 'must be an http(s) URL');
    const secret = requiredText('secret', input.secret, { max: 200 });
    if (secret.length < 16) throw badInput('secret', 'must be at least 16 characters');
    const f = input.filter ?? {};
    return createWebhookSubscription(this.db, {
      id: randomUUID(),
      url,
      secret,
      filter: {
        ...(f.regionCodes ? { regionCodes: f.regionCodes } : {}),
        ...(f.departmentCodes ? { departmentCodes: f.departmentCodes } : {}),
        ...(f.sectors ? { sectors: f.sectors } : {}),
        ...(f.levels ? { levels: f.levels } : {}),
        ...(f.eventTypes ? { eventTypes: f.eventTypes } : {}),
      },
      description: optionalText('description', input.description, { max: 300 }),
      createdBy: principal.sub,
    });
  }

  async deactivate(principal: Principal, id: string): Promise<WebhookSubscription> {
    authorize(principal, 'manageWebhooks');
    const result = await deactivateWebhookSubscription(this.db, id).catch(() => null);
    if (!result) throw new DomainError('NOT_FOUND', `no webhook subscription ${id}`);
    return result;
  }
}
