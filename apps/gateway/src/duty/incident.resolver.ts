import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import {
  INCIDENT_LEVELS,
  INCIDENT_LEVEL_LABELS,
  type IncidentCommand,
  type IncidentLevel,
  type IncidentState,
  REPORT_KINDS,
  type ReportKind,
  type Sector,
  pendingIncidentClocks,
  validateIncidentRules,
} from '../../../../libs/domain/src';
import { type Db, type StoredEvent, loadIncidentRules, saveIncidentRules } from '../../../../libs/event-store/src';
import { Inject } from '@nestjs/common';
import { authorize } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { SectorEnum } from '../common/enums';
import { DateTimeScalar } from '../common/scalars';
import { AsOfBasis } from '../hazards/hazards.resolver';
import { DATABASE } from '../infrastructure/database.provider';
import { RegisterEventModel, toRegisterEvent } from '../register/register.resolver';
import { IncidentService } from './incident.service';

const IncidentLevelEnum = Object.fromEntries(INCIDENT_LEVELS.map((l) => [l, l])) as { [K in IncidentLevel]: K };
registerEnumType(IncidentLevelEnum, { name: 'IncidentLevel', description: 'ORDINARY 一般, LARGER 较大, MAJOR 重大, ESPECIALLY_MAJOR 特别重大' });
const ReportKindEnum = Object.fromEntries(REPORT_KINDS.map((k) => [k, k])) as { [K in ReportKind]: K };
registerEnumType(ReportKindEnum, { name: 'IncidentReportKind', description: 'UNIT_REPORT 单位报告, PHONE_FLASH 电话快报, WRITTEN_FIRST 书面首报, PASS_ON 逐级上报, FOLLOW_UP 续报, FINAL 终报, SUPPLEMENTARY 补报' });

@InputType({ isAbstract: true })
abstract class IncidentCommandInput {
  @Field(() => ID) incidentId!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the incident is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType('CasualtiesInput')
class CasualtiesInput {
  @Field(() => Int, { defaultValue: 0 }) deaths!: number;
  @Field(() => Int, { defaultValue: 0 }) injuries!: number;
  @Field(() => Int, { defaultValue: 0 }) missing!: number;
}

@InputType()
class RecordIncidentInput {
  @Field(() => ID) incidentId!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field() title!: string;
  @Field(() => IncidentLevelEnum) level!: IncidentLevel;
  @Field(() => SectorEnum, { description: 'ROAD_TRAFFIC and FIRE have the shorter casualty window' }) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() place!: string;
  @Field() summary!: string;
  @Field(() => DateTimeScalar, { description: 'When the incident happened' }) happenedAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the duty desk received the unit’s report' }) receivedAt!: string;
  @Field(() => CasualtiesInput, { nullable: true }) casualties?: CasualtiesInput | null;
  @Field(() => ID, { nullable: true }) hazardId?: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId?: string | null;
}

@InputType()
class FileIncidentReportInput extends IncidentCommandInput {
  @Field({ description: 'The obligation, e.g. pass_on or supplementary-1' }) key!: string;
  @Field() summary!: string;
  @Field({ description: 'Whom it went to' }) recipient!: string;
}

@InputType()
class ReportCasualtyChangeInput extends IncidentCommandInput {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
  @Field() note!: string;
}

@InputType()
class CloseIncidentInput extends IncidentCommandInput {
  @Field() reason!: string;
}

@InputType()
class IncidentFilter {
  @Field(() => Boolean, { nullable: true }) open?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'With a report past its due time and not filed' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
}

@ObjectType('IncidentReportObligation', { description: 'A report the incident requires, with its clock' })
class ObligationModel {
  @Field() key!: string;
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) filedAt!: string | null;
  @Field() late!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the desk was warned that it is due soon' }) warnedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the alarm went off: due and not filed' }) missedAt!: string | null;
}

@ObjectType('Casualties')
class CasualtiesModel {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('IncidentClock')
class IncidentClockModel {
  @Field() clock!: string;
  @Field() kind!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('Incident', { description: 'An incident (事故) on its reporting clocks' })
class IncidentModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => IncidentLevelEnum) level!: IncidentLevel;
  @Field() levelLabel!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() place!: string;
  @Field() summary!: string;
  @Field(() => DateTimeScalar) happenedAt!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => CasualtiesModel) casualties!: CasualtiesModel;
  @Field(() => ID, { nullable: true }) hazardId!: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId!: string | null;
  @Field(() => Int) rulesVersion!: number;
  @Field() rulesSource!: string;
  @Field(() => [ObligationModel]) reports!: ObligationModel[];
  @Field(() => IncidentClockModel, { nullable: true, description: 'The next warning or alarm' }) nextClock!: IncidentClockModel | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: string | null;
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
}

@ObjectType('ObligationRule')
class ObligationRuleModel {
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => [IncidentLevelEnum], { description: 'Empty: every level' }) levels!: IncidentLevel[];
  @Field({ description: 'OCCURRED or RECEIVED' }) from!: string;
  @Field({ description: 'ISO-8601 duration' }) within!: string;
}

@ObjectType('IncidentReportingRules', { description: 'Numbered versions, each naming its source' })
class IncidentRulesModel {
  @Field(() => Int) version!: number;
  @Field() source!: string;
  @Field(() => [ObligationRuleModel]) obligations!: ObligationRuleModel[];
  @Field(() => Int) casualtyWindowDays!: number;
  @Field(() => Int, { nullable: true }) roadTrafficCasualtyWindowDays!: number | null;
  @Field(() => Int, { nullable: true }) fireCasualtyWindowDays!: number | null;
  @Field() supplementaryWithin!: string;
  @Field() warnBefore!: string;
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}

