import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportVerification', { description: 'A submitted report regenerated from the events as they stood at its cutoff' })
export class ReportVerificationModel {
  @Field() ok!: boolean;
  @Field() storedContentHash!: string;
  @Field() regeneratedContentHash!: string;
  @Field() storedXlsxSha256!: string;
  @Field() regeneratedXlsxSha256!: string;
}
