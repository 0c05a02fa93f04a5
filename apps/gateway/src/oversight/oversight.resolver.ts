import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OversightCommand } from '@hazard/domain';
import type { GatewayContext } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { toHazardModel, viewFor } from '../hazards/hazard.mapper';
import { SaveEnforcementBodyInput } from './dto/enforcement-body.input';
import {
  IssueSupervisionNoticeInput,
  OpenInspectionInput,
  OpenSupervisionInput,
  RecordInspectionFindingInput,
  RecordSupervisionFindingInput,
} from './dto/oversight-commands.input';
import { RecordRandomDrawInput } from './dto/random-draw.input';
import { EnforcementBodyModel } from './models/enforcement-body.model';
import { InspectionFindingPayload, OversightModel } from './models/oversight.model';
import { RandomDrawModel } from './models/random-draw.model';
import { toOversightModel, toRandomDrawModel } from './oversight.mapper';
import { OversightService } from './oversight.service';

/** Supervision and inspection, kept apart; enforcement bodies; random draws. */
@Resolver()
export class OversightResolver {
  constructor(private readonly service: OversightService) {}

  @Query(() => [EnforcementBodyModel])
  enforcementBodies(): Promise<EnforcementBodyModel[]> {
    return this.service.bodies();
  }

  @Mutation(() => EnforcementBodyModel, { description: 'Registers or replaces a legal enforcement body and its published inspection item list (committee office)' })
  saveEnforcementBody(@Args('input') input: SaveEnforcementBodyInput, @Context() ctx: GatewayContext): Promise<EnforcementBodyModel> {
    return this.service.saveBody(ctx.principal, { ...input, items: input.items.map((i) => ({ ...i })) });
  }

  @Query(() => [OversightModel], { description: 'Supervisions (committee office, auditors) and inspections in your scope, newest first' })
  async oversights(@Args('kind', { type: () => String, nullable: true }) kind: string | null, @Context() ctx: GatewayContext): Promise<OversightModel[]> {
    const k = kind === 'SUPERVISION' || kind === 'INSPECTION' ? kind : null;
    return (await this.service.list(ctx.principal, k)).map((s) => toOversightModel(s, null));
  }

  @Query(() => OversightModel, { nullable: true })
  async oversight(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<OversightModel | null> {
    const found = await this.service.find(ctx.principal, id);
    return found ? toOversightModel(found.state, found.events) : null;
  }

  @Mutation(() => OversightModel, { description: 'Opens a supervision (督查) of a district or department; an enterprise is refused' })
  openSupervision(@Args('input') input: OpenSupervisionInput, @Context() ctx: GatewayContext): Promise<OversightModel> {
    const { id, idempotencyKey, expectedVersion, occurredAt, target, ...data } = input;
    return this.run(ctx, id, { type: 'OpenSupervision', data: { ...data, oversightId: id, target: { ...target } } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel)
  recordSupervisionFinding(@Args('input') input: RecordSupervisionFindingInput, @Context() ctx: GatewayContext): Promise<OversightModel> {
    const { id, idempotencyKey, expectedVersion, occurredAt, description } = input;
    return this.run(ctx, id, { type: 'RecordSupervisionFinding', data: { description } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel, { description: 'A reminder, an interview (约谈) or a circular (通报) following a supervision' })
  issueSupervisionNotice(@Args('input') input: IssueSupervisionNoticeInput, @Context() ctx: GatewayContext): Promise<OversightModel> {
    const { id, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, id, { type: 'IssueSupervisionNotice', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel, { description: 'Opens an administrative inspection (行政检查): an enforcement body, a listed item, two certified inspectors, an approval' })
  openInspection(@Args('input') input: OpenInspectionInput, @Context() ctx: GatewayContext): Promise<OversightModel> {
    const { id, idempotencyKey, expectedVersion, occurredAt, enforcementBodyCode, enterprise, inspectors, ...data } = input;
    const command = {
      type: 'OpenInspection' as const,
      data: { ...data, oversightId: id, enterprise: { ...enterprise }, inspectors: inspectors.map((p) => ({ ...p })), body: null, inspectionsThisYear: 0, annualCap: null },
    };
    return this.run(ctx, id, command, { idempotencyKey, expectedVersion, occurredAt }, enforcementBodyCode);
  }

  @Mutation(() => InspectionFindingPayload, { description: 'Records a finding; a hazard finding can start its hazard in the same step' })
  async recordInspectionFinding(@Args('input') input: RecordInspectionFindingInput, @Context() ctx: GatewayContext): Promise<InspectionFindingPayload> {
    const { id, idempotencyKey, expectedVersion, occurredAt, kind, description, hazard } = input;
    const result = await this.service.recordInspectionFinding(ctx.principal, ctx.request, id, { kind, description }, hazard ?? null, { idempotencyKey, expectedVersion, occurredAt });
    return { inspection: toOversightModel(result.state, result.events), hazard: result.hazard && toHazardModel(result.hazard, new Date(), viewFor(ctx.principal)) };
  }

  @Mutation(() => RandomDrawModel, { description: 'Draws enterprises and inspectors at random (双随机), records pools, seed and result' })
  async recordRandomDraw(@Args('input') input: RecordRandomDrawInput, @Context() ctx: GatewayContext): Promise<RandomDrawModel | null> {
    const { id, title, bodyCode, seed, enterprises, inspectors, conflicts, count, inspectorsPerEnterprise, idempotencyKey } = input;
    await this.service.recordDraw(
      ctx.principal,
      ctx.request,
      id,
      { title, bodyCode, seed, input: { enterprises: enterprises.map((e) => ({ ...e })), inspectors: inspectors.map((p) => ({ ...p })), conflicts: (conflicts ?? []).map((c) => ({ ...c })), count, inspectorsPerEnterprise } },
      { idempotencyKey },
    );
    return this.randomDraw(id, ctx);
  }

  @Query(() => RandomDrawModel, { nullable: true, description: 'A recorded draw, re-run from its pools and seed' })
  async randomDraw(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext): Promise<RandomDrawModel | null> {
    const found = await this.service.findDraw(ctx.principal, id);
    return found ? toRandomDrawModel(found) : null;
  }

  private async run(ctx: GatewayContext, id: string, command: OversightCommand, options: StreamCommandOptions, bodyCode?: string): Promise<OversightModel> {
    const { state, events } = await this.service.execute(ctx.principal, ctx.request, id, command, options, bodyCode);
    return toOversightModel(state, events);
  }
}
