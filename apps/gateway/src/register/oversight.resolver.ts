import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import {
  INSPECTION_FINDING_KINDS,
  type InspectionFindingKind,
  type OversightState,
  type Sector,
  badInput,
  SUPERVISION_METHODS,
  SUPERVISION_NOTICES,
  type SupervisionMethod,
  type SupervisionNotice,
} from '../../../../libs/domain/src';
import type { StoredEvent } from '../../../../libs/event-store/src';
import type { GatewayContext } from '../auth/principal';
import { SectorEnum } from '../common/enums';
import { DateTimeScalar } from '../common/scalars';
import { HazardModel } from '../hazards/models/hazard.model';
import { RectificationOrderInput } from '../hazards/dto/report-hazard.input';
import { FindingsService, type HazardDraft, rectificationOrderOf } from './findings.service';
import { OversightService } from './oversight.service';
import { RegisterEventModel, toRegisterEvent } from './register.resolver';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const SupervisionMethodEnum = asEnum(SUPERVISION_METHODS);
const SupervisionNoticeEnum = asEnum(SUPERVISION_NOTICES);
const InspectionFindingKindEnum = asEnum(INSPECTION_FINDING_KINDS);
const SupervisionTargetKindEnum = asEnum(['DISTRICT', 'DEPARTMENT', 'ENTERPRISE'] as const);
registerEnumType(SupervisionMethodEnum, { name: 'SupervisionMethod', description: 'OPEN 明查, COVERT 暗访, FOUR_NOS_TWO_DIRECTS 四不两直, RANDOM 随机抽查, FOLLOW_UP 回头看' });
registerEnumType(SupervisionNoticeEnum, { name: 'SupervisionNoticeKind', description: 'REMINDER 提醒, INTERVIEW 约谈, CIRCULAR 通报' });
registerEnumType(InspectionFindingKindEnum, { name: 'InspectionFindingKind' });
registerEnumType(SupervisionTargetKindEnum, { name: 'SupervisionTargetKind', description: 'ENTERPRISE is refused: enterprises are inspected (行政检查), not supervised' });

@InputType({ isAbstract: true })
abstract class OversightCommandInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) occurredAt?: string | null;
}

@InputType('EnforcementItemInput')
class EnforcementItemInput {
  @Field() code!: string;
  @Field() name!: string;
}

@InputType()
class SaveEnforcementBodyInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field() departmentCode!: string;
  @Field(() => [EnforcementItemInput], { description: 'The published inspection item list (行政检查事项清单)' }) items!: EnforcementItemInput[];
  @Field({ description: 'Where the list is published, and its version' }) source!: string;
}

@InputType('SupervisionTargetInput')
class SupervisionTargetInput {
  @Field(() => SupervisionTargetKindEnum) kind!: string;
  @Field({ description: 'Region code of a district, or a department code' }) code!: string;
  @Field() name!: string;
}

@InputType()
class OpenSupervisionInput extends OversightCommandInput {
  @Field() title!: string;
  @Field(() => SupervisionTargetInput) target!: SupervisionTargetInput;
  @Field(() => SupervisionMethodEnum) method!: SupervisionMethod;
  @Field({ description: 'Led by a leader (领导带队)' }) leaderLed!: boolean;
  @Field(() => String, { nullable: true }) leader?: string | null;
}

@InputType()
class RecordSupervisionFindingInput extends OversightCommandInput {
  @Field({ description: 'Work the district or department has not done' }) description!: string;
}

@InputType()
class IssueSupervisionNoticeInput extends OversightCommandInput {
  @Field(() => SupervisionNoticeEnum) kind!: SupervisionNotice;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field() note!: string;
}

@InputType('InspectorInput')
class InspectorInput {
  @Field() name!: string;
  @Field({ description: '执法证号' }) certificateNo!: string;
}

@InputType('InspectedEnterpriseInput')
class InspectedEnterpriseInput {
  @Field() name!: string;
  @Field() creditCode!: string;
  @Field() regionCode!: string;
}

