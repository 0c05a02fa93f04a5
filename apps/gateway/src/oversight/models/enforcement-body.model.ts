import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EnforcementItem')
export class EnforcementItemModel {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('EnforcementBody')
export class EnforcementBodyModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() departmentCode!: string;
  @Field(() => [EnforcementItemModel]) items!: EnforcementItemModel[];
  @Field() source!: string;
}
