import { Inject } from '@nestjs/common';
import { Args, Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import {
  type DiscoverySource,
  RESPONSIBLE_ROLES,
  RESPONSIBLE_ROLE_LABELS,
  type ResponsibleRole,
  SITE_RESULTS,
  type SiteResult,
  type SiteVerification,
  type SourceCommand,
  type SourceState,
  UNIT_KINDS,
  type UnitKind,
  patrolOverdueReasons,
  validatePatrolCadence,
} from '../../../../libs/domain/src';
import { type Db, type StoredEvent, loadPatrolCadence, savePatrolCadence } from '../../../../libs/event-store/src';
import { authorize } from '../auth/authorize';
import { DATABASE } from '../infrastructure/database.provider';
import type { GatewayContext } from '../auth/principal';
import { DateTimeScalar, JSONScalar } from '../common/scalars';
import { RoleEnum } from '../common/enums';
import { maskPhone } from '../hazards/hazard.mapper';
import { HazardModel } from '../hazards/models/hazard.model';
import { AsOfBasis } from '../hazards/hazards.resolver';
import { FindingsService, HazardFindingInput, type HazardDraft, rectificationOrderOf } from './findings.service';
import { HazardousChemicalAmountInput, MajorHazardGradeTermModel } from './grading.resolver';
import { type PatrolContext, type RegisterCommandOptions, RegisterService, mayReadPersonalData } from './register.service';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const ResponsibleRoleEnum = asEnum(RESPONSIBLE_ROLES);
const UnitKindEnum = asEnum(UNIT_KINDS);
registerEnumType(ResponsibleRoleEnum, { name: 'ResponsibleRole', description: 'PRINCIPAL 主要负责人, TECHNICAL 技术负责人, OPERATIONAL 操作负责人' });
export const SiteResultEnum = asEnum(SITE_RESULTS);
registerEnumType(SiteResultEnum, { name: 'SiteVerificationResult', description: 'CONSISTENT 一致, INCONSISTENT 不一致, NEW 新发现, TO_DEREGISTER 应注销' });
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


@InputType()
class RecordPatrolInput extends SourceCommandInput {
  @Field(() => ResponsibleRoleEnum, { description: 'Whose patrol (包保检查) this is' }) role!: ResponsibleRole;
  @Field() note!: string;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found; each starts a hazard workflow (retry with the same idempotencyKey: each applies once)' })
  findings?: HazardFindingInput[] | null;
}


@InputType()
class MajorHazardSourceFilter {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => Boolean, { nullable: true }) isMajor?: boolean | null;
  @Field(() => Int, { nullable: true }) level?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sources with a patrol overdue now' }) overduePatrol?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only sources verified on site (true) or never verified (false)' }) verifiedOnSite?: boolean | null;
}

@ObjectType('ResponsiblePerson')
class ResponsiblePersonModel {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field() roleLabel!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) phone!: string | null;
  @Field(() => DateTimeScalar) since!: string;
  @Field(() => DateTimeScalar, { nullable: true }) lastPatrolAt!: string | null;
  @Field({ description: 'The last patrol (or the assignment, if none yet) is older than the cadence, or a pre-holiday patrol is missing' }) patrolOverdue!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is overdue, naming the cadence version and its source' }) patrolOverdueReason!: string | null;
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
export class MajorHazardSourceModel {
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
  @Field(() => SiteVerificationModel, { nullable: true, description: 'The latest site verification (现场核查); null before the first' }) siteVerification!: SiteVerificationModel | null;
  @Field(() => Int) siteVerificationCount!: number;
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
}

@InputType('SiteVerifierInput')
export class SiteVerifierInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
}

@InputType()
class VerifySourceOnSiteInput extends SourceCommandInput {
  @Field(() => [SiteVerifierInput], { description: 'At least two different people' }) verifiers!: SiteVerifierInput[];
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String], { nullable: true, description: 'What differs from the register (required when INCONSISTENT)' }) discrepancies?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of photos and documents' }) evidenceHashes?: string[] | null;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found on site; each starts a hazard workflow' }) findings?: HazardFindingInput[] | null;
}

@ObjectType('SiteVerification', { description: '现场核查' })
export class SiteVerificationModel {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String]) verifiers!: string[];
  @Field(() => [String]) discrepancies!: string[];
  @Field(() => [String]) evidenceHashes!: string[];
}

@ObjectType('PatrolPayload')
class PatrolPayload {
  @Field(() => MajorHazardSourceModel) source!: MajorHazardSourceModel;
  @Field(() => [HazardModel], { description: 'The hazards the findings started, in the order given' }) hazards!: HazardModel[];
}

