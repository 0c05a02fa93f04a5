import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResponsibleRole, UnitKind } from '@hazard/domain';
import { RegisterEventModel } from '../../common/models/register-event.model';
import { DateTimeScalar } from '../../common/scalars';
import { MajorHazardGradeTermModel } from '../../grading/models/major-hazard-grade.model';
import { HazardModel } from '../../hazards/models/hazard.model';
import { SiteVerificationModel } from './site-verification.model';
import { ResponsibleRoleEnum, UnitKindEnum } from './source.enums';

@ObjectType('ResponsiblePerson')
export class ResponsiblePersonModel {
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
export class AssessmentModel {
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

@ObjectType('PatrolPayload')
export class PatrolPayload {
  @Field(() => MajorHazardSourceModel) source!: MajorHazardSourceModel;
  @Field(() => [HazardModel], { description: 'The hazards the findings started, in the order given' }) hazards!: HazardModel[];
}