@InputType()
class OpenInspectionInput extends OversightCommandInput {
  @Field({ description: 'The legal enforcement body carrying it out' }) enforcementBodyCode!: string;
  @Field({ description: 'An item of the body’s published list' }) itemCode!: string;
  @Field(() => InspectedEnterpriseInput) enterprise!: InspectedEnterpriseInput;
  @Field(() => [InspectorInput], { description: 'At least two certified inspectors' }) inspectors!: InspectorInput[];
  @Field() approvedBy!: string;
  @Field() approvalDocument!: string;
  @Field(() => String, { nullable: true, description: 'The random draw that chose this enterprise, if any' }) drawId?: string | null;
}

@InputType('InspectionHazardInput', { description: 'Makes a hazard finding a hazard in the same step (level from the finding’s kind)' })
class InspectionHazardInput {
  @Field() title!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) judgementBasis?: string | null;
  @Field(() => RectificationOrderInput, { nullable: true, description: 'The rectification order (责令限期整改指令书) issued: its deadline becomes the hazard’s' })
  rectificationOrder?: RectificationOrderInput | null;
}

@InputType()
class RecordInspectionFindingInput extends OversightCommandInput {
  @Field(() => InspectionFindingKindEnum) kind!: InspectionFindingKind;
  @Field() description!: string;
  @Field(() => InspectionHazardInput, { nullable: true, description: 'For GENERAL_HAZARD and MAJOR_HAZARD: start the hazard now' }) hazard?: InspectionHazardInput | null;
}

@InputType('DrawEnterpriseInput')
class DrawEnterpriseInput {
  @Field({ description: 'The enterprise’s unified social credit code' }) id!: string;
}

@InputType('DrawInspectorInput')
class DrawInspectorInput {
  @Field() id!: string;
  @Field() certificateNo!: string;
}

@InputType('DrawConflictInput')
class DrawConflictInput {
  @Field() inspectorId!: string;
  @Field() enterpriseId!: string;
}

@InputType()
class RecordRandomDrawInput {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() bodyCode!: string;
  @Field(() => String, { nullable: true, description: 'Made by the server when absent; recorded either way' }) seed?: string | null;
  @Field(() => [DrawEnterpriseInput]) enterprises!: DrawEnterpriseInput[];
  @Field(() => [DrawInspectorInput]) inspectors!: DrawInspectorInput[];
  @Field(() => [DrawConflictInput], { nullable: true, description: 'Declared conflicts of interest' }) conflicts?: DrawConflictInput[] | null;
  @Field(() => Int) count!: number;
  @Field(() => Int, { defaultValue: 2 }) inspectorsPerEnterprise!: number;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ObjectType('EnforcementItem')
class EnforcementItemModel {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('EnforcementBody')
class EnforcementBodyModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() departmentCode!: string;
  @Field(() => [EnforcementItemModel]) items!: EnforcementItemModel[];
  @Field() source!: string;
}

@ObjectType('Inspector')
class InspectorModel {
  @Field() name!: string;
  @Field() certificateNo!: string;
}

@ObjectType('OversightFinding')
class OversightFindingModel {
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field() description!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('SupervisionNotice')
class SupervisionNoticeModel {
  @Field(() => SupervisionNoticeEnum) kind!: SupervisionNotice;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field() note!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('Oversight', { description: 'A supervision (督查) of a district or department, or an administrative inspection (行政检查) of an enterprise' })
class OversightModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'SUPERVISION or INSPECTION' }) kind!: string;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) openedAt!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Supervision: DISTRICT or DEPARTMENT' }) targetKind!: string | null;
  @Field(() => String, { nullable: true }) targetCode!: string | null;
  @Field(() => String, { nullable: true }) targetName!: string | null;
  @Field(() => SupervisionMethodEnum, { nullable: true }) method!: SupervisionMethod | null;
  @Field(() => Boolean, { nullable: true }) leaderLed!: boolean | null;
  @Field(() => String, { nullable: true }) leader!: string | null;
  @Field(() => [SupervisionNoticeModel]) notices!: SupervisionNoticeModel[];
  @Field(() => String, { nullable: true, description: 'Inspection: the enforcement body' }) bodyName!: string | null;
  @Field(() => EnforcementItemModel, { nullable: true }) item!: EnforcementItemModel | null;
  @Field(() => String, { nullable: true }) enterpriseName!: string | null;
  @Field(() => String, { nullable: true }) enterpriseCreditCode!: string | null;
  @Field(() => [InspectorModel]) inspectors!: InspectorModel[];
  @Field(() => String, { nullable: true }) approvalDocument!: string | null;
  @Field(() => String, { nullable: true }) drawId!: string | null;
  @Field(() => [OversightFindingModel]) findings!: OversightFindingModel[];
  @Field(() => [RegisterEventModel], { nullable: true }) history!: RegisterEventModel[] | null;
}

