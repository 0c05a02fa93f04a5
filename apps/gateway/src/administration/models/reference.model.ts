import { Field, ObjectType } from '@nestjs/graphql';

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
}
