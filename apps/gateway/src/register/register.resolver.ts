import { Args, Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import {
  DomainError,
  type HazardLevel,
  type ReportHazardData,
  RESPONSIBLE_ROLES,
  type Sector,
  RESPONSIBLE_ROLE_LABELS,
  type ResponsibleRole,
  type SourceCommand,
  type SourceState,
  UNIT_KINDS,
  type UnitKind,
  overduePatrols,
  validateCommand,
} from '../../../../libs/domain/src';
import type { StoredEvent } from '../../../../libs/event-store/src';
import type { GatewayContext } from '../auth/principal';
import { DateTimeScalar, JSONScalar } from '../common/scalars';
import { HazardLevelEnum, RoleEnum, SectorEnum } from '../common/enums';
import { HazardCommandsService } from '../hazards/hazard-commands.service';
import { maskPhone, toHazardModel, viewFor } from '../hazards/hazard.mapper';
import { HazardModel } from '../hazards/models/hazard.model';
import { AsOfBasis } from '../hazards/hazards.resolver';
import { HazardousChemicalAmountInput, MajorHazardGradeTermModel } from './grading.resolver';
import { type RegisterCommandOptions, RegisterService, mayReadPersonalData } from './register.service';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const ResponsibleRoleEnum = asEnum(RESPONSIBLE_ROLES);
const UnitKindEnum = asEnum(UNIT_KINDS);
registerEnumType(ResponsibleRoleEnum, { name: 'ResponsibleRole', description: 'PRINCIPAL 主要负责人, TECHNICAL 技术负责人, OPERATIONAL 操作负责人' });
registerEnumType(UnitKindEnum, { name: 'HazardUnitKind', description: 'PRODUCTION 生产单元, STORAGE 储存单元' });

@InputType({ isAbstract: true })
abstract class SourceCommandInput {
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the source is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType()
class RegisterMajorHazardSourceInput extends SourceCommandInput {
  @Field() name!: string;
  @Field() enterpriseName!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) enterpriseCreditCode?: string | null;
  @Field(() => UnitKindEnum) unitKind!: UnitKind;
  @Field() location!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
}

@InputType()
class AssessMajorHazardSourceInput extends SourceCommandInput {
  @Field(() => Int, { description: 'People exposed outside the plant within 500 m' }) population500m!: number;
  @Field(() => [HazardousChemicalAmountInput], { description: 'Design maximum quantities present in the unit' }) chemicals!: HazardousChemicalAmountInput[];
  @Field(() => String, { nullable: true, description: 'Why it is re-assessed now (a listed trigger), if not the 3-year cycle' }) trigger?: string | null;
}

@InputType()
class AssignResponsiblePersonInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
class RelieveResponsiblePersonInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() reason!: string;
}

@InputType({ description: 'A hazard found on the patrol: it becomes a hazard with origin PATROL in the same step' })
class PatrolFindingInput {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field(() => SectorEnum, { nullable: true, description: 'Default HAZARDOUS_CHEMICALS' }) sector?: Sector | null;
  @Field(() => String, { nullable: true }) judgementBasis?: string | null;
}

@InputType()
class RecordPatrolInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum, { description: 'Whose patrol (包保检查) this is' }) role!: ResponsibleRole;
  @Field() note!: string;
  @Field(() => [PatrolFindingInput], { nullable: true, description: 'Hazards found; each starts a hazard workflow (retry with the same idempotencyKey: each applies once)' })
  findings?: PatrolFindingInput[] | null;
}


@InputType()
class MajorHazardSourceFilter {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => Boolean, { nullable: true }) isMajor?: boolean | null;
  @Field(() => Int, { nullable: true }) level?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sources with a patrol overdue now' }) overduePatrol?: boolean | null;
}

@ObjectType('ResponsiblePerson')
class ResponsiblePersonModel {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() roleLabel!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) phone!: string | null;
  @Field(() => DateTimeScalar) since!: string;
  @Field(() => DateTimeScalar, { nullable: true }) lastPatrolAt!: string | null;
  @Field({ description: 'The last patrol (or the assignment, if none yet) is older than the cadence' }) patrolOverdue!: boolean;
}

@ObjectType('MajorHazardSourceAssessment', { description: 'An immutable snapshot: the inputs, the reference entries used and the result' })
class AssessmentModel {
  @Field() standard!: string;
  @Field(() => DateTimeScalar) assessedAt!: string;
  @Field(() => Int) population500m!: number;
  @Field() isMajor!: boolean;
  @Field(() => Float) s!: number;
  @Field(() => Float) alpha!: number;
  @Field(() => Float) r!: number;
  @Field(() => Int, { nullable: true }) level!: number | null;
  @Field(() => [MajorHazardGradeTermModel]) terms!: MajorHazardGradeTermModel[];
  @Field(() => String, { nullable: true }) trigger!: string | null;
  @Field(() => DateTimeScalar, { description: 'Re-assessment due (3 years after, unless a trigger comes sooner)' }) reassessBy!: string;
}

