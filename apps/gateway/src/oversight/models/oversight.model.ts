import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SupervisionMethod, SupervisionNotice } from '@hazard/domain';
import { RegisterEventModel } from '../../common/models/register-event.model';
import { DateTimeScalar } from '../../common/scalars';
import { HazardModel } from '../../hazards/models/hazard.model';
import { EnforcementItemModel } from './enforcement-body.model';
import { SupervisionMethodEnum, SupervisionNoticeEnum } from './oversight.enums';

@ObjectType('Inspector')
export class InspectorModel {
  @Field() name!: string;
  @Field() certificateNo!: string;
}

@ObjectType('OversightFinding')
export class OversightFindingModel {
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field() description!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('SupervisionNotice')
export class SupervisionNoticeModel {
  @Field(() => SupervisionNoticeEnum) kind!: SupervisionNotice;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field() note!: string;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('Oversight', { description: 'A supervision (督查) of a district or department, or an administrative inspection (行政检查) of an enterprise' })
export class OversightModel {
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
export class InspectionFindingPayload {
  @Field(() => OversightModel) inspection!: OversightModel;
  @Field(() => HazardModel, { nullable: true, description: 'The hazard the finding started, if asked' }) hazard!: HazardModel | null;
}
