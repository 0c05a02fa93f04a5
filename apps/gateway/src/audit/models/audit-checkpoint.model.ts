import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('AuditCheckpoint', { description: 'A signed Merkle root over every stream head at one moment.' })
export class AuditCheckpointModel {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => Int) streamCount!: number;
  @Field({ description: 'RFC 9162 Merkle root (hex) over the stream heads sorted by stream id' }) root!: string;
  @Field({ description: 'The exact text that was signed (RFC 8785 JSON)' }) signedText!: string;
  @Field({ description: 'Ed25519 signature of signedText (base64)' }) signature!: string;
  @Field({ description: 'SHA-256 fingerprint of the signing key' }) keyFingerprint!: string;
  @Field({ description: 'Whether the signature verifies under the key this server trusts' }) signatureValid!: boolean;
}
