import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('DrawAssignment')
export class DrawAssignmentModel {
  @Field() enterpriseId!: string;
  @Field(() => [String]) inspectorIds!: string[];
}

@ObjectType('RandomDraw', { description: '双随机: which enterprises are inspected and by whom, reproducible from its pools and seed' })
export class RandomDrawModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() bodyCode!: string;
  @Field() seed!: string;
  @Field(() => Int) enterprisePool!: number;
  @Field(() => Int) inspectorPool!: number;
  @Field(() => Int, { nullable: true }) annualCap!: number | null;
  @Field(() => [DrawAssignmentModel]) assignments!: DrawAssignmentModel[];
  @Field(() => [String], { description: 'Drawn, but without enough inspectors free of conflicts' }) unassigned!: string[];
  @Field(() => [String], { description: 'Left out: at the annual inspection cap' }) capped!: string[];
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field({ description: 'Running the draw again from the recorded pools and seed gives exactly this result' }) reproduces!: boolean;
}
