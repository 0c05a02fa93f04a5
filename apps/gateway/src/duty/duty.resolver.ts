import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import {
  CONDITIONS,
  type Condition,
  DUTY_CHANNELS,
  DUTY_LEVELS,
  DUTY_ROLES,
  DUTY_ROLE_LABELS,
  type DutyChannel,
  type DutyLevel,
  type DutyLogEntry,
  type DutyRole,
  INCIDENT_LEVEL_LABELS,
  type ResourceState,
  type RosterState,
  type Shift,
  TEAM_TYPES,
  type TeamType,
  lineReady,
  openHandoverItems,
  resourceReady,
  shanghaiDate,
  shiftAt,
  validateDutyRoleRules,
} from '../../../../libs/domain/src';
import { Inject } from '@nestjs/common';
import { type Db, loadDutyRoleRules, saveDutyRoleRules } from '../../../../libs/event-store/src';
import { authorize } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DateTimeScalar } from '../common/scalars';
import { maskPhone } from '../hazards/hazard.mapper';
import { mayReadPersonalData } from '../register/register.service';
import { HazardReportModel } from '../reports/report.models';
import { DUTY_LOG, RESOURCE, ROSTER } from '../../../../libs/event-store/src';
import { DutyService } from './duty.service';
import { IncidentService } from './incident.service';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const DutyRoleEnum = asEnum(DUTY_ROLES);
registerEnumType(DutyRoleEnum, { name: 'DutyRole', description: 'DUTY_LEADER 带班领导, SHIFT_HEAD 值班长, DISPATCHER 调度员, INFORMATION_OFFICER 信息员, TECHNICAL_SUPPORT 技术保障' });
const DutyLevelEnum = asEnum(DUTY_LEVELS);
registerEnumType(DutyLevelEnum, { name: 'DutyLevel', description: 'CITY: all five roles; DISTRICT: duty leader, shift head, dispatcher (a roster may require more)' });
const DutyChannelEnum = asEnum(DUTY_CHANNELS);
registerEnumType(DutyChannelEnum, { name: 'DutyChannel' });
const TeamTypeEnum = asEnum(TEAM_TYPES);
registerEnumType(TeamTypeEnum, { name: 'RescueTeamType' });
const ConditionEnum = asEnum(CONDITIONS);
registerEnumType(ConditionEnum, { name: 'StockCondition' });
const PresenceEnum = asEnum(['ON_POST', 'OFF_POST'] as const);
registerEnumType(PresenceEnum, { name: 'DutyPresence' });
const ResourceKindEnum = asEnum(['TEAM', 'DEPOT'] as const);
registerEnumType(ResourceKindEnum, { name: 'EmergencyResourceKind' });

@InputType({ isAbstract: true })
abstract class DutyCommandInput {
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@InputType('DutyAssignmentInput')
class DutyAssignmentInput {
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType('DutyShiftInput')
class DutyShiftInput {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field({ description: 'e.g. 白班, 夜班' }) name!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => DateTimeScalar) endsAt!: string;
  @Field(() => [DutyAssignmentInput]) assignments!: DutyAssignmentInput[];
}

@InputType()
class PublishRosterInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => DutyLevelEnum) level!: DutyLevel;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => [DutyRoleEnum], { nullable: true, description: 'Roles required beyond the level’s' }) requiredRoles?: DutyRole[] | null;
  @Field(() => [DutyShiftInput]) shifts!: DutyShiftInput[];
}

@InputType()
class RequestDutySwapInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) swapId!: string;
  @Field({ description: '<date>/<shift name>' }) shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() toName!: string;
  @Field(() => String, { nullable: true }) toPhone?: string | null;
  @Field() reason!: string;
}

@InputType()
class DecideDutySwapInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) swapId!: string;
  @Field() approved!: boolean;
}

@InputType()
class RecordDutyPresenceInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field() shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field(() => PresenceEnum) status!: 'ON_POST' | 'OFF_POST';
}

