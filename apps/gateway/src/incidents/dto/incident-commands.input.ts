import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { IncidentLevel, Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';
import { DateTimeScalar } from '../../common/scalars';
import { IncidentLevelEnum } from '../models/incident.enums';

/** Fields every command on a recorded incident carries. */
@InputType({ isAbstract: true })
export abstract class IncidentCommandInput {
  @Field(() => ID) incidentId!: string;
  @Field(() => String, { nullable: true, description: 'A retried command with the same key applies once' }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse with VERSION_CONFLICT unless the incident is at this version' }) expectedVersion?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the world, if earlier than now' }) occurredAt?: string | null;
}

@InputType('CasualtiesInput')
export class CasualtiesInput {
  @Field(() => Int, { defaultValue: 0 }) deaths!: number;
  @Field(() => Int, { defaultValue: 0 }) injuries!: number;
  @Field(() => Int, { defaultValue: 0 }) missing!: number;
}

@InputType()
export class RecordIncidentInput {
  @Field(() => ID) incidentId!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field() title!: string;
  @Field(() => IncidentLevelEnum) level!: IncidentLevel;
  @Field(() => SectorEnum, { description: 'ROAD_TRAFFIC and FIRE have the shorter casualty window' }) sector!: Sector;
  @Field() regionCode!: string;
  @Field() departmentCode!: string;
  @Field() place!: string;
  @Field() summary!: string;
  @Field(() => DateTimeScalar, { description: 'When the incident happened' }) happenedAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the duty desk received the unit’s report' }) receivedAt!: string;
  @Field(() => CasualtiesInput, { nullable: true }) casualties?: CasualtiesInput | null;
  @Field(() => ID, { nullable: true }) hazardId?: string | null;
  @Field(() => ID, { nullable: true }) majorHazardSourceId?: string | null;
}

@InputType()
export class FileIncidentReportInput extends IncidentCommandInput {
  @Field({ description: 'The obligation, e.g. pass_on or supplementary-1' }) key!: string;
  @Field() summary!: string;
  @Field({ description: 'Whom it went to' }) recipient!: string;
}

@InputType()
export class ReportCasualtyChangeInput extends IncidentCommandInput {
  @Field(() => Int) deaths!: number;
  @Field(() => Int) injuries!: number;
  @Field(() => Int) missing!: number;
  @Field() note!: string;
}

@InputType()
export class CloseIncidentInput extends IncidentCommandInput {
  @Field() reason!: string;
}
