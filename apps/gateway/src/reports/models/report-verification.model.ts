import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportVerification', { description: 'A submitted report regenerated from the events as they stood at its cutoff' })
export class ReportVerificationModel {
  @Field() ok!: boolean;
  @Field() storedContentHash!: string;
  @Field() regeneratedContentHash!: string;
  @Field() storedXlsxSha256!: string;
  @Field() regeneratedXlsxSha256!: string;
  @Field(() => Int, { description: 'The renderer the submission names, which the regeneration used' }) xlsxRenderer!: number;
}