@InputType()
class HandOverDutyInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) handoverId!: string;
  @Field() fromShift!: string;
  @Field() toShift!: string;
  @Field(() => [String], { description: 'What the incoming shift must follow up; open until it confirms' }) pendingItems!: string[];
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
class ConfirmHandoverInput extends DutyCommandInput {
  @Field(() => ID) rosterId!: string;
  @Field(() => ID) handoverId!: string;
}

@InputType('DutyCasualtiesInput')
class DutyCasualtiesInput {
  @Field(() => Int, { defaultValue: 0 }) deaths!: number;
  @Field(() => Int, { defaultValue: 0 }) injuries!: number;
  @Field(() => Int, { defaultValue: 0 }) missing!: number;
}

@InputType()
class RecordDutyLogEntryInput extends DutyCommandInput {
  @Field(() => ID) entryId!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DutyChannelEnum) channel!: DutyChannel;
  @Field() reporter!: string;
  @Field(() => String, { nullable: true }) reporterPhone?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field() summary!: string;
  @Field(() => DutyCasualtiesInput, { nullable: true }) casualties?: DutyCasualtiesInput | null;
  @Field(() => String, { nullable: true, description: 'Measures taken' }) measures?: string | null;
  @Field(() => String, { nullable: true, description: 'Instructions received' }) instructions?: string | null;
  @Field(() => ID, { nullable: true }) incidentId?: string | null;
  @Field(() => ID, { nullable: true }) hazardId?: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId?: string | null;
}

@InputType()
class RecordDutyNotificationInput extends DutyCommandInput {
  @Field(() => ID) entryId!: string;
  @Field() whom!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@InputType()
class RegisterEmergencyResourceInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => ResourceKindEnum) kind!: 'TEAM' | 'DEPOT';
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field({ description: 'Where the team is based / where the depot is' }) base!: string;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType?: TeamType | null;
  @Field(() => Int, { nullable: true }) headcount?: number | null;
  @Field(() => String, { nullable: true }) leader?: string | null;
  @Field(() => String, { nullable: true }) dutyPhone?: string | null;
  @Field(() => [String], { nullable: true }) specialties?: string[] | null;
}

@InputType()
class ReportTeamStatusInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => Int) onDuty!: number;
  @Field(() => Int, { nullable: true }) headcount?: number | null;
}

@InputType()
class RecordTeamDrillInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field() heldOn!: string;
  @Field() note!: string;
}

@InputType()
class SetResourceStockInput extends DutyCommandInput {
  @Field(() => ID) resourceId!: string;
  @Field({ description: 'GB/T 38565-2020 code: 7 digits, the first 1–3' }) code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => ConditionEnum) condition!: Condition;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expiresOn?: string | null;
  @Field() reason!: string;
}

@InputType()
class EmergencyResourceFilter {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ResourceKindEnum, { nullable: true }) kind?: 'TEAM' | 'DEPOT' | null;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType?: TeamType | null;
  @Field(() => String, { nullable: true, description: 'Holding this GB/T 38565 code (or a code starting with it)' }) supplyCode?: string | null;
  @Field(() => Boolean, { nullable: true }) ready?: boolean | null;
}

@ObjectType('DutyAssignment')
class DutyAssignmentModel {
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() roleLabel!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) phone!: string | null;
  @Field(() => PresenceEnum, { nullable: true }) presence!: 'ON_POST' | 'OFF_POST' | null;
}

@ObjectType('DutyShift')
class DutyShiftModel {
  @Field() key!: string;
  @Field() date!: string;
  @Field() name!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => DateTimeScalar) endsAt!: string;
  @Field(() => [DutyAssignmentModel]) assignments!: DutyAssignmentModel[];
}

@ObjectType('DutySwap')
class DutySwapModel {
  @Field() id!: string;
  @Field() shift!: string;
  @Field(() => DutyRoleEnum) role!: DutyRole;
  @Field() fromName!: string;
  @Field() toName!: string;
  @Field() reason!: string;
  @Field() status!: string;
}

@ObjectType('DutyHandover')
class DutyHandoverModel {
  @Field() id!: string;
  @Field() fromShift!: string;
  @Field() toShift!: string;
  @Field(() => [String]) pendingItems!: string[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => String, { nullable: true }) confirmedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) confirmedAt!: string | null;
}

