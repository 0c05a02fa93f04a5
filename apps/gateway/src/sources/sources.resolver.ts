import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SourceCommand } from '@hazard/domain';
import { mayReadPersonalData } from '../auth/authorize';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DateTimeScalar } from '../common/scalars';
import { toHazardModel, viewFor } from '../hazards/hazard.mapper';
import { AsOfBasis } from '../common/as-of';
import { MajorHazardSourceFilter } from './dto/major-hazard-source-filter.input';
import { SavePatrolCadenceInput } from './dto/patrol-cadence.input';
import {
  AssessMajorHazardSourceInput,
  AssignResponsiblePersonInput,
  RecordPatrolInput,
  RegisterMajorHazardSourceInput,
  RelieveResponsiblePersonInput,
  VerifySourceOnSiteInput,
} from './dto/source-commands.input';
import { MajorHazardSourceModel, PatrolPayload } from './models/major-hazard-source.model';
import { PatrolCadenceModel } from './models/patrol-cadence.model';
import { toPatrolCadenceModel, toSourceModel } from './source.mapper';
import { SourcesService } from './sources.service';

/** The register of major hazard sources: GraphQL commands and queries, scoped by region × department. */
@Resolver(() => MajorHazardSourceModel)
export class SourcesResolver {
  constructor(private readonly sources: SourcesService) {}

  @Query(() => [MajorHazardSourceModel], { description: 'The register, inside your regions × departments (auditors see all)' })
  async majorHazardSources(
    @Args('filter', { type: () => MajorHazardSourceFilter, nullable: true }) filter: MajorHazardSourceFilter | null,
    @Context() ctx: GatewayContext,
  ): Promise<MajorHazardSourceModel[]> {
    return (await this.sources.register(ctx.principal, filter ?? {})).map((s) => toSourceModel(s, mayReadPersonalData(ctx.principal)));
  }

  @Query(() => MajorHazardSourceModel, { nullable: true, description: 'One source with its history; with `at`, as it stood then' })
  async majorHazardSource(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: string | null,
    @Args('basis', { type: () => AsOfBasis, nullable: true, defaultValue: AsOfBasis.RECORDED }) basis: AsOfBasis,
    @Context() ctx: GatewayContext,
  ): Promise<MajorHazardSourceModel | null> {
    const found = await this.sources.get(ctx.principal, id, at ? { at, basis } : undefined);
    return found ? toSourceModel(found, mayReadPersonalData(ctx.principal)) : null;
  }

  @Query(() => PatrolCadenceModel, { nullable: true, description: 'The patrol cadence in force, or a given version' })
  async patrolCadence(@Args('version', { type: () => Int, nullable: true }) version: number | null, @Context() ctx: GatewayContext): Promise<PatrolCadenceModel | null> {
    const cadence = await this.sources.patrolCadence(ctx.principal, version);
    return cadence && toPatrolCadenceModel(cadence);
  }

  @Mutation(() => PatrolCadenceModel, { description: 'Saves a new version of the patrol cadence (old versions stay); it applies from now on' })
  async savePatrolCadence(@Args('input') input: SavePatrolCadenceInput, @Context() ctx: GatewayContext): Promise<PatrolCadenceModel> {
    return toPatrolCadenceModel(await this.sources.savePatrolCadence(ctx.principal, { source: input.source, rules: input.rules.map((r) => ({ ...r })) }));
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Enters a production or storage unit in the register (before its grading)' })
  registerMajorHazardSource(@Args('input') input: RegisterMajorHazardSourceInput, @Context() ctx: GatewayContext): Promise<MajorHazardSourceModel> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'RegisterMajorHazardSource', data: { sourceId, ...data } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Grades the source by GB 18218-2018 and keeps the inputs, reference entries and result as a snapshot' })
  assessMajorHazardSource(@Args('input') input: AssessMajorHazardSourceInput, @Context() ctx: GatewayContext): Promise<MajorHazardSourceModel> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    const command: SourceCommand = {
      type: 'AssessMajorHazardSource',
      data: { population500m: data.population500m, chemicals: data.chemicals.map((c) => ({ ...c })), trigger: data.trigger ?? null, standard: '', reference: [] },
    };
    return this.run(ctx, sourceId, command, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel, { description: 'Names a responsible person (包保责任人); exactly one is active per role' })
  assignResponsiblePerson(@Args('input') input: AssignResponsiblePersonInput, @Context() ctx: GatewayContext): Promise<MajorHazardSourceModel> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'AssignResponsiblePerson', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => MajorHazardSourceModel)
  relieveResponsiblePerson(@Args('input') input: RelieveResponsiblePersonInput, @Context() ctx: GatewayContext): Promise<MajorHazardSourceModel> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, sourceId, { type: 'RelieveResponsiblePerson', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => PatrolPayload, { description: 'Records a responsible person’s patrol of the source; its findings become hazards in the same step' })
  async recordPatrol(@Args('input') input: RecordPatrolInput, @Context() ctx: GatewayContext): Promise<PatrolPayload> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, role, note, findings } = input;
    const result = await this.sources.recordPatrol(ctx.principal, ctx.request, sourceId, { role, note }, findings ?? [], { idempotencyKey, expectedVersion, occurredAt });
    return this.patrolPayload(ctx, result);
  }

  @Mutation(() => PatrolPayload, { description: 'Records a site verification (现场核查) by at least two verifiers; its findings become hazards in the same step' })
  async verifySourceOnSite(@Args('input') input: VerifySourceOnSiteInput, @Context() ctx: GatewayContext): Promise<PatrolPayload> {
    const { sourceId, idempotencyKey, expectedVersion, occurredAt, findings, verifiers, discrepancies, evidenceHashes, result } = input;
    const verification = { verifiers: verifiers.map((v) => ({ name: v.name, unit: v.unit ?? null })), result, discrepancies: discrepancies ?? [], evidenceHashes: evidenceHashes ?? [] };
    return this.patrolPayload(ctx, await this.sources.verifyOnSite(ctx.principal, ctx.request, sourceId, verification, findings ?? [], { idempotencyKey, expectedVersion, occurredAt }));
  }

  private patrolPayload(ctx: GatewayContext, { source, hazards }: Awaited<ReturnType<SourcesService['recordPatrol']>>): PatrolPayload {
    return { source: toSourceModel(source, mayReadPersonalData(ctx.principal)), hazards: hazards.map((h) => toHazardModel(h, new Date(), viewFor(ctx.principal))) };
  }

  private async run(ctx: GatewayContext, sourceId: string, command: SourceCommand, options: StreamCommandOptions): Promise<MajorHazardSourceModel> {
    return toSourceModel(await this.sources.execute(ctx.principal, ctx.request, sourceId, command, options), mayReadPersonalData(ctx.principal));
  }
}
