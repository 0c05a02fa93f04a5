import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  DiscoverySource,
  EnforcementKind,
  HazardLevel,
  HazardStatus,
  ListingLevel,
  OriginKind,
  Sector,
  SuspensionScope,
} from '@hazard/domain';
import {
  DiscoverySourceEnum,
  EnforcementKindEnum,
  HazardLevelEnum,
  HazardStatusEnum,
  ListingLevelEnum,
  OriginKindEnum,
  SectorEnum,
  SuspensionScopeEnum,
} from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('HazardOrigin', { description: 'The finding that started the hazard and the register entry it concerns' })
export class HazardOriginModel {
  @Field(() => OriginKindEnum) kind!: OriginKind;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true }) majorHazardSourceId!: string | null;
}

@ObjectType('RectificationOrder', { description: '责令限期整改指令书 issued with the finding' })
export class RectificationOrderModel {
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => DateTimeScalar) deadline!: string;
}

@ObjectType('ActorRef', { description: 'Who did something: the token subject and display name.' })
export class ActorRefModel {
  @Field() sub!: string;
  @Field() name!: string;
}

@ObjectType('HazardListing', { description: '挂牌督办: the listing of a hazard for supervision.' })
export class HazardListingModel {
  @Field(() => ListingLevelEnum) listingLevel!: ListingLevel;
  @Field() supervisingUnit!: string;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
  @Field(() => String, { nullable: true }) policyId!: string | null;
  @Field(() => DateTimeScalar) listedAt!: string;
  @Field(() => ActorRefModel) listedBy!: ActorRefModel;
}

@ObjectType('RectificationPlan', { description: '整改方案 with the five implementations (五落实).' })
export class RectificationPlanModel {
  @Field() responsibleUnit!: string;
  @Field() responsiblePerson!: string;
  @Field(() => String, { nullable: true }) responsiblePhone!: string | null;
  @Field() measures!: string;
  @Field(() => Float) fundingAmount!: number;
  @Field(() => String, { nullable: true }) fundingSource!: string | null;
  @Field() contingencyPlan!: string;
  @Field(() => String, { nullable: true, description: 'How often progress is due (ISO 8601, e.g. P7D); a missed report raises its alarm' })
  progressEvery!: string | null;
}

@ObjectType('RectificationSubmission')
export class RectificationSubmissionModel {
  @Field() summary!: string;
  @Field(() => [String]) evidenceHashes!: string[];
  @Field() onSpot!: boolean;
  @Field(() => DateTimeScalar) submittedAt!: string;
  @Field(() => ActorRefModel) submittedBy!: ActorRefModel;
}

@ObjectType('DeadlineExtensionRequest')
export class ExtensionRequestModel {
  @Field(() => DateTimeScalar) requestedDeadline!: string;
  @Field() reason!: string;
  @Field(() => DateTimeScalar) requestedAt!: string;
  @Field(() => ActorRefModel) requestedBy!: ActorRefModel;
}

@ObjectType('StandbyMonitor')
export class StandbyMonitorModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'The account that records this post’s checks itself, if the roster assigns one' }) account!: string | null;
}

@ObjectType('ResumptionReview', { description: '复产验收: the review that let production resume' })
export class ResumptionReviewModel {
  @Field() reviewedBy!: string;
  @Field() opinion!: string;
  @Field() reviewedOn!: string;
}

@ObjectType('MonitorRotation', { description: 'A change of the standby roster' })
export class MonitorRotationModel {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => ActorRefModel) by!: ActorRefModel;
  @Field(() => [StandbyMonitorModel]) previous!: StandbyMonitorModel[];
  @Field() reason!: string;
}

@ObjectType('RecordedAct', { description: 'An act on the record: 督办函 (SUPERVISION_LETTER), 约谈 (INTERVIEW), 提级挂牌 (RAISE_LISTING)' })
export class RecordedActModel {
  @Field() act!: string;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => ActorRefModel) by!: ActorRefModel;
  @Field({ description: 'The letter’s or listing’s document number; for an interview, who was interviewed' }) reference!: string;
}

@ObjectType('RequiredAct', { description: 'An act an escalation step required, and whether it is on the record in time' })
export class RequiredActModel {
  @Field(() => Int) level!: number;
  @Field() act!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) doneAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it became overdue' }) overdueAt!: string | null;
}

@ObjectType('AcceptanceRecord', { description: 'The acceptance (验收) a listed major hazard was closed on' })
export class AcceptanceRecordModel {
  @Field() acceptedBy!: string;
  @Field() opinion!: string;
  @Field() acceptedOn!: string;
}

@ObjectType('RegradeRequest', { description: 'A re-grade waiting for a second person’s approval' })
export class RegradeRequestModel {
  @Field(() => HazardLevelEnum) to!: HazardLevel;
  @Field() reason!: string;
  @Field(() => DateTimeScalar) requestedAt!: string;
  @Field(() => ActorRefModel) requestedBy!: ActorRefModel;
}

@ObjectType('Suspension', { description: '责令停产停工 with its standby monitors (盯守).' })
export class SuspensionModel {
  @Field(() => SuspensionScopeEnum) scope!: SuspensionScope;
  @Field() reason!: string;
  @Field(() => [StandbyMonitorModel]) monitors!: StandbyMonitorModel[];
  @Field({ description: 'ISO-8601 duration between standby check-ins' }) checkInterval!: string;
  @Field(() => DateTimeScalar) suspendedAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) lastCheckAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a missed standby check was last raised' })
  lastMissedAt!: string | null;
  @Field(() => Int) checkCount!: number;
  @Field(() => Int) productionObservedCount!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When production resumed after its review (复产验收)' }) resumedAt!: string | null;
  @Field(() => ResumptionReviewModel, { nullable: true }) resumption!: ResumptionReviewModel | null;
  @Field(() => [MonitorRotationModel], { description: 'Each change of the standby roster, with who and when' }) rotations!: MonitorRotationModel[];
}