@ObjectType('DutyRoster', { description: '值班表: every shift has a person in every required role' })
class DutyRosterModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => DutyLevelEnum) level!: DutyLevel;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => [DutyRoleEnum]) requiredRoles!: DutyRole[];
  @Field(() => [DutyShiftModel]) shifts!: DutyShiftModel[];
  @Field(() => [DutySwapModel]) swaps!: DutySwapModel[];
  @Field(() => [DutyHandoverModel]) handovers!: DutyHandoverModel[];
  @Field(() => [String], { description: 'Handed-over items not yet confirmed by the incoming shift' }) openHandoverItems!: string[];
}

@ObjectType('DutyNotification')
class DutyNotificationModel {
  @Field() whom!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field() by!: string;
}

@ObjectType('DutyCasualties')
class DutyCasualtiesModel {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('DutyLogEntry', { description: '值班记录: one call or message received' })
class DutyLogEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => DutyChannelEnum) channel!: DutyChannel;
  @Field() reporter!: string;
  @Field(() => String, { nullable: true }) reporterPhone!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field() summary!: string;
  @Field(() => DutyCasualtiesModel) casualties!: DutyCasualtiesModel;
  @Field(() => String, { nullable: true }) measures!: string | null;
  @Field(() => String, { nullable: true }) instructions!: string | null;
  @Field(() => ID, { nullable: true }) incidentId!: string | null;
  @Field(() => ID, { nullable: true }) hazardId!: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId!: string | null;
  @Field(() => [DutyNotificationModel]) notified!: DutyNotificationModel[];
}

@ObjectType('StockLine')
class StockLineModel {
  @Field({ description: 'GB/T 38565-2020' }) code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => ConditionEnum) condition!: Condition;
  @Field(() => String, { nullable: true }) expiresOn!: string | null;
  @Field() ready!: boolean;
}

@ObjectType('EmergencyResource', { description: 'A rescue team or a depot, with its equipment or supplies' })
class EmergencyResourceModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ResourceKindEnum) kind!: 'TEAM' | 'DEPOT';
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() base!: string;
  @Field(() => TeamTypeEnum, { nullable: true }) teamType!: TeamType | null;
  @Field(() => Int) headcount!: number;
  @Field(() => Int) onDuty!: number;
  @Field(() => String, { nullable: true }) leader!: string | null;
  @Field(() => String, { nullable: true }) dutyPhone!: string | null;
  @Field(() => [String]) specialties!: string[];
  @Field(() => String, { nullable: true }) lastDrillOn!: string | null;
  @Field(() => [StockLineModel]) stock!: StockLineModel[];
  @Field({ description: 'A team with people on duty and a drill within a year; a depot with a usable line' }) ready!: boolean;
}

@ObjectType('DutyIncidentClock')
class DutyIncidentClockModel {
  @Field(() => ID) incidentId!: string;
  @Field() title!: string;
  @Field() levelLabel!: string;
  @Field({ description: 'The report next due' }) report!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field() overdue!: boolean;
}

@ObjectType('DutySummary', { description: 'What the duty officer sees first: who is on duty, what waits, what is ready' })
class DutySummaryModel {
  @Field(() => DateTimeScalar) at!: string;
  @Field({ description: 'Beijing date' }) date!: string;
  @Field(() => [DutyShiftModel], { description: 'The shifts on duty now, one per roster in scope' }) onDuty!: DutyShiftModel[];
  @Field(() => [String], { description: 'The duty leaders (带班领导) now' }) dutyLeaders!: string[];
  @Field(() => [String]) openHandoverItems!: string[];
  @Field(() => [DutyIncidentClockModel], { description: 'Open incidents by their next report due' }) incidentClocks!: DutyIncidentClockModel[];
  @Field(() => Int) teams!: number;
  @Field(() => Int) teamsReady!: number;
  @Field(() => Int) peopleOnDuty!: number;
  @Field(() => Int) depots!: number;
  @Field(() => Int) depotsReady!: number;
  @Field(() => Int, { description: 'Stock lines expired or expiring within 30 days' }) stockExpiringSoon!: number;
}

