import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { type EnterpriseCommand, type EnterpriseState, RISK_COLOURS, RISK_COLOUR_LABELS, type RiskColour, type Sector, type SiteResult, UNIT_TARGET } from '../../../../libs/domain/src';
import type { StoredEvent } from '../../../../libs/event-store/src';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { SectorEnum } from '../common/enums';
import { DateTimeScalar } from '../common/scalars';
import { maskPhone } from '../hazards/hazard.mapper';
import { HazardModel } from '../hazards/models/hazard.model';
import { AsOfBasis } from '../hazards/hazards.resolver';
import { type EnterpriseFilter, EnterpriseService } from './enterprise.service';
import { FindingsService, HazardFindingInput, type HazardDraft, rectificationOrderOf } from './findings.service';
import {
  MajorHazardSourceModel,
  RegisterEventModel,
  SiteResultEnum,
  SiteVerificationModel,
  SiteVerifierInput,
  toRegisterEvent,
  toSiteVerificationModel,
  toSourceModel,
} from './register.resolver';
import { mayReadPersonalData } from './register.service';

const RiskColourEnum = Object.fromEntries(RISK_COLOURS.map((c) => [c, c])) as { [K in RiskColour]: K };
registerEnumType(RiskColourEnum, { name: 'RiskColour', description: 'RED 红 重大风险, ORANGE 橙 较大风险, YELLOW 黄 一般风险, BLUE 蓝 低风险' });

@InputType({ isAbstract: true })
abstract class EnterpriseCommandInput {
  @Field(() => ID, { description: '统一社会信用代码 (GB 32100-2015): the enterprise’s id in the register' }) creditCode!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the enterprise is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType()
class RegisterEnterpriseInput extends EnterpriseCommandInput {
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field({ description: 'The department that supervises it' }) departmentCode!: string;
  @Field() address!: string;
}

@InputType()
class DesignateKeyUnitInput extends EnterpriseCommandInput {
  @Field(() => RiskColourEnum) riskColour!: RiskColour;
  @Field({ description: 'Why it is listed (or re-coloured): the analysis behind it' }) basis!: string;
}

@InputType()
class RevokeKeyUnitInput extends EnterpriseCommandInput {
  @Field() reason!: string;
}

@InputType()
class AddKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() name!: string;
  @Field() location!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true }) responsiblePhone?: string | null;
}

@InputType()
class ReassignKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true }) responsiblePhone?: string | null;
}

@InputType()
class RemoveKeyPartInput extends EnterpriseCommandInput {
  @Field(() => ID) partId!: string;
  @Field() reason!: string;
}

@InputType()
class VerifyEnterpriseOnSiteInput extends EnterpriseCommandInput {
  @Field(() => ID, { nullable: true, description: 'A key part; null verifies the key unit itself' }) keyPartId?: string | null;
  @Field(() => [SiteVerifierInput], { description: 'At least two different people' }) verifiers!: SiteVerifierInput[];
  @Field(() => SiteResultEnum) result!: SiteResult;
  @Field(() => [String], { nullable: true, description: 'What differs from the register (required when INCONSISTENT)' }) discrepancies?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of photos and documents' }) evidenceHashes?: string[] | null;
  @Field(() => [HazardFindingInput], { nullable: true, description: 'Hazards found on site; each starts a hazard workflow' }) findings?: HazardFindingInput[] | null;
}

@InputType()
class EnterpriseFilterInput {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => SectorEnum, { nullable: true }) sector?: Sector | null;
  @Field(() => Boolean, { nullable: true, description: 'Only key units (true) or only the others (false)' }) keyUnit?: boolean | null;
  @Field(() => RiskColourEnum, { nullable: true }) riskColour?: RiskColour | null;
  @Field(() => Boolean, { nullable: true, description: 'The unit itself verified on site (true) or never (false)' }) verifiedOnSite?: boolean | null;
}

@ObjectType('KeyUnit', { description: '重点单位' })
class KeyUnitModel {
  @Field(() => RiskColourEnum) riskColour!: RiskColour;
  @Field() riskColourLabel!: string;
  @Field() basis!: string;
  @Field(() => DateTimeScalar) since!: string;
  @Field(() => DateTimeScalar, { description: 'When the current colour was given' }) colourSince!: string;
}

@ObjectType('KeyPart', { description: '重点部位' })
class KeyPartModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() location!: string;
  @Field() responsibleName!: string;
  @Field(() => String, { nullable: true, description: 'Masked for roles that do not need it' }) responsiblePhone!: string | null;
  @Field(() => DateTimeScalar) addedAt!: string;
  @Field(() => SiteVerificationModel, { nullable: true }) siteVerification!: SiteVerificationModel | null;
}

