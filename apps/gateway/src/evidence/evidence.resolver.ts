import { Field, Float, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { hazardStreamId } from '@hazard/domain';
import { DateTimeScalar } from '../common/scalars';
import { HazardModel } from '../hazards/models/hazard.model';
import { type EvidenceFile, EvidenceService } from './evidence.service';

@ObjectType('EvidenceFile', { description: 'A photo or document the server received and hashed; `GET /evidence/<sha256>` with the bearer token downloads it' })
export class EvidenceFileModel {
  @Field({ description: 'SHA-256 of the bytes received, as the server computed it: what events cite' }) sha256!: string;
  @Field(() => Int) size!: number;
  @Field() mediaType!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the photo was taken (EXIF), if it says' }) takenAt!: string | null;
  @Field(() => Float, { nullable: true, description: 'Where it was taken (EXIF GPS, degrees), if it says' }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field({ description: 'Subject (sub) of who uploaded it' }) uploadedBy!: string;
  @Field() uploadedByName!: string;
  @Field(() => DateTimeScalar) uploadedAt!: string;
  @Field({ description: 'Path to download it (with the bearer token)' }) url!: string;
}

export const toEvidenceFileModel = (file: EvidenceFile): EvidenceFileModel => ({ ...file, url: `/evidence/${file.sha256}` });

@Resolver(() => HazardModel)
export class HazardEvidenceResolver {
  constructor(private readonly files: EvidenceService) {}

  @ResolveField(() => [EvidenceFileModel], { description: 'The evidence files this hazard’s events cite (submissions, standby checks), in the order first cited' })
  async evidence(@Parent() hazard: HazardModel): Promise<EvidenceFileModel[]> {
    return (await this.files.citedBy(hazardStreamId(hazard.id))).map(toEvidenceFileModel);
  }
}