@ObjectType('InspectionFindingPayload')
class InspectionFindingPayload {
  @Field(() => OversightModel) inspection!: OversightModel;
  @Field(() => HazardModel, { nullable: true, description: 'The hazard the finding started, if asked' }) hazard!: HazardModel | null;
}

@ObjectType('DrawAssignment')
class DrawAssignmentModel {
  @Field() enterpriseId!: string;
  @Field(() => [String]) inspectorIds!: string[];
}

@ObjectType('RandomDraw', { description: '双随机: which enterprises are inspected and by whom, reproducible from its pools and seed' })
class RandomDrawModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() bodyCode!: string;
  @Field() seed!: string;
  @Field(() => Int) enterprisePool!: number;
  @Field(() => Int) inspectorPool!: number;
  @Field(() => Int, { nullable: true }) annualCap!: number | null;
  @Field(() => [DrawAssignmentModel]) assignments!: DrawAssignmentModel[];
  @Field(() => [String], { description: 'Drawn, but without enough inspectors free of conflicts' }) unassigned!: string[];
  @Field(() => [String], { description: 'Left out: at the annual inspection cap' }) capped!: string[];
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field({ description: 'Running the draw again from the recorded pools and seed gives exactly this result' }) reproduces!: boolean;
}

function toModel(s: OversightState, events: StoredEvent[] | null): OversightModel {
  const history = events ? events.map((e) => toRegisterEvent(e)) : null;
  if (s.kind === 'SUPERVISION') {
    return {
      id: s.id, kind: s.kind, version: s.version, openedAt: s.openedAt, title: s.title, targetKind: s.target.kind, targetCode: s.target.code, targetName: s.target.name,
      method: s.method, leaderLed: s.leaderLed, leader: s.leader, notices: s.notices, bodyName: null, item: null, enterpriseName: null, enterpriseCreditCode: null,
      inspectors: [], approvalDocument: null, drawId: null, findings: s.findings.map((f) => ({ kind: null, ...f })), history,
    };
  }
  return {
    id: s.id, kind: s.kind, version: s.version, openedAt: s.openedAt, title: s.item.name, targetKind: null, targetCode: null, targetName: null, method: null,
    leaderLed: null, leader: null, notices: [], bodyName: s.body.name, item: s.item, enterpriseName: s.enterprise.name, enterpriseCreditCode: s.enterprise.creditCode,
    inspectors: s.inspectors, approvalDocument: s.approvalDocument, drawId: s.drawId, findings: s.findings, history,
  };
}

/** Supervision and inspection, kept apart; enforcement bodies; random draws. */
@Resolver()
export class OversightResolver {
  constructor(
    private readonly service: OversightService,
    private readonly findings: FindingsService,
  ) {}

  @Query(() => [EnforcementBodyModel])
  enforcementBodies() {
    return this.service.bodies();
  }

  @Mutation(() => EnforcementBodyModel, { description: 'Registers or replaces a legal enforcement body and its published inspection item list (committee office)' })
  saveEnforcementBody(@Args('input') input: SaveEnforcementBodyInput, @Context() ctx: GatewayContext) {
    return this.service.saveBody(ctx.principal, { ...input, items: input.items.map((i) => ({ ...i })) });
  }

  @Query(() => [OversightModel], { description: 'Supervisions (committee office, auditors) and inspections in your scope, newest first' })
  async oversights(@Args('kind', { type: () => String, nullable: true }) kind: string | null, @Context() ctx: GatewayContext) {
    const k = kind === 'SUPERVISION' || kind === 'INSPECTION' ? kind : null;
    return (await this.service.list(ctx.principal, k)).map((s) => toModel(s, null));
  }

  @Query(() => OversightModel, { nullable: true })
  async oversight(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    const found = await this.service.find(ctx.principal, id);
    return found ? toModel(found.state, found.events) : null;
  }