@ObjectType('Enterprise', { description: 'An enterprise in the register: a key unit when it has a risk colour' })
export class EnterpriseModel {
  @Field(() => ID, { description: 'The unified social credit code' }) id!: string;
  @Field() creditCode!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() departmentCode!: string;
  @Field() address!: string;
  @Field(() => DateTimeScalar) registeredAt!: string;
  @Field(() => KeyUnitModel, { nullable: true, description: 'Null unless listed as a key unit' }) keyUnit!: KeyUnitModel | null;
  @Field(() => [KeyPartModel]) keyParts!: KeyPartModel[];
  @Field(() => SiteVerificationModel, { nullable: true, description: 'The latest site verification of the unit itself' }) siteVerification!: SiteVerificationModel | null;
  @Field(() => [RegisterEventModel], { nullable: true, description: 'Every event (only when fetched by id)' }) history!: RegisterEventModel[] | null;
  /** Kept for the `majorHazardSources` field. */
  state!: EnterpriseState;
}

@ObjectType('EnterpriseVerificationPayload')
class EnterpriseVerificationPayload {
  @Field(() => EnterpriseModel) enterprise!: EnterpriseModel;
  @Field(() => [HazardModel], { description: 'The hazards the findings started, in the order given' }) hazards!: HazardModel[];
}

@ObjectType('RiskColourCounts')
class RiskColourCounts {
  @Field(() => Int) red!: number;
  @Field(() => Int) orange!: number;
  @Field(() => Int) yellow!: number;
  @Field(() => Int) blue!: number;
}

@ObjectType('RegisterOverviewRow', { description: 'What the register holds in one region × sector, and how much was verified on site' })
class RegisterOverviewRowModel {
  @Field() regionCode!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => Int) enterprises!: number;
  @Field(() => Int) keyUnits!: number;
  @Field(() => RiskColourCounts) keyUnitsByColour!: RiskColourCounts;
  @Field(() => Int) keyUnitsVerifiedOnSite!: number;
  @Field(() => Int) keyParts!: number;
  @Field(() => Int) keyPartsVerifiedOnSite!: number;
  @Field(() => Int, { description: 'Assessed as major (S ≥ 1)' }) majorHazardSources!: number;
  @Field(() => [Int], { description: 'Counts of 一级, 二级, 三级, 四级' }) majorHazardSourcesByLevel!: number[];
  @Field(() => Int) majorHazardSourcesVerifiedOnSite!: number;
  @Field(() => Int, { description: 'Sources missing one of their three responsible persons' }) majorHazardSourcesWithVacantRoles!: number;
  @Field(() => Int, { description: 'Sources with a responsible person’s patrol overdue now (cadence in force, holidays included)' }) majorHazardSourcesWithOverduePatrols!: number;
}

function toModel(state: EnterpriseState, showPhones: boolean, events: StoredEvent[] | null): EnterpriseModel {
  const k = state.keyUnit;
  return {
    id: state.id,
    creditCode: state.creditCode,
    version: state.version,
    name: state.name,
    regionCode: state.regionCode,
    sector: state.sector,
    departmentCode: state.departmentCode,
    address: state.address,
    registeredAt: state.registeredAt,
    keyUnit: k ? { ...k, riskColourLabel: RISK_COLOUR_LABELS[k.riskColour] } : null,
    keyParts: state.keyParts.map((p) => ({
      id: p.partId,
      name: p.name,
      location: p.location,
      responsibleName: p.responsibleName,
      responsiblePhone: showPhones ? p.responsiblePhone : maskPhone(p.responsiblePhone),
      addedAt: p.addedAt,
      siteVerification: toSiteVerificationModel(state.siteVerifications[p.partId]),
    })),
    siteVerification: toSiteVerificationModel(state.siteVerifications[UNIT_TARGET]),
    history: events
      ? events.map((e) => {
          const data = e.data as { responsiblePhone?: string | null };
          return toRegisterEvent(e, !showPhones && 'responsiblePhone' in data ? { ...data, responsiblePhone: maskPhone(data.responsiblePhone ?? null) } : e.data);
        })
      : null,
    state,
  };
}

/** Enterprises, key units and key parts: GraphQL commands and queries, scoped by region × department. */
@Resolver(() => EnterpriseModel)
export class EnterpriseResolver {
  constructor(
    private readonly register: EnterpriseService,
    private readonly findings: FindingsService,
  ) {}

  @Query(() => [EnterpriseModel], { description: 'Enterprises and key units inside your regions × departments (auditors see all)' })
  async enterprises(@Args('filter', { type: () => EnterpriseFilterInput, nullable: true }) filter: EnterpriseFilter | null, @Context() ctx: GatewayContext) {
    return (await this.register.list(ctx.principal, filter ?? {})).map((s) => toModel(s, mayReadPersonalData(ctx.principal), null));
  }

  @Query(() => EnterpriseModel, { nullable: true, description: 'One enterprise with its history; with `at`, as it stood then' })
  async enterprise(
    @Args('creditCode', { type: () => ID }) creditCode: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ) {
    const found = await this.register.find(ctx.principal, creditCode, at ? { at, basis } : undefined);
    return found ? toModel(found.state, mayReadPersonalData(ctx.principal), found.events) : null;
  }