@InputType('ObligationRuleInput')
class ObligationRuleInput {
  @Field(() => ReportKindEnum) kind!: ReportKind;
  @Field(() => [IncidentLevelEnum], { nullable: true }) levels?: IncidentLevel[] | null;
  @Field() from!: string;
  @Field() within!: string;
}

@InputType()
class SaveIncidentReportingRulesInput {
  @Field() source!: string;
  @Field(() => [ObligationRuleInput]) obligations!: ObligationRuleInput[];
  @Field(() => Int) casualtyWindowDays!: number;
  @Field(() => Int, { nullable: true }) roadTrafficCasualtyWindowDays?: number | null;
  @Field(() => Int, { nullable: true }) fireCasualtyWindowDays?: number | null;
  @Field() supplementaryWithin!: string;
  @Field() warnBefore!: string;
}

function toModel(state: IncidentState, events: StoredEvent[] | null): IncidentModel {
  const next = pendingIncidentClocks(state)[0];
  return {
    id: state.id,
    version: state.version,
    title: state.title,
    level: state.level,
    levelLabel: INCIDENT_LEVEL_LABELS[state.level],
    sector: state.sector,
    regionCode: state.regionCode,
    departmentCode: state.departmentCode,
    place: state.place,
    summary: state.summary,
    happenedAt: state.occurredAt,
    receivedAt: state.receivedAt,
    casualties: state.casualties,
    hazardId: state.hazardId,
    majorHazardSourceId: state.majorHazardSourceId,
    rulesVersion: state.rules.version,
    rulesSource: state.rules.source,
    reports: state.obligations,
    nextClock: next ? { clock: next.clock, kind: next.kind, at: next.at } : null,
    closedAt: state.closedAt,
    history: events ? events.map((e) => toRegisterEvent(e)) : null,
  };
}

type SavedRules = NonNullable<Awaited<ReturnType<typeof loadIncidentRules>>>;
const toRulesModel = (r: SavedRules | null): IncidentRulesModel | null =>
  r && { ...r, roadTrafficCasualtyWindowDays: r.casualtyWindowDaysBySector.ROAD_TRAFFIC ?? null, fireCasualtyWindowDays: r.casualtyWindowDaysBySector.FIRE ?? null };

/** The duty desk's incidents on the clock, scoped by region × department. */
@Resolver(() => IncidentModel)
export class IncidentResolver {
  constructor(
    private readonly desk: IncidentService,
    @Inject(DATABASE) private readonly db: Db,
  ) {}

  @Query(() => [IncidentModel], { description: 'Incidents inside your regions × departments, newest first' })
  async incidents(@Args('filter', { type: () => IncidentFilter, nullable: true }) filter: IncidentFilter | null, @Context() ctx: GatewayContext) {
    return (await this.desk.list(ctx.principal, filter ?? {})).map((s) => toModel(s, null));
  }

  @Query(() => IncidentModel, { nullable: true, description: 'One incident with its history; with `at`, as it stood then' })
  async incident(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ) {
    const found = await this.desk.find(ctx.principal, id, at ? { at, basis } : undefined);
    return found ? toModel(found.state, found.events) : null;
  }

  @Query(() => IncidentRulesModel, { nullable: true, description: 'The incident reporting rules in force, or a given version' })
  async incidentReportingRules(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readPolicies');
    return toRulesModel(await loadIncidentRules(this.db, version));
  }

  @Mutation(() => IncidentRulesModel, { description: 'Saves a new version of the incident reporting rules; incidents recorded from now on use it' })
  async saveIncidentReportingRules(@Args('input') input: SaveIncidentReportingRulesInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'managePolicies');
    const bySector: Record<string, number> = {};
    if (input.roadTrafficCasualtyWindowDays) bySector.ROAD_TRAFFIC = input.roadTrafficCasualtyWindowDays;
    if (input.fireCasualtyWindowDays) bySector.FIRE = input.fireCasualtyWindowDays;
    const checked = validateIncidentRules({ ...input, obligations: input.obligations.map((o) => ({ ...o, levels: o.levels ?? [] })), casualtyWindowDaysBySector: bySector });
    return toRulesModel(await saveIncidentRules(this.db, checked, ctx.principal.sub));
  }

  @Mutation(() => IncidentModel, { description: 'Records an incident as the duty desk received it; its reporting clocks start' })
  recordIncident(@Args('input') input: RecordIncidentInput, @Context() ctx: GatewayContext) {
    const { incidentId, idempotencyKey, happenedAt, casualties, ...data } = input;
    const command = {
      type: 'RecordIncident',
      data: { ...data, incidentId, occurredAt: happenedAt, casualties: { deaths: casualties?.deaths ?? 0, injuries: casualties?.injuries ?? 0, missing: casualties?.missing ?? 0 } },
    } as IncidentCommand;
    return this.run(ctx, incidentId, command, { idempotencyKey });
  }

  @Mutation(() => IncidentModel, { description: 'Files one of the required reports (its clocks stop; late if after its due time)' })
  fileIncidentReport(@Args('input') input: FileIncidentReportInput, @Context() ctx: GatewayContext) {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'FileIncidentReport', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => IncidentModel, { description: 'Records new casualty figures; inside the window a supplementary report (补报) becomes due' })
  reportCasualtyChange(@Args('input') input: ReportCasualtyChangeInput, @Context() ctx: GatewayContext) {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'ReportCasualtyChange', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => IncidentModel)
  closeIncident(@Args('input') input: CloseIncidentInput, @Context() ctx: GatewayContext) {
    const { incidentId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, incidentId, { type: 'CloseIncident', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  private async run(ctx: GatewayContext, id: string, command: IncidentCommand, options: StreamCommandOptions) {
    const { state, events } = await this.desk.execute(ctx.principal, ctx.request, id, command, options);
    return toModel(state, events);
  }
}
