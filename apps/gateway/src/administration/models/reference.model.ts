import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('Region', { description: '县区 and development zones (reference data)' })
export class RegionModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() kind!: string;
}

@ObjectType('Department', { description: '市直部门 and the sectors they supervise' })
export class DepartmentModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [String]) sectors!: string[];
  @Field({ description: 'Whether each district has a counterpart unit (大洼区应急管理局); false for e.g. the power company' }) hasDistrictUnits!: boolean;
}

@ObjectType('DepartmentVersion', { description: 'One version of a reporting unit: what it was from validFrom on, and who recorded the change when' })
export class DepartmentVersionModel {
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'The event that made it: DepartmentAdded, DepartmentRenamed, DepartmentSectorsChanged or DepartmentRetired' }) change!: string;
  @Field() name!: string;
  @Field(() => [String]) sectors!: string[];
  @Field() hasDistrictUnits!: boolean;
  @Field({ description: 'False from the version that retired it' }) active!: boolean;
  @Field(() => DateTimeScalar, { description: 'When it took effect (the seeded units: 2000-01-01)' }) validFrom!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field({ description: 'Who recorded it (subject; `seed` for the seeded units)' }) recordedBy!: string;
  @Field() recordedByName!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}
