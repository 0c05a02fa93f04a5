import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditCheckpointModel } from './audit-checkpoint.model';

@ObjectType('StreamHead')
export class StreamHeadModel {
  @Field() streamId!: string;
  @Field(() => Int) version!: number;
  @Field() headHash!: string;
}

@ObjectType('InclusionProof', { description: 'Proof that a hazard’s head is a leaf of a checkpoint’s signed root (RFC 9162 audit path)' })
export class InclusionProofModel {
  @Field(() => AuditCheckpointModel) checkpoint!: AuditCheckpointModel;
  @Field(() => StreamHeadModel) head!: StreamHeadModel;
  @Field(() => Int) index!: number;
  @Field(() => Int) treeSize!: number;
  @Field(() => [String]) path!: string[];
  @Field({ description: 'The proof recomputes the signed root' }) valid!: boolean;
}
