import { Field, InputType, Int } from '@nestjs/graphql';
import type { Sector } from '@hazard/domain';
import { SectorEnum } from '../../common/enums';

/** Fields every command on a reporting unit carries. */
@InputType({ isAbstract: true })
export abstract class DepartmentCommandInput {
  @Field({ description: 'The unit’s code: 2–32 upper-case letters, digits and _, starting with a letter (EDUCATION)' }) code!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@InputType()
export class AddDepartmentInput extends DepartmentCommandInput {
  @Field() name!: string;
  @Field(() => [SectorEnum], { description: 'The sectors it supervises; none: it reports the hazards assigned to it by code' }) sectors!: Sector[];
  @Field({ description: 'Whether each district has a counterpart unit' }) hasDistrictUnits!: boolean;
}

@InputType()
export class RenameDepartmentInput extends DepartmentCommandInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ChangeDepartmentSectorsInput extends DepartmentCommandInput {
  @Field(() => [SectorEnum]) sectors!: Sector[];
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class RetireDepartmentInput extends DepartmentCommandInput {
  @Field() reason!: string;
}