function shiftModel(s: Shift, showPhones: boolean): DutyShiftModel {
  return {
    key: s.key,
    date: s.date,
    name: s.name,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    assignments: DUTY_ROLES.flatMap((role) => {
      const p = s.assignments[role];
      return p ? [{ role, roleLabel: DUTY_ROLE_LABELS[role], name: p.name, phone: showPhones ? p.phone : maskPhone(p.phone), presence: s.presence[role]?.status ?? null }] : [];
    }),
  };
}

function rosterModel(s: RosterState, showPhones: boolean): DutyRosterModel {
  return {
    id: s.id,
    version: s.version,
    level: s.level,
    regionCode: s.regionCode,
    departmentCode: s.departmentCode,
    requiredRoles: s.requiredRoles,
    shifts: s.shifts.map((x) => shiftModel(x, showPhones)),
    swaps: s.swaps.map((w) => ({ id: w.id, shift: w.shift, role: w.role, fromName: w.from.name, toName: w.to.name, reason: w.reason, status: w.status })),
    handovers: s.handovers,
    openHandoverItems: openHandoverItems(s).map((x) => x.item),
  };
}

const logModel = (e: DutyLogEntry, showPhones: boolean): DutyLogEntryModel => ({ ...e, reporterPhone: showPhones ? e.reporterPhone : maskPhone(e.reporterPhone) });

function resourceModel(r: ResourceState, today: string): EmergencyResourceModel {
  return { ...r, stock: r.stock.map((l) => ({ ...l, ready: lineReady(l, today) })), ready: resourceReady(r, today) };
}

@ObjectType('DutyRoleRules', { description: 'The roles every shift of a level fills: numbered versions naming their source' })
class DutyRoleRulesModel {
  @Field(() => Int) version!: number;
  @Field() source!: string;
  @Field(() => [DutyRoleEnum]) city!: DutyRole[];
  @Field(() => [DutyRoleEnum]) district!: DutyRole[];
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}

@InputType()
class SaveDutyRoleRulesInput {
  @Field({ description: 'The regulation or notice and its version' }) source!: string;
  @Field(() => [DutyRoleEnum]) city!: DutyRole[];
  @Field(() => [DutyRoleEnum]) district!: DutyRole[];
}

const toRoleRulesModel = (r: Awaited<ReturnType<typeof loadDutyRoleRules>>): DutyRoleRulesModel | null =>
  r && { version: r.version, source: r.source, city: r.byLevel.CITY, district: r.byLevel.DISTRICT, savedAt: r.savedAt, savedBy: r.savedBy };

/** The duty desk: rosters, the duty log, emergency resources and the summary the duty officer opens first. */
@Resolver()
export class DutyResolver {
  constructor(
    private readonly duty: DutyService,
    private readonly incidents: IncidentService,
    @Inject(DATABASE) private readonly db: Db,
  ) {}

  @Query(() => DutyRoleRulesModel, { nullable: true, description: 'The roles per level in force, or a given version' })
  async dutyRoleRules(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readPolicies');
    return toRoleRulesModel(await loadDutyRoleRules(this.db, version));
  }

