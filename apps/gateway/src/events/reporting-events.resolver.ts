import { Context, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { type ReportingDutyRef, WILDCARD, mayPerform } from '@hazard/domain';
import type { StoredEvent } from '@hazard/event-store';
import type { GatewayContext, Principal } from '../auth/principal';
import { DateTimeScalar } from '../common/scalars';
import { HazardEventFeed, REPORTING_EVENTS } from './hazard-event-feed.service';

@ObjectType('ReportingAlarm', {
  description: 'A reporting duty’s event: ReportDueSoon (the reminder before a unit’s cutoff), ReportMissed (the alarm to the level above), ReportSubmitted',
})
export class ReportingAlarmModel {
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field() kind!: string;
  @Field() date!: string;
  @Field() departmentCode!: string;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field() unitName!: string;
  @Field() tier!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => String, { nullable: true, description: 'ReportMissed: CITY_DEPARTMENT (a district unit missed) or COMMITTEE_OFFICE (a city department missed)' })
  escalatedTo!: string | null;
}

/**
 * Who hears of a unit's duty: the office and auditors of every unit; a city department's staff of its own
 * and its district units' (the level above a district unit); district staff of their own unit's.
 */
export function concerns(principal: Principal, ref: Pick<ReportingDutyRef, 'departmentCode' | 'regionCode'>): boolean {
  if (mayPerform(principal.roles, 'overseeReports')) return true;
  if (!mayPerform(principal.roles, 'readReports')) return false;
  const department = principal.departments.includes(WILDCARD) || principal.departments.includes(ref.departmentCode);
  const region = principal.regions.includes(WILDCARD) || (ref.regionCode !== null && principal.regions.includes(ref.regionCode));
  return department && region;
}

const toModel = (event: StoredEvent): ReportingAlarmModel => {
  const d = event.data as unknown as ReportingDutyRef & { escalatedTo?: string };
  return {
    eventId: event.eventId,
    type: event.type,
    recordedAt: event.metadata.recordedAt,
    kind: d.kind,
    date: d.date,
    departmentCode: d.departmentCode,
    regionCode: d.regionCode,
    unitName: d.unitName,
    tier: d.tier,
    dueAt: d.dueAt,
    escalatedTo: d.escalatedTo ?? null,
  };
};

@Resolver(() => ReportingAlarmModel)
export class ReportingEventsResolver {
  constructor(private readonly feed: HazardEventFeed) {}

  @Subscription(() => ReportingAlarmModel, {
    description: 'Reminders before a unit’s cutoff, alarms when it is missed, and submissions, for the units the caller hears of (graphql-ws)',
    filter: (message: { event: StoredEvent }, _variables: unknown, context: GatewayContext) =>
      concerns(context.principal, message.event.data as unknown as ReportingDutyRef),
    resolve: (message: { event: StoredEvent }) => toModel(message.event),
  })
  reportingAlarms(@Context() _ctx: GatewayContext) {
    return this.feed.iterator(REPORTING_EVENTS);
  }
}