  @Query(() => [RegisterOverviewRowModel], { description: 'Per region × sector: enterprises, key units by colour, key parts, major hazard sources by level, and what was verified on site' })
  async registerOverview(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('sector', { type: () => SectorEnum, nullable: true }) sector: Sector | null,
    @Context() ctx: GatewayContext,
  ) {
    const rows = await this.register.overview(ctx.principal, { regionCode, sector });
    return rows.map((r) => ({ ...r, keyUnitsByColour: { red: r.keyUnitsByColour.RED, orange: r.keyUnitsByColour.ORANGE, yellow: r.keyUnitsByColour.YELLOW, blue: r.keyUnitsByColour.BLUE } }));
  }

  @ResolveField(() => [MajorHazardSourceModel], { description: 'The major hazard sources registered under this credit code' })
  async majorHazardSources(@Parent() enterprise: EnterpriseModel, @Context() ctx: GatewayContext) {
    const now = Date.now();
    const [sources, patrol] = await Promise.all([this.register.sourcesOf(ctx.principal, enterprise.state), this.register.patrolContext()]);
    return sources.map((s) => toSourceModel(s, now, mayReadPersonalData(ctx.principal), null, patrol));
  }

  @Mutation(() => EnterpriseModel, { description: 'Enters an enterprise in the register (once per credit code)' })
  registerEnterprise(@Args('input') input: RegisterEnterpriseInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RegisterEnterprise', data: { creditCode, ...data } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel, { description: 'Lists the enterprise as a key unit (重点单位) with a risk colour, or re-colours it (rolling analysis)' })
  designateKeyUnit(@Args('input') input: DesignateKeyUnitInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'DesignateKeyUnit', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  revokeKeyUnit(@Args('input') input: RevokeKeyUnitInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RevokeKeyUnit', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel, { description: 'Registers a key part (重点部位) with its location and responsible person' })
  addKeyPart(@Args('input') input: AddKeyPartInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'AddKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  reassignKeyPart(@Args('input') input: ReassignKeyPartInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'ReassignKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  removeKeyPart(@Args('input') input: RemoveKeyPartInput, @Context() ctx: GatewayContext) {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RemoveKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseVerificationPayload, { description: 'Records a site verification (现场核查) of the key unit or one key part; its findings become hazards in the same step' })
  async verifyEnterpriseOnSite(@Args('input') input: VerifyEnterpriseOnSiteInput, @Context() ctx: GatewayContext): Promise<EnterpriseVerificationPayload> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, findings, verifiers, discrepancies, evidenceHashes, result, keyPartId } = input;
    const command: EnterpriseCommand = {
      type: 'VerifyEnterpriseOnSite',
      data: { keyPartId: keyPartId ?? null, verifiers: verifiers.map((v) => ({ name: v.name, unit: v.unit ?? null })), result, discrepancies: discrepancies ?? [], evidenceHashes: evidenceHashes ?? [] },
    };
    const options = { idempotencyKey, expectedVersion, occurredAt };
    const current = await this.register.find(ctx.principal, creditCode);
    if (!current) return { enterprise: await this.run(ctx, creditCode, command, options), hazards: [] };
    const where = current.state.keyParts.find((p) => p.partId === keyPartId);
    const foundAt = occurredAt ?? new Date().toISOString();
    const drafts = (findings ?? []).map((f) => findingDraft(current.state, where ? `${where.name}（${where.location}）` : current.state.address, f, foundAt));
    this.findings.check(ctx.principal, drafts);
    const { state, events, commandId } = await this.register.execute(ctx.principal, ctx.request, creditCode, command, options);
    const enterprise = toModel(state, mayReadPersonalData(ctx.principal), events);
    const version = events.find((e) => e.type === 'EnterpriseVerifiedOnSite' && (e.metadata as { commandId: string }).commandId === commandId)?.version ?? state.version;
    const reference = `enterprise-${state.id}${keyPartId ? `/${keyPartId}` : ''}@${version}`;
    const hazards = await this.findings.start(ctx.principal, ctx.request, drafts, { kind: 'SITE_VERIFICATION', reference, majorHazardSourceId: null }, idempotencyKey ?? commandId);
    return { enterprise, hazards };
  }

  private async run(ctx: GatewayContext, creditCode: string, command: EnterpriseCommand, options: StreamCommandOptions): Promise<EnterpriseModel> {
    const { state, events } = await this.register.execute(ctx.principal, ctx.request, creditCode, command, options);
    return toModel(state, mayReadPersonalData(ctx.principal), events);
  }
}

function findingDraft(enterprise: EnterpriseState, location: string, f: HazardFindingInput, foundAt: string): HazardDraft {
  return {
    title: f.title,
    description: f.description,
    level: f.level,
    sector: f.sector ?? enterprise.sector,
    regionCode: enterprise.regionCode,
    departmentCode: enterprise.departmentCode,
    enterpriseName: enterprise.name,
    enterpriseCreditCode: enterprise.creditCode,
    location,
    judgementBasis: f.judgementBasis ?? null,
    ...rectificationOrderOf(f),
    source: 'DEPARTMENT_INSPECTION',
    foundAt,
  };
}