  @Mutation(() => DutyRoleRulesModel, { description: 'Saves a new version of the roles per level; rosters published from now on use it' })
  async saveDutyRoleRules(@Args('input') input: SaveDutyRoleRulesInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'managePolicies');
    const checked = validateDutyRoleRules({ source: input.source, byLevel: { CITY: input.city, DISTRICT: input.district } });
    return toRoleRulesModel(await saveDutyRoleRules(this.db, checked, ctx.principal.sub));
  }

  @Query(() => DutySummaryModel)
  async dutySummary(@Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null, @Context() ctx: GatewayContext): Promise<DutySummaryModel> {
    const now = at ? new Date(at) : new Date();
    const today = shanghaiDate(now.getTime());
    const show = mayReadPersonalData(ctx.principal);
    const [rosters, resources, incidents] = await Promise.all([
      this.duty.list<RosterState>(ctx.principal, ['ROSTER'], { at: now }),
      this.duty.list<ResourceState>(ctx.principal, ['TEAM', 'DEPOT']),
      this.incidents.list(ctx.principal, { open: true }),
    ]);
    const onDuty = rosters.flatMap((r) => {
      const s = shiftAt(r, now.getTime());
      return s ? [shiftModel(s, show)] : [];
    });
    const teams = resources.filter((r) => r.kind === 'TEAM');
    const depots = resources.filter((r) => r.kind === 'DEPOT');
    const soon = shanghaiDate(now.getTime() + 30 * 86_400_000);
    return {
      at: now.toISOString(),
      date: today,
      onDuty,
      dutyLeaders: onDuty.flatMap((s) => s.assignments.filter((a) => a.role === 'DUTY_LEADER').map((a) => a.name)),
      openHandoverItems: rosters.flatMap((r) => openHandoverItems(r).map((x) => x.item)),
      incidentClocks: incidents
        .flatMap((i) => {
          const open = i.obligations.filter((o) => !o.filedAt).sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))[0];
          return open
            ? [{ incidentId: i.id, title: i.title, levelLabel: INCIDENT_LEVEL_LABELS[i.level], report: open.key, dueAt: open.dueAt, overdue: Date.parse(open.dueAt) <= now.getTime() }]
            : [];
        })
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1)),
      teams: teams.length,
      teamsReady: teams.filter((t) => resourceReady(t, today)).length,
      peopleOnDuty: teams.reduce((n, t) => n + t.onDuty, 0),
      depots: depots.length,
      depotsReady: depots.filter((d) => resourceReady(d, today)).length,
      stockExpiringSoon: resources.reduce((n, r) => n + r.stock.filter((l) => l.expiresOn !== null && l.expiresOn <= soon).length, 0),
    };
  }

  @Query(() => [DutyRosterModel], { description: 'Rosters in scope; with `at`, those covering that moment' })
  async dutyRosters(@Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null, @Context() ctx: GatewayContext) {
    return (await this.duty.list<RosterState>(ctx.principal, ['ROSTER'], { at: at ? new Date(at) : null })).map((r) => rosterModel(r, mayReadPersonalData(ctx.principal)));
  }

  @Query(() => [DutyLogEntryModel], { description: 'The duty log in scope, newest first' })
  async dutyLog(@Args('since', { type: () => DateTimeScalar, nullable: true }) since: string | null, @Context() ctx: GatewayContext) {
    return (await this.duty.list<DutyLogEntry>(ctx.principal, ['LOG'], { since: since ? new Date(since) : null })).map((e) => logModel(e, mayReadPersonalData(ctx.principal)));
  }

  @Query(() => [EmergencyResourceModel], { description: 'Rescue teams and depots by region, type, supply code and readiness' })
  async emergencyResources(@Args('filter', { type: () => EmergencyResourceFilter, nullable: true }) filter: EmergencyResourceFilter | null, @Context() ctx: GatewayContext) {
    const today = shanghaiDate(Date.now());
    const f = filter ?? {};
    const all = await this.duty.list<ResourceState>(ctx.principal, f.kind ? [f.kind] : ['TEAM', 'DEPOT'], { regionCode: f.regionCode });
    return all
      .filter((r) => !f.teamType || r.teamType === f.teamType)
      .filter((r) => !f.supplyCode || r.stock.some((l) => l.code.startsWith(f.supplyCode as string)))
      .filter((r) => f.ready === undefined || f.ready === null || resourceReady(r, today) === f.ready)
      .map((r) => resourceModel(r, today));
  }

  @Mutation(() => DutyRosterModel, { description: 'Publishes a roster; a gap in any required role or between shifts refuses it' })
  async publishRoster(@Args('input') input: PublishRosterInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, ...data } = input;
    return this.roster(ctx, data.rosterId, { type: 'PublishRoster', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel)
  async requestDutySwap(@Args('input') input: RequestDutySwapInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.roster(ctx, rosterId, { type: 'RequestSwap', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'Approves or denies a swap (not by the person who asked)' })
  async decideDutySwap(@Args('input') input: DecideDutySwapInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.roster(ctx, rosterId, { type: 'DecideSwap', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel)
  async recordDutyPresence(@Args('input') input: RecordDutyPresenceInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.roster(ctx, rosterId, { type: 'RecordPresence', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'Hands over to a later shift; the pending items stay open until it confirms' })
  async handOverDuty(@Args('input') input: HandOverDutyInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.roster(ctx, rosterId, { type: 'HandOver', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyRosterModel, { description: 'The incoming shift confirms a handover' })
  async confirmHandover(@Args('input') input: ConfirmHandoverInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, rosterId, ...data } = input;
    return this.roster(ctx, rosterId, { type: 'ConfirmHandover', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => DutyLogEntryModel)
  async recordDutyLogEntry(@Args('input') input: RecordDutyLogEntryInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, casualties, ...data } = input;
    const c = { deaths: casualties?.deaths ?? 0, injuries: casualties?.injuries ?? 0, missing: casualties?.missing ?? 0 };
    const { state } = await this.duty.execute(DUTY_LOG, ctx.principal, ctx.request, data.entryId, { type: 'RecordDutyLogEntry', data: { ...data, casualties: c } as never }, { idempotencyKey, expectedVersion });
    return logModel(state, mayReadPersonalData(ctx.principal));
  }

  @Mutation(() => DutyLogEntryModel, { description: 'Records whom the desk notified and when' })
  async recordDutyNotification(@Args('input') input: RecordDutyNotificationInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, entryId, ...data } = input;
    const { state } = await this.duty.execute(DUTY_LOG, ctx.principal, ctx.request, entryId, { type: 'RecordNotification', data }, { idempotencyKey, expectedVersion });
    return logModel(state, mayReadPersonalData(ctx.principal));
  }

  @Mutation(() => EmergencyResourceModel)
  async registerEmergencyResource(@Args('input') input: RegisterEmergencyResourceInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, ...data } = input;
    return this.resource(ctx, data.resourceId, { type: 'RegisterResource', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel)
  async reportTeamStatus(@Args('input') input: ReportTeamStatusInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.resource(ctx, resourceId, { type: 'ReportTeamStatus', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel)
  async recordTeamDrill(@Args('input') input: RecordTeamDrillInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.resource(ctx, resourceId, { type: 'RecordDrill', data }, { idempotencyKey, expectedVersion });
  }

  @Mutation(() => EmergencyResourceModel, { description: 'Sets one stock line (by GB/T 38565 code) to what is there now, with the reason' })
  async setResourceStock(@Args('input') input: SetResourceStockInput, @Context() ctx: GatewayContext) {
    const { idempotencyKey, expectedVersion, resourceId, ...data } = input;
    return this.resource(ctx, resourceId, { type: 'SetStock', data: { ...data, expiresOn: data.expiresOn ?? null } }, { idempotencyKey, expectedVersion });
  }

  private async roster(ctx: GatewayContext, id: string, command: Parameters<typeof ROSTER.decide>[1], options: StreamCommandOptions) {
    const { state } = await this.duty.execute(ROSTER, ctx.principal, ctx.request, id, command, options);
    return rosterModel(state, mayReadPersonalData(ctx.principal));
  }

  private async resource(ctx: GatewayContext, id: string, command: Parameters<typeof RESOURCE.decide>[1], options: StreamCommandOptions) {
    const { state } = await this.duty.execute(RESOURCE, ctx.principal, ctx.request, id, command, options);
    return resourceModel(state, shanghaiDate(Date.now()));
  }
}

/** The daily report shows the duty desk as it is when the report is read (not part of its frozen, hashed content). */
@Resolver(() => HazardReportModel)
export class ReportDutyResolver {
  constructor(private readonly duty: DutyResolver) {}

  @ResolveField(() => DutySummaryModel, { description: 'The duty desk now: duty leaders, open incidents with their report clocks, readiness (read live, not frozen with the report)' })
  dutyDesk(@Context() ctx: GatewayContext): Promise<DutySummaryModel> {
    return this.duty.dutySummary(null, ctx);
  }
}
