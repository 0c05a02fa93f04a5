import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { EnterpriseCommand, Sector } from '@hazard/domain';
import { mayReadPersonalData } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { SectorEnum } from '../common/enums';
import { DateTimeScalar } from '../common/scalars';
import { toHazardModel, viewFor } from '../hazards/hazard.mapper';
import { AsOfBasis } from '../common/as-of';
import { MajorHazardSourceModel } from '../sources/models/major-hazard-source.model';
import { toSourceModel } from '../sources/source.mapper';
import {
  AddKeyPartInput,
  DesignateKeyUnitInput,
  ReassignKeyPartInput,
  RegisterEnterpriseInput,
  RemoveKeyPartInput,
  RevokeKeyUnitInput,
  VerifyEnterpriseOnSiteInput,
} from './dto/enterprise-commands.input';
import { EnterpriseFilterInput } from './dto/enterprise-filter.input';
import { toEnterpriseModel, toRegisterOverviewRowModel } from './enterprise.mapper';
import { EnterprisesService } from './enterprises.service';
import { EnterpriseModel, EnterpriseVerificationPayload } from './models/enterprise.model';
import { RegisterOverviewRowModel } from './models/register-overview.model';

/** Enterprises, key units and key parts: GraphQL commands and queries, scoped by region × department. */
@Resolver(() => EnterpriseModel)
export class EnterprisesResolver {
  constructor(private readonly service: EnterprisesService) {}

  @Query(() => [EnterpriseModel], { description: 'Enterprises and key units inside your regions × departments (auditors see all)' })
  async enterprises(@Args('filter', { type: () => EnterpriseFilterInput, nullable: true }) filter: EnterpriseFilterInput | null, @Context() ctx: GatewayContext): Promise<EnterpriseModel[]> {
    return (await this.service.list(ctx.principal, filter ?? {})).map((s) => toEnterpriseModel(s, mayReadPersonalData(ctx.principal), null));
  }

  @Query(() => EnterpriseModel, { nullable: true, description: 'One enterprise with its history; with `at`, as it stood then' })
  async enterprise(
    @Args('creditCode', { type: () => ID }) creditCode: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ): Promise<EnterpriseModel | null> {
    const found = await this.service.find(ctx.principal, creditCode, at ? { at, basis } : undefined);
    return found ? toEnterpriseModel(found.state, mayReadPersonalData(ctx.principal), found.events) : null;
  }

  @Query(() => [RegisterOverviewRowModel], { description: 'Per region × sector: enterprises, key units by colour, key parts, major hazard sources by level, and what was verified on site' })
  async registerOverview(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('sector', { type: () => SectorEnum, nullable: true }) sector: Sector | null,
    @Context() ctx: GatewayContext,
  ): Promise<RegisterOverviewRowModel[]> {
    return (await this.service.overview(ctx.principal, { regionCode, sector })).map(toRegisterOverviewRowModel);
  }

  @ResolveField(() => [MajorHazardSourceModel], { description: 'The major hazard sources registered under this credit code' })
  async majorHazardSources(@Parent() enterprise: EnterpriseModel, @Context() ctx: GatewayContext): Promise<MajorHazardSourceModel[]> {
    return (await this.service.sourcesOf(ctx.principal, enterprise.state)).map((s) => toSourceModel(s, mayReadPersonalData(ctx.principal)));
  }

  @Mutation(() => EnterpriseModel, { description: 'Enters an enterprise in the register (once per credit code)' })
  registerEnterprise(@Args('input') input: RegisterEnterpriseInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RegisterEnterprise', data: { creditCode, ...data } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel, { description: 'Lists the enterprise as a key unit (重点单位) with a risk colour, or re-colours it (rolling analysis)' })
  designateKeyUnit(@Args('input') input: DesignateKeyUnitInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'DesignateKeyUnit', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  revokeKeyUnit(@Args('input') input: RevokeKeyUnitInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RevokeKeyUnit', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel, { description: 'Registers a key part (重点部位) with its location and responsible person' })
  addKeyPart(@Args('input') input: AddKeyPartInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'AddKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  reassignKeyPart(@Args('input') input: ReassignKeyPartInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'ReassignKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseModel)
  removeKeyPart(@Args('input') input: RemoveKeyPartInput, @Context() ctx: GatewayContext): Promise<EnterpriseModel> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, creditCode, { type: 'RemoveKeyPart', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => EnterpriseVerificationPayload, { description: 'Records a site verification (现场核查) of the key unit or one key part; its findings become hazards in the same step' })
  async verifyEnterpriseOnSite(@Args('input') input: VerifyEnterpriseOnSiteInput, @Context() ctx: GatewayContext): Promise<EnterpriseVerificationPayload> {
    const { creditCode, idempotencyKey, expectedVersion, occurredAt, findings, verifiers, discrepancies, evidenceHashes, result, keyPartId } = input;
    const verifiedBy = verifiers.map((v) => ({ name: v.name, unit: v.unit ?? null }));
    const verification = { keyPartId: keyPartId ?? null, verifiers: verifiedBy, result, discrepancies: discrepancies ?? [], evidenceHashes: evidenceHashes ?? [] };
    const { state, events, hazards } = await this.service.verifyOnSite(ctx.principal, ctx.request, creditCode, verification, findings ?? [], { idempotencyKey, expectedVersion, occurredAt });
    return { enterprise: toEnterpriseModel(state, mayReadPersonalData(ctx.principal), events), hazards: hazards.map((h) => toHazardModel(h, new Date(), viewFor(ctx.principal))) };
  }

  private async run(ctx: GatewayContext, creditCode: string, command: EnterpriseCommand, options: StreamCommandOptions): Promise<EnterpriseModel> {
    const { state, events } = await this.service.execute(ctx.principal, ctx.request, creditCode, command, options);
    return toEnterpriseModel(state, mayReadPersonalData(ctx.principal), events);
  }
}
