import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { EnforcementKind, HazardLevel, ListingLevel, SuspensionScope } from '@hazard/domain';
import { EnforcementKindEnum, HazardLevelEnum, ListingLevelEnum, SuspensionScopeEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';
import { HazardCommandInput } from './command-options.input';

@InputType()
export class ListHazardInput extends HazardCommandInput {
  @Field(() => ListingLevelEnum) listingLevel!: ListingLevel;
  @Field() supervisingUnit!: string;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Who signed the listing document' }) signer?: string | null;
  @Field(() => DateTimeScalar) deadline!: string;
  @Field(() => String, { nullable: true }) policyId?: string | null;
}

@InputType()
export class RectificationPlanInput {
  @Field() responsibleUnit!: string;
  @Field() responsiblePerson!: string;
  @Field(() => String, { nullable: true }) responsiblePhone?: string | null;
  @Field() measures!: string;
  @Field(() => Float) fundingAmount!: number;
  @Field(() => String, { nullable: true }) fundingSource?: string | null;
  @Field() contingencyPlan!: string;
  @Field(() => String, { nullable: true, description: 'How often progress is due (ISO 8601, e.g. P7D for weekly); a missed report raises its alarm' })
  progressEvery?: string | null;
}

@InputType()
export class SuperviseHazardInput extends HazardCommandInput {
  @Field(() => RectificationPlanInput) plan!: RectificationPlanInput;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Only for an unlisted GENERAL hazard: its deadline' })
  deadline?: string | null;
}

@InputType()
export class ReportProgressInput extends HazardCommandInput {
  @Field(() => Int) percent!: number;
  @Field() note!: string;
}

@InputType()
export class SubmitRectificationInput extends HazardCommandInput {
  @Field() summary!: string;
  @Field(() => [String], { nullable: true, description: 'SHA-256 (hex) of each evidence file' })
  evidenceHashes?: string[] | null;
}

@InputType({ description: 'The acceptance record (验收) a listed major hazard is closed on' })
export class AcceptanceRecordInput {
  @Field() acceptedBy!: string;
  @Field() opinion!: string;
  @Field({ description: 'YYYY-MM-DD (Beijing)' }) acceptedOn!: string;
}

@InputType()
export class VerifyRectificationInput extends HazardCommandInput {
  @Field() accepted!: boolean;
  @Field() note!: string;
  @Field(() => AcceptanceRecordInput, { nullable: true, description: 'Required to close a listed MAJOR hazard' }) acceptance?: AcceptanceRecordInput | null;
  @Field(() => String, { nullable: true, description: 'When a unit the listing authority delegated closes it: the delegation (its document)' })
  delegatedBy?: string | null;
}

@InputType()
export class RectifyOnSpotInput extends HazardCommandInput {
  @Field() summary!: string;
  @Field(() => [String], { nullable: true }) evidenceHashes?: string[] | null;
}

@InputType()
export class RequestDeadlineExtensionInput extends HazardCommandInput {
  @Field(() => DateTimeScalar) requestedDeadline!: string;
  @Field() reason!: string;
}

@InputType()
export class DecideDeadlineExtensionInput extends HazardCommandInput {
  @Field() approved!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class StandbyMonitorInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'The account (token subject) of the person on the post when they record their own checks, e.g. the enterprise’s safety manager (role ENTERPRISE)' })
  account?: string | null;
}

@InputType()
export class SuspendOperationsInput extends HazardCommandInput {
  @Field(() => SuspensionScopeEnum) scope!: SuspensionScope;
  @Field() reason!: string;
  @Field(() => [StandbyMonitorInput]) monitors!: StandbyMonitorInput[];
  @Field({ description: 'ISO-8601 duration between standby check-ins, e.g. PT24H' }) checkInterval!: string;
}

@InputType()
export class RecordStandbyCheckInput extends HazardCommandInput {
  @Field() monitor!: string;
  @Field() productionObserved!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the check-in was made' }) location?: string | null;
  @Field(() => [String], { nullable: true, description: 'SHA-256 of photos of the check, as POST /evidence answered' }) evidenceHashes?: string[] | null;
}

@InputType()
export class RecordEnforcementInput extends HazardCommandInput {
  @Field(() => EnforcementKindEnum) kind!: EnforcementKind;
  @Field(() => Float, { nullable: true }) amount?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Number of the administrative decision' }) decisionNumber?: string | null;
}

@InputType()
export class CancelHazardInput extends HazardCommandInput {
  @Field() reason!: string;
}

@InputType({ description: '复产验收: the review that lets production resume, apart from closing the hazard' })
export class ResumeOperationsInput extends HazardCommandInput {
  @Field({ description: 'Who reviewed (the review team)' }) reviewedBy!: string;
  @Field() opinion!: string;
  @Field({ description: 'YYYY-MM-DD (Beijing)' }) reviewedOn!: string;
}

@InputType()
export class RotateStandbyMonitorsInput extends HazardCommandInput {
  @Field(() => [StandbyMonitorInput]) monitors!: StandbyMonitorInput[];
  @Field() reason!: string;
}

@InputType({ description: 'Asks for a re-grade (general ↔ major); a second person approves it' })
export class RequestRegradeInput extends HazardCommandInput {
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field() reason!: string;
}

@InputType()
export class DecideRegradeInput extends HazardCommandInput {
  @Field() approved!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Moves the hazard to another region or department' })
export class TransferHazardInput extends HazardCommandInput {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field() reason!: string;
}

@InputType({ description: 'Corrects the enterprise’s name or unified social credit code' })
export class AmendEnterpriseInput extends HazardCommandInput {
  @Field(() => String, { nullable: true }) enterpriseName?: string | null;
  @Field(() => String, { nullable: true }) enterpriseCreditCode?: string | null;
  @Field() reason!: string;
}

@InputType({ description: '督办函: a supervision letter issued' })
export class IssueSupervisionLetterInput extends HazardCommandInput {
  @Field() documentNumber!: string;
  @Field({ description: 'To whom (the enterprise or unit)' }) addressee!: string;
}

@InputType({ description: '约谈: an interview held' })
export class RecordInterviewInput extends HazardCommandInput {
  @Field({ description: 'Who was interviewed' }) interviewee!: string;
  @Field(() => DateTimeScalar) heldAt!: string;
  @Field({ description: 'The minutes (纪要)' }) minutes!: string;
}

@InputType({ description: '提级挂牌: the listing raised by the higher level’s authority' })
export class RaiseListingLevelInput extends HazardCommandInput {
  @Field(() => ListingLevelEnum) listingLevel!: ListingLevel;
  @Field() documentNumber!: string;
}
