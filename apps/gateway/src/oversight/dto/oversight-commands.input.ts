import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { InspectionFindingKind, Sector, SupervisionMethod, SupervisionNotice } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';
import { RectificationOrderInput } from '../../hazards/dto/report-hazard.input';
import { InspectionFindingKindEnum, SupervisionMethodEnum, SupervisionNoticeEnum, SupervisionTargetKindEnum } from '../models/oversight.enums';

/** Fields every command on a supervision or an inspection carries. */
@InputType({ isAbstract: true })
export abstract class OversightCommandInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) occurredAt?: string | null;
}

@InputType('SupervisionTargetInput')
export class SupervisionTargetInput {
  @Field(() => SupervisionTargetKindEnum) kind!: string;
  @Field({ description: 'Region code of a district, or a department code' }) code!: string;
  @Field() name!: string;
}

@InputType()
export class OpenSupervisionInput extends OversightCommandInput {
  @Field() title!: string;
  @Field(() => SupervisionTargetInput) target!: SupervisionTargetInput;
  @Field(() => SupervisionMethodEnum) method!: SupervisionMethod;
  @Field({ description: 'Led by a leader (领导带队)' }) leaderLed!: boolean;
  @Field(() => String, { nullable: true }) leader?: string | null;
}

@InputType()
export class RecordSupervisionFindingInput extends OversightCommandInput {
  @Field({ description: 'Work the district or department has not done' }) description!: string;
}

@InputType()
export class IssueSupervisionNoticeInput extends OversightCommandInput {
  @Field(() => SupervisionNoticeEnum) kind!: SupervisionNotice;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field() note!: string;
}

@InputType('InspectorInput')
export class InspectorInput {
  @Field() name!: string;
  @Field({ description: '执法证号' }) certificateNo!: string;
}

@InputType('InspectedEnterpriseInput')
export class InspectedEnterpriseInput {
  @Field() name!: string;
  @Field() creditCode!: string;
  @Field() regionCode!: string;
}

@InputType()
export class OpenInspectionInput extends OversightCommandInput {
  @Field({ description: 'The legal enforcement body carrying it out' }) enforcementBodyCode!: string;
  @Field({ description: 'An item of the body’s published list' }) itemCode!: string;
  @Field(() => InspectedEnterpriseInput) enterprise!: InspectedEnterpriseInput;
  @Field(() => [InspectorInput], { description: 'At least two certified inspectors' }) inspectors!: InspectorInput[];
  @Field() approvedBy!: string;
  @Field() approvalDocument!: string;
  @Field(() => String, { nullable: true, description: 'The random draw that chose this enterprise, if any' }) drawId?: string | null;
}

@InputType('InspectionHazardInput', { description: 'Makes a hazard finding a hazard in the same step (level from the finding’s kind)' })
export class InspectionHazardInput {
  @Field() title!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) judgementBasis?: string | null;
  @Field(() => RectificationOrderInput, { nullable: true, description: 'The rectification order (责令限期整改指令书) issued: its deadline becomes the hazard’s' })
  rectificationOrder?: RectificationOrderInput | null;
}

@InputType()
export class RecordInspectionFindingInput extends OversightCommandInput {
  @Field(() => InspectionFindingKindEnum) kind!: InspectionFindingKind;
  @Field() description!: string;
  @Field(() => InspectionHazardInput, { nullable: true, description: 'For GENERAL_HAZARD and MAJOR_HAZARD: start the hazard now' }) hazard?: InspectionHazardInput | null;
}