  @Mutation(() => OversightModel, { description: 'Opens a supervision (督查) of a district or department; an enterprise is refused' })
  openSupervision(@Args('input') input: OpenSupervisionInput, @Context() ctx: GatewayContext) {
    const { id, idempotencyKey, expectedVersion, occurredAt, target, ...data } = input;
    return this.run(ctx, id, { type: 'OpenSupervision', data: { ...data, oversightId: id, target: { ...target } } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel)
  recordSupervisionFinding(@Args('input') input: RecordSupervisionFindingInput, @Context() ctx: GatewayContext) {
    const { id, idempotencyKey, expectedVersion, occurredAt, description } = input;
    return this.run(ctx, id, { type: 'RecordSupervisionFinding', data: { description } }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel, { description: 'A reminder, an interview (约谈) or a circular (通报) following a supervision' })
  issueSupervisionNotice(@Args('input') input: IssueSupervisionNoticeInput, @Context() ctx: GatewayContext) {
    const { id, idempotencyKey, expectedVersion, occurredAt, ...data } = input;
    return this.run(ctx, id, { type: 'IssueSupervisionNotice', data }, { idempotencyKey, expectedVersion, occurredAt });
  }

  @Mutation(() => OversightModel, { description: 'Opens an administrative inspection (行政检查): an enforcement body, a listed item, two certified inspectors, an approval' })
  openInspection(@Args('input') input: OpenInspectionInput, @Context() ctx: GatewayContext) {
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
    const command = { type: 'RecordInspectionFinding' as const, data: { kind, description } };
    const options = { idempotencyKey, expectedVersion, occurredAt };
    if (!hazard) return { inspection: await this.run(ctx, id, command, options), hazard: null };
    if (kind === 'VIOLATION') throw badInput('hazard', 'a violation opens a penalty case, not a hazard: record it without `hazard`');
    const current = await this.service.find(ctx.principal, id);
    if (!current || current.state.kind !== 'INSPECTION') return { inspection: await this.run(ctx, id, command, options), hazard: null };
    const s = current.state;
    const draft: HazardDraft = {
      title: hazard.title,
      description,
      level: kind === 'MAJOR_HAZARD' ? 'MAJOR' : 'GENERAL',
      sector: hazard.sector,
      regionCode: s.enterprise.regionCode,
      departmentCode: s.body.departmentCode,
      enterpriseName: s.enterprise.name,
      enterpriseCreditCode: s.enterprise.creditCode,
      location: hazard.location ?? null,
      judgementBasis: hazard.judgementBasis ?? null,
      ...rectificationOrderOf(hazard),
      source: 'DEPARTMENT_INSPECTION',
      foundAt: occurredAt ?? new Date().toISOString(),
    };
    this.findings.check(ctx.principal, [draft], 'hazard');
    const { state, events, commandId } = await this.service.execute(ctx.principal, ctx.request, id, command, options);
    const version = events.find((e) => (e.metadata as { commandId: string }).commandId === commandId)?.version ?? state.version;
    const [model] = await this.findings.start(ctx.principal, ctx.request, [draft], { kind: 'INSPECTION', reference: `oversight-${id}@${version}`, majorHazardSourceId: null }, idempotencyKey ?? commandId);
    return { inspection: toModel(state, events), hazard: model };
  }

  @Mutation(() => RandomDrawModel, { description: 'Draws enterprises and inspectors at random (双随机), records pools, seed and result' })
  async recordRandomDraw(@Args('input') input: RecordRandomDrawInput, @Context() ctx: GatewayContext) {
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
  async randomDraw(@Args('id', { type: () => ID }) id: string, @Context() ctx: GatewayContext) {
    const found = await this.service.findDraw(ctx.principal, id);
    if (!found) return null;
    const { state, reproduces } = found;
    return {
      id: state.id, title: state.title, bodyCode: state.bodyCode, seed: state.input.seed, enterprisePool: state.input.enterprises.length, inspectorPool: state.input.inspectors.length,
      annualCap: state.input.annualCap, ...state.result, recordedAt: state.recordedAt, reproduces,
    };
  }

  private async run(ctx: GatewayContext, id: string, command: Parameters<OversightService['execute']>[3], options: Parameters<OversightService['execute']>[4], bodyCode?: string) {
    const { state, events } = await this.service.execute(ctx.principal, ctx.request, id, command, options, bodyCode);
    return toModel(state, events);
  }
}