@ObjectType('EnforcementAction')
export class EnforcementActionModel {
  @Field(() => EnforcementKindEnum) kind!: EnforcementKind;
  @Field(() => Float, { nullable: true }) amount!: number | null;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => DateTimeScalar) at!: string;
}

@ObjectType('Escalation')
export class EscalationModel {
  @Field(() => Int) level!: number;
  @Field(() => DateTimeScalar) at!: string;
  @Field({ description: 'DEPARTMENT_HEAD, COMMITTEE_OFFICE or HIGHER_AUTHORITY' }) notify!: string;
  @Field({ description: 'DEADLINE_MISSED or ILLEGAL_RESUMPTION_SUSPECTED' }) reason!: string;
}

@ObjectType('PolicyRef', { description: 'The escalation policy a hazard runs under (id and version are recorded in its events).' })
export class PolicyRefModel {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [String], { description: 'e.g. years without an official holiday schedule' }) warnings!: string[];
}

@ObjectType('HazardClock', { description: 'The next clock that will fire for this hazard by itself.' })
export class HazardClockModel {
  @Field() kind!: string;
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => Int, { nullable: true }) level!: number | null;
}

@ObjectType('Hazard', { description: 'A safety hazard (隐患) and its place in the rectification lifecycle.' })
export class HazardModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Human-readable number, e.g. YH-211102-2026-00042' }) code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => HazardStatusEnum) status!: HazardStatus;
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field(() => SectorEnum) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() enterpriseName!: string;
  @Field(() => String, { nullable: true }) enterpriseCreditCode!: string | null;
  @Field(() => DateTimeScalar) foundAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) deadline!: string | null;
  @Field({ description: 'Open and past its deadline' }) overdue!: boolean;
  @Field(() => Int) escalationLevel!: number;
  @Field() pendingVerification!: boolean;
  @Field(() => Int) version!: number;

  @Field(() => DiscoverySourceEnum) source!: DiscoverySource;
  @Field(() => HazardOriginModel, { nullable: true, description: 'Null for a hazard reported directly' }) origin!: HazardOriginModel | null;
  @Field(() => RectificationOrderModel, { nullable: true, description: 'The order issued with the finding; its deadline was the first deadline' })
  rectificationOrder!: RectificationOrderModel | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'Judgement basis: standard, clause and its version' })
  judgementBasis!: string | null;
  @Field(() => DateTimeScalar) reportedAt!: string;
  @Field(() => ActorRefModel) reportedBy!: ActorRefModel;
  @Field(() => HazardListingModel, { nullable: true }) listing!: HazardListingModel | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The deadline first set, before any approved extension' })
  originalDeadline!: string | null;
  @Field(() => RectificationPlanModel, { nullable: true }) plan!: RectificationPlanModel | null;
  @Field(() => DateTimeScalar, { nullable: true }) supervisedAt!: string | null;
  @Field(() => Int) progressPercent!: number;
  @Field(() => RectificationSubmissionModel, { nullable: true }) submission!: RectificationSubmissionModel | null;
  @Field(() => Int) rejectionCount!: number;
  @Field(() => ExtensionRequestModel, { nullable: true }) extensionRequest!: ExtensionRequestModel | null;
  @Field(() => Int) extensionsApproved!: number;
  @Field(() => SuspensionModel, { nullable: true }) suspension!: SuspensionModel | null;
  @Field(() => [EnforcementActionModel]) enforcementActions!: EnforcementActionModel[];
  @Field(() => DateTimeScalar, { nullable: true }) rectifiedAt!: string | null;
  @Field(() => ActorRefModel, { nullable: true }) verifiedBy!: ActorRefModel | null;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => DateTimeScalar) updatedAt!: string;
  @Field(() => [EscalationModel]) escalations!: EscalationModel[];
  @Field(() => PolicyRefModel, { nullable: true }) policy!: PolicyRefModel | null;
  @Field(() => HazardClockModel, { nullable: true }) nextClock!: HazardClockModel | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the closure rule of the Work Safety Law (art. 113) was met' })
  closureRecommendedAt!: string | null;
  @Field(() => AcceptanceRecordModel, { nullable: true, description: 'A listed major hazard: the acceptance record it was closed on' })
  acceptance!: AcceptanceRecordModel | null;
  @Field(() => String, { nullable: true, description: 'Closed by a unit the listing authority delegated: the delegation' }) closedUnderDelegation!: string | null;
  @Field(() => RegradeRequestModel, { nullable: true }) regradeRequest!: RegradeRequestModel | null;
  @Field(() => Float, { description: 'Hours of suspended production over every suspension that ended in a resumption' }) suspendedHours!: number;
  @Field(() => DateTimeScalar, { nullable: true }) lastProgressAt!: string | null;
  @Field(() => [RecordedActModel]) acts!: RecordedActModel[];
  @Field(() => [RequiredActModel]) requiredActs!: RequiredActModel[];
}

@ObjectType('HazardPayload')
export class HazardPayload {
  @Field(() => HazardModel) hazard!: HazardModel;
}