@ObjectType('RegisterEvent')
export class RegisterEventModel {
  @Field(() => ID) streamId!: string;
  @Field(() => Int) version!: number;
  @Field() type!: string;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field() actor!: string;
  @Field() actorName!: string;
  @Field(() => [RoleEnum]) actorRoles!: string[];
  @Field(() => JSONScalar) data!: unknown;
  @Field() commandId!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType('MajorHazardSource', { description: '重大危险源: a production or storage unit, graded by GB 18218-2018' })
class MajorHazardSourceModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() enterpriseName!: string;
  @Field(() => String, { nullable: true }) enterpriseCreditCode!: string | null;
  @Field(() => UnitKindEnum) unitKind!: UnitKind;
  @Field() location!: string;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field(() => DateTimeScalar) registeredAt!: string;
  @Field(() => AssessmentModel, { nullable: true, description: 'The latest assessment; null before the first' }) assessment!: AssessmentModel | null;
  @Field(() => Int) assessmentCount!: number;
  @Field({ description: 'No assessment yet, or its re-assessment date has passed' }) reassessmentDue!: boolean;
  @Field(() => [ResponsiblePersonModel]) responsiblePersons!: ResponsiblePersonModel[];
  @Field(() => [ResponsibleRoleEnum], { description: 'Roles with no active person' }) vacantRoles!: ResponsibleRole[];
  @Field(() => [ResponsibleRoleEnum]) overduePatrols!: ResponsibleRole[];
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
}

@ObjectType('PatrolPayload')
class PatrolPayload {
  @Field(() => MajorHazardSourceModel) source!: MajorHazardSourceModel;
  @Field(() => [HazardModel], { description: 'The hazards the findings started, in the order given' }) hazards!: HazardModel[];
}

/** One event of a register stream as GraphQL shows it (the data possibly masked by the caller). */
export function toRegisterEvent(e: StoredEvent, data: unknown = e.data): RegisterEventModel {
  const m = e.metadata as { commandId: string; occurredAt: string; recordedAt: string; actor: { sub: string; name: string; roles: string[] } };
  return { streamId: e.streamId, version: e.version, type: e.type, occurredAt: m.occurredAt, recordedAt: m.recordedAt, actor: m.actor.sub, actorName: m.actor.name, actorRoles: m.actor.roles ?? [], data, commandId: m.commandId, prevHash: e.prevHash, hash: e.hash };
}

function toModel(state: SourceState, now: number, showPhones: boolean, events: StoredEvent[] | null): MajorHazardSourceModel {
  const overdue = overduePatrols(state, now);
  const a = state.assessment;
  return {
    id: state.id,
    version: state.version,
    name: state.name,
    enterpriseName: state.enterpriseName,
    enterpriseCreditCode: state.enterpriseCreditCode,
    unitKind: state.unitKind,
    location: state.location,
    regionCode: state.regionCode,
    departmentCode: state.departmentCode,
    registeredAt: state.registeredAt,
    assessment: a
      ? { standard: a.standard, assessedAt: a.at, population500m: a.population500m, ...a.result, terms: a.terms, trigger: a.trigger, reassessBy: a.reassessBy }
      : null,
    assessmentCount: state.assessments,
    reassessmentDue: !a || Date.parse(a.reassessBy) < now,
    responsiblePersons: RESPONSIBLE_ROLES.flatMap((role) => {
      const p = state.responsible[role];
      if (!p) return [];
      return [{ role, roleLabel: RESPONSIBLE_ROLE_LABELS[role], name: p.name, phone: showPhones ? p.phone : maskPhone(p.phone), since: p.since, lastPatrolAt: state.lastPatrol[role] ?? null, patrolOverdue: overdue.includes(role) }];
    }),
    vacantRoles: RESPONSIBLE_ROLES.filter((role) => !state.responsible[role]),
    overduePatrols: overdue,
    history: events
      ? events.map((e) =>
          toRegisterEvent(e, !showPhones && e.type === 'ResponsiblePersonAssigned' ? { ...(e.data as object), phone: maskPhone((e.data as { phone?: string | null }).phone) } : e.data),
        )
      : null,
  };
}

/** The register of major hazard sources: GraphQL commands and queries, scoped by region × department. */
@Resolver(() => MajorHazardSourceModel)
export class RegisterResolver {
  constructor(
    private readonly register: RegisterService,
    private readonly hazards: HazardCommandsService,
  ) {}

  @Query(() => [MajorHazardSourceModel], { description: 'The register, inside your regions × departments (auditors see all)' })
  async majorHazardSources(@Args('filter', { type: () => MajorHazardSourceFilter, nullable: true }) filter: MajorHazardSourceFilter | null, @Context() ctx: GatewayContext) {
    const now = Date.now();
    const states = await this.register.list(ctx.principal, filter ?? {});
    const models = states.map((s) => toModel(s, now, mayReadPersonalData(ctx.principal), null));
    return filter?.overduePatrol === undefined || filter?.overduePatrol === null ? models : models.filter((m) => (m.overduePatrols.length > 0) === filter.overduePatrol);
  }