export function toSiteVerificationModel(v: (SiteVerification & { at: string }) | undefined): SiteVerificationModel | null {
  return v ? { ...v, verifiers: v.verifiers.map((x) => (x.unit ? `${x.name}（${x.unit}）` : x.name)) } : null;
}

@ObjectType('PatrolCadenceRule')
class PatrolCadenceRuleModel {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field(() => Int, { description: 'At least one patrol every this many days' }) everyDays!: number;
  @Field(() => Int, { nullable: true, description: 'A patrol within this many days before each official holiday period' }) beforeHolidaysWithinDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'A patrol within this many days before each major event (a campaign’s first day)' }) beforeMajorEventsWithinDays!: number | null;
}

@ObjectType('PatrolCadence', { description: 'How often responsible persons patrol: numbered versions, each naming its source' })
class PatrolCadenceModel {
  @Field(() => Int, { description: '0 is the built-in default, used until the office saves a version' }) version!: number;
  @Field() source!: string;
  @Field(() => [PatrolCadenceRuleModel]) rules!: PatrolCadenceRuleModel[];
  @Field(() => DateTimeScalar, { nullable: true }) savedAt!: string | null;
  @Field(() => String, { nullable: true }) savedBy!: string | null;
}

@InputType('PatrolCadenceRuleInput')
class PatrolCadenceRuleInput {
  @Field(() => ResponsibleRoleEnum) role!: ResponsibleRole;
  @Field(() => Int) everyDays!: number;
  @Field(() => Int, { nullable: true }) beforeHolidaysWithinDays?: number | null;
  @Field(() => Int, { nullable: true }) beforeMajorEventsWithinDays?: number | null;
}

@InputType()
class SavePatrolCadenceInput {
  @Field({ description: 'The regulation or notice and its version the rules come from' }) source!: string;
  @Field(() => [PatrolCadenceRuleInput], { description: 'One rule per role' }) rules!: PatrolCadenceRuleInput[];
}

/** One event of a register stream as GraphQL shows it (the data possibly masked by the caller). */
export function toRegisterEvent(e: StoredEvent, data: unknown = e.data): RegisterEventModel {
  const m = e.metadata as { commandId: string; occurredAt: string; recordedAt: string; actor: { sub: string; name: string; roles: string[] } };
  return { streamId: e.streamId, version: e.version, type: e.type, occurredAt: m.occurredAt, recordedAt: m.recordedAt, actor: m.actor.sub, actorName: m.actor.name, actorRoles: m.actor.roles ?? [], data, commandId: m.commandId, prevHash: e.prevHash, hash: e.hash };
}

