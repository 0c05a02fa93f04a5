import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError, badInput, code, optionalText, requiredText } from '../../../../libs/domain/src';
import {
  type Db,
  calendarYear,
  createWebhookSubscription,
  deactivateWebhookSubscription,
  findPolicy,
  listDeliveryAttempts,
  listPolicies,
  listWebhookSubscriptions,
  replaceCalendarYear,
  savePolicyVersion,
} from '../../../../libs/event-store/src';
import { authorize } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';
import { ReferenceDataService } from '../reference/reference-data.service';
import { CalendarYearModel, DepartmentModel, RegionModel, SetHolidayCalendarInput } from './models/calendar.model';
import { EscalationPolicyModel, SaveEscalationPolicyInput } from './models/policy.model';
import { CreateWebhookSubscriptionInput, WebhookDeliveryAttemptModel, WebhookSubscriptionModel } from './models/webhook.model';

/** Policies, the holiday calendar and webhooks: data the committee office keeps, everyone else reads. */
@Resolver()
export class AdministrationResolver {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly reference: ReferenceDataService,
  ) {}

  @Query(() => [RegionModel])
  regions(@Context() _ctx: GatewayContext) {
    return this.reference.regions();
  }

  @Query(() => [DepartmentModel])
  departments(@Context() _ctx: GatewayContext) {
    return this.reference.departments();
  }

  @Query(() => [EscalationPolicyModel], { description: 'The latest version of each escalation policy' })
  escalationPolicies(@Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readPolicies');
    return listPolicies(this.db);
  }

  @Query(() => [EscalationPolicyModel], { description: 'Every version of one policy, newest first' })
  escalationPolicyVersions(@Args('id') id: string, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readPolicies');
    return listPolicies(this.db, id);
  }

  @Query(() => EscalationPolicyModel, { nullable: true })
  escalationPolicy(
    @Args('id') id: string,
    @Context() ctx: GatewayContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ) {
    authorize(ctx.principal, 'readPolicies');
    return findPolicy(this.db, id, version ?? undefined);
  }

  @Mutation(() => EscalationPolicyModel, { description: 'Saves a new version; hazards already listed keep the version they were listed under' })
  saveEscalationPolicy(@Args('input') input: SaveEscalationPolicyInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'managePolicies');
    return savePolicyVersion(this.db, {
      id: code('id', input.id),
      name: requiredText('name', input.name, { max: 100 }),
      rules: { ...input.rules, ladder: input.rules.ladder.map((s) => ({ ...s })) },
      createdBy: ctx.principal.sub,
      note: optionalText('note', input.note, { max: 500 }),
    });
  }

  @Query(() => CalendarYearModel)
  async holidayCalendar(@Args('year', { type: () => Int }) year: number, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readCalendar');
    const data = await calendarYear(this.db, year);
    return { ...data, official: data.source !== null };
  }

  @Mutation(() => CalendarYearModel, { description: 'Replaces a year of official holidays and make-up working days' })
  async setHolidayCalendar(@Args('input') input: SetHolidayCalendarInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'manageCalendar');
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput('year', 'must be between 2000 and 2100');
    const seen = new Set<string>();
    const days = input.days.map((d, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(`${d.date}T00:00:00Z`)) || !d.date.startsWith(`${input.year}-`)) {
        throw badInput(`days[${i}].date`, `must be a YYYY-MM-DD date in ${input.year}`);
      }
      if (seen.has(d.date)) throw badInput(`days[${i}].date`, `${d.date} is listed twice`);
      seen.add(d.date);
      return { date: d.date, kind: d.kind, name: requiredText(`days[${i}].name`, d.name, { max: 50 }) };
    });
    const saved = await replaceCalendarYear(this.db, { year: input.year, source: requiredText('source', input.source, { max: 300 }), days });
    return { ...saved, official: true };
  }

  @Query(() => [WebhookSubscriptionModel])
  webhookSubscriptions(@Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readWebhooks');
    return listWebhookSubscriptions(this.db);
  }

  @Query(() => [WebhookDeliveryAttemptModel], { description: 'Delivery attempts of a subscription, newest first' })
  webhookDeliveries(
    @Args('subscriptionId', { type: () => ID }) subscriptionId: string,
    @Context() ctx: GatewayContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    authorize(ctx.principal, 'readWebhooks');
    return listDeliveryAttempts(this.db, subscriptionId, Math.min(Math.max(first ?? 100, 1), 500));
  }

  @Mutation(() => WebhookSubscriptionModel)
  createWebhookSubscription(@Args('input') input: CreateWebhookSubscriptionInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'manageWebhooks');
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
      createdBy: ctx.principal.sub,
    });
  }

  @Mutation(() => WebhookSubscriptionModel)
  async deactivateWebhookSubscription(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'manageWebhooks');
    const result = await deactivateWebhookSubscription(this.db, id).catch(() => null);
    if (!result) throw new DomainError('NOT_FOUND', `no webhook subscription ${id}`);
    return result;
  }
}
