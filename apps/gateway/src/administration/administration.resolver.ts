import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '../auth/principal';
import { ReferenceDataService } from '../reference/reference-data.service';
import { toCalendarYearModel } from './administration.mapper';
import { CalendarService } from './calendar.service';
import { SetHolidayCalendarInput } from './dto/calendar.input';
import { SaveEscalationPolicyInput } from './dto/policy.input';
import { CreateWebhookSubscriptionInput } from './dto/webhook.input';
import { CalendarYearModel } from './models/calendar.model';
import { EscalationPolicyModel } from './models/policy.model';
import { DepartmentModel, RegionModel } from './models/reference.model';
import { WebhookDeliveryAttemptModel, WebhookSubscriptionModel } from './models/webhook.model';
import { PoliciesService } from './policies.service';
import { WebhooksService } from './webhooks.service';

/** Policies, the holiday calendar and webhooks: data the committee office keeps, everyone else reads. */
@Resolver()
export class AdministrationResolver {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly policies: PoliciesService,
    private readonly calendar: CalendarService,
    private readonly webhooks: WebhooksService,
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
  escalationPolicies(@Context() ctx: GatewayContext): Promise<EscalationPolicyModel[]> {
    return this.policies.list(ctx.principal);
  }

  @Query(() => [EscalationPolicyModel], { description: 'Every version of one policy, newest first' })
  escalationPolicyVersions(@Args('id') id: string, @Context() ctx: GatewayContext): Promise<EscalationPolicyModel[]> {
    return this.policies.list(ctx.principal, id);
  }

  @Query(() => EscalationPolicyModel, { nullable: true })
  escalationPolicy(
    @Args('id') id: string,
    @Context() ctx: GatewayContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ): Promise<EscalationPolicyModel | null> {
    return this.policies.find(ctx.principal, id, version);
  }

  @Mutation(() => EscalationPolicyModel, { description: 'Saves a new version; hazards already listed keep the version they were listed under' })
  saveEscalationPolicy(@Args('input') input: SaveEscalationPolicyInput, @Context() ctx: GatewayContext): Promise<EscalationPolicyModel> {
    return this.policies.save(ctx.principal, input);
  }

  @Query(() => CalendarYearModel)
  async holidayCalendar(@Args('year', { type: () => Int }) year: number, @Context() ctx: GatewayContext): Promise<CalendarYearModel> {
    return toCalendarYearModel(await this.calendar.year(ctx.principal, year));
  }

  @Mutation(() => CalendarYearModel, { description: 'Replaces a year of official holidays and make-up working days' })
  async setHolidayCalendar(@Args('input') input: SetHolidayCalendarInput, @Context() ctx: GatewayContext): Promise<CalendarYearModel> {
    return toCalendarYearModel(await this.calendar.replaceYear(ctx.principal, input));
  }

  @Query(() => [WebhookSubscriptionModel])
  webhookSubscriptions(@Context() ctx: GatewayContext) {
    return this.webhooks.list(ctx.principal);
  }

  @Query(() => [WebhookDeliveryAttemptModel], { description: 'Delivery attempts of a subscription, newest first' })
  webhookDeliveries(
    @Args('subscriptionId', { type: () => ID }) subscriptionId: string,
    @Context() ctx: GatewayContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<WebhookDeliveryAttemptModel[]> {
    return this.webhooks.deliveries(ctx.principal, subscriptionId, first);
  }

  @Mutation(() => WebhookSubscriptionModel)
  createWebhookSubscription(@Args('input') input: CreateWebhookSubscriptionInput, @Context() ctx: GatewayContext) {
    return this.webhooks.create(ctx.principal, input);
  }

  @Mutation(() => WebhookSubscriptionModel)
  deactivateWebhookSubscription(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    return this.webhooks.deactivate(ctx.principal, id);
  }
}