export function toSourceModel(state: SourceState, now: number, showPhones: boolean, events: StoredEvent[] | null, patrol: PatrolContext): MajorHazardSourceModel {
  const reasons = patrolOverdueReasons(state, now, patrol.cadence, patrol.holidays, patrol.events);
  const overdue = RESPONSIBLE_ROLES.filter((role) => reasons[role] !== undefined);
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
      return [{ role, roleLabel: RESPONSIBLE_ROLE_LABELS[role], name: p.name, phone: showPhones ? p.phone : maskPhone(p.phone), since: p.since, lastPatrolAt: state.lastPatrol[role] ?? null, patrolOverdue: overdue.includes(role), patrolOverdueReason: reasons[role] ?? null }];
    }),
    vacantRoles: RESPONSIBLE_ROLES.filter((role) => !state.responsible[role]),
    overduePatrols: overdue,
    siteVerification: toSiteVerificationModel(state.siteVerification),
    siteVerificationCount: state.siteVerifications ?? 0,
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
    private readonly findings: FindingsService,
    @Inject(DATABASE) private readonly db: Db,
  ) {}

  @Query(() => [MajorHazardSourceModel], { description: 'The register, inside your regions × departments (auditors see all)' })
  async majorHazardSources(@Args('filter', { type: () => MajorHazardSourceFilter, nullable: true }) filter: MajorHazardSourceFilter | null, @Context() ctx: GatewayContext) {
    const now = Date.now();
    const [states, patrol] = await Promise.all([this.register.list(ctx.principal, filter ?? {}), this.register.patrolContext()]);
    const models = states.map((s) => toSourceModel(s, now, mayReadPersonalData(ctx.principal), null, patrol));
    return models.filter(
      (m) =>
        (filter?.overduePatrol === undefined || filter?.overduePatrol === null || (m.overduePatrols.length > 0) === filter.overduePatrol) &&
        (filter?.verifiedOnSite === undefined || filter?.verifiedOnSite === null || (m.siteVerification !== null) === filter.verifiedOnSite),
    );
  }

  @Query(() => MajorHazardSourceModel, { nullable: true, description: 'One source with its history; with `at`, as it stood then' })
  async majorHazardSource(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ) {
    const found = await this.register.find(ctx.principal, id, at ? { at, basis } : undefined);
    return found ? toSourceModel(found.state, at ? Date.parse(at) : Date.now(), mayReadPersonalData(ctx.principal), found.events, await this.register.patrolContext()) : null;
  }

  @Query(() => PatrolCadenceModel, { nullable: true, description: 'The patrol cadence in force, or a given version' })
  patrolCadence(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'readPolicies');
    return loadPatrolCadence(this.db, version);
  }

  @Mutation(() => PatrolCadenceModel, { description: 'Saves a new version of the patrol cadence (old versions stay); it applies from now on' })
  async savePatrolCadence(@Args('input') input: SavePatrolCadenceInput, @Context() ctx: GatewayContext) {
    authorize(ctx.principal, 'managePolicies');
    const checked = validatePatrolCadence({ source: input.source, rules: input.rules.map((r) => ({ ...r })) });
    const saved = await savePatrolCadence(this.db, checked, ctx.principal.sub);
    await this.register.wakeAllPatrolClocks();
    return saved;
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
    const drafts = (findings ?? []).map((f) => this.findingDraft(current.state, f, occurredAt ?? new Date().toISOString(), 'ENTERPRISE_SELF_INSPECTION'));
    this.findings.check(ctx.principal, drafts);
    const { model: source, commandId } = await this.execute(ctx, sourceId, { type: 'RecordPatrol', data: { role, note } }, { idempotencyKey, expectedVersion, occurredAt });
    const version = source.history?.find((e) => e.type === 'PatrolRecorded' && e.commandId === commandId)?.version ?? source.version;
    const origin = { kind: 'PATROL' as const, reference: `source-${sourceId}@${version}`, majorHazardSourceId: sourceId };
    const hazards = await this.findings.start(ctx.principal, ctx.request, drafts, origin, idempotencyKey ?? commandId);
    return { source, hazards };
  }

  @Mutation(() => PatrolPayload, { description: 'Records a site verification (现场核查) by at least two verifiers; its findings become hazards in the same step' })
  async verifySourceOnSite(@Args('input') input: VerifySourceOnSiteInput, @Context() ctx: GatewayContext): Promise<PatrolPayload> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, findings, verifiers, discrepancies, evidenceHashes, result } = input;
    const command: SourceCommand = {
      type: 'VerifySourceOnSite',
      data: { verifiers: verifiers.map((v) => ({ name: v.name, unit: v.unit ?? null })), result, discrepancies: discrepancies ?? [], evidenceHashes: evidenceHashes ?? [] },
    };
    const current = await this.register.find(ctx.principal, sourceId);
    if (!current) return { source: await this.run(ctx, sourceId, command, { idempotencyKey, expectedVersion, occurredAt }), hazards: [] };
    const drafts = (findings ?? []).map((f) => this.findingDraft(current.state, f, occurredAt ?? new Date().toISOString(), 'DEPARTMENT_INSPECTION'));
    this.findings.check(ctx.principal, drafts);
    const { model: source, commandId } = await this.execute(ctx, sourceId, command, { idempotencyKey, expectedVersion, occurredAt });
    const version = source.history?.find((e) => e.type === 'SourceVerifiedOnSite' && e.commandId === commandId)?.version ?? source.version;
    const origin = { kind: 'SITE_VERIFICATION' as const, reference: `source-${sourceId}@${version}`, majorHazardSourceId: sourceId };
    return { source, hazards: await this.findings.start(ctx.principal, ctx.request, drafts, origin, idempotencyKey ?? commandId) };
  }

  private findingDraft(source: SourceState, f: HazardFindingInput, foundAt: string, how: DiscoverySource): HazardDraft {
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
      ...rectificationOrderOf(f),
      // A patrol by the responsible persons (the enterprise's own people) is the enterprise checking itself;
      // a site verification is the department's.
      source: how,
      foundAt,
    };
  }

  private async run(ctx: GatewayContext, sourceId: string, command: SourceCommand, options: RegisterCommandOptions) {
    return (await this.execute(ctx, sourceId, command, options)).model;
  }

  private async execute(ctx: GatewayContext, sourceId: string, command: SourceCommand, options: RegisterCommandOptions) {
    const { state, events, commandId } = await this.register.execute(ctx.principal, ctx.request, sourceId, command, options);
    return { model: toSourceModel(state, Date.now(), mayReadPersonalData(ctx.principal), events, await this.register.patrolContext()), commandId };
  }
}
