import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HazardModel } from './hazard.model';

@ObjectType('HazardEdge')
export class HazardEdge {
  @Field() cursor!: string;
  @Field(() => HazardModel) node!: HazardModel;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('HazardConnection')
export class HazardConnection {
  @Field(() => [HazardEdge]) edges!: HazardEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