  @Query(() => MajorHazardSourceModel, { nullable: true, description: 'One source with its history; with `at`, as it stood then' })
  async majorHazardSource(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ) {
    const found = await this.register.find(ctx.principal, id, at ? { at, basis } : undefined);
    return found ? toModel(found.state, at ? Date.parse(at) : Date.now(), mayReadPersonalData(ctx.principal), found.events) : null;
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Enters a production or storage unit in the register (before its grading)' })
  registerMajorHazardSource(@Args('input') input: RegisterMajorHazardSourceInput, @Context() ctx: GatewayContext) {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'RegisterMajorHazardSource', data: { sourceId, ...data } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Grades the source by GB 18218-2018 and keeps the inputs, reference entries and result as a snapshot' })
  assessMajorHazardSource(@Args('input') input: AssessMajorHazardSourceInput, @Context() ctx: GatewayContext) {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    const command: SourceCommand = {
      type: 'AssessMajorHazardSource',
      data: { population500m: data.population500m, chemicals: data.chemicals.map((c) => ({ ...c })), trigger: data.trigger ?? null, standard: '', reference: [] },
    };
    return this.run(ctx, sourceId, command, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Names a responsible person (包保责任人); exactly one is active per role' })
  assignResponsiblePerson(@Args('input') input: AssignResponsiblePersonInput, @Context() ctx: GatewayContext) {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'AssignResponsiblePerson', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel)
  relieveResponsiblePerson(@Args('input') input: RelieveResponsiblePersonInput, @Context() ctx: GatewayContext) {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'RelieveResponsiblePerson', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => PatrolPayload, { description: 'Records a responsible person’s patrol of the source; its findings become hazards in the same step' })
  async recordPatrol(@Args('input') input: RecordPatrolInput, @Context() ctx: GatewayContext): Promise<PatrolPayload> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, role, note, findings } = input;
    const current = await this.register.find(ctx.principal, sourceId);
    if (!current) return { source: await this.run(ctx, sourceId, { type: 'RecordPatrol', data: { role, note } }, { idempotencyKey, expectedVersion, occurredAt }), hazards: [] };
    const foundAt = occurredAt ?? new Date().toISOString();
    const reports = (findings ?? []).map((f) => this.findingReport(current.state, f, foundAt));
    // Every finding is checked before anything is written: a bad one refuses the whole patrol.
    reports.forEach((data, i) => {
      try {
        validateCommand({ type: 'ReportHazard', data: { ...data, hazardId: 'pending', code: 'PENDING' } }, { commandId: 'check', actor: { sub: ctx.principal.sub, name: ctx.principal.name, roles: ctx.principal.roles }, now: new Date().toISOString() });
      } catch (err) {
        if (err instanceof DomainError) throw new DomainError(err.code, `findings[${i}].${err.message}`, err.field ? `findings[${i}].${err.field}` : undefined);
        throw err;
      }
    });
    const { model: source, commandId } = await this.execute(ctx, sourceId, { type: 'RecordPatrol', data: { role, note } }, { idempotencyKey, expectedVersion, occurredAt });
    // The hazards' keys derive from the patrol's: a retried patrol starts each hazard once.
    const batch = idempotencyKey ?? commandId;
    const patrolVersion = source.history?.find((e) => e.type === 'PatrolRecorded' && e.commandId === commandId)?.version ?? source.version;
    const hazards = [];
    for (const [i, data] of reports.entries()) {
      const origin = { kind: 'PATROL' as const, reference: `source-${sourceId}@${patrolVersion}`, majorHazardSourceId: sourceId };
      const state = await this.hazards.report(ctx.principal, { ...data, origin, idempotencyKey: `${batch}#finding-${i}` }, ctx.request);
      hazards.push(toHazardModel(state, new Date(), viewFor(ctx.principal)));
    }
    return { source, hazards };
  }

  private findingReport(source: SourceState, f: PatrolFindingInput, foundAt: string): Omit<ReportHazardData, 'hazardId' | 'code'> {
    return {
      title: f.title,
      description: f.description,
      level: f.level,
      sector: f.sector ?? 'HAZARDOUS_CHEMICALS',
      regionCode: source.regionCode,
      departmentCode: source.departmentCode,
      enterpriseName: source.enterpriseName,
      enterpriseCreditCode: source.enterpriseCreditCode,
      location: `${source.name}（${source.location}）`,
      judgementBasis: f.judgementBasis ?? null,
      // The responsible persons are the enterprise's own people: their patrol is the enterprise checking itself.
      source: 'ENTERPRISE_SELF_INSPECTION',
      foundAt,
    };
  }

  private async run(ctx: GatewayContext, sourceId: string, command: SourceCommand, options: RegisterCommandOptions) {
    return (await this.execute(ctx, sourceId, command, options)).model;
  }

  private async execute(ctx: GatewayContext, sourceId: string, command: SourceCommand, options: RegisterCommandOptions) {
    const { state, events, commandId } = await this.register.execute(ctx.principal, ctx.request, sourceId, command, options);
    return { model: toModel(state, Date.now(), mayReadPersonalData(ctx.principal), events), commandId };
  }
}
