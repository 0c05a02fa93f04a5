import { Field, ObjectType } from '@nestjs/graphql';
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

/** `totalCount` and `totalCountCapped` are resolved from `count`, which runs only when a client asks for one of them. */
@ObjectType('HazardConnection')
export class HazardConnection {
  @Field(() => [HazardEdge]) edges!: HazardEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  count!: () => Promise<{ count: number; capped: boolean }>;
}
